package org.returneeregistry.socialsecurity.domain;

import java.util.List;

/**
 * Which of this registry's returnees a partner's period request is about, from the returnees holding any of the
 * identifiers the partner sent: one holder is the match, shown to the officers by registry number so they answer with
 * that person's periods; none is no match; more than one means the identifiers disagree, and the officer must look
 * (the candidates are named, the request is not answered for any of them by itself). The partner learns nothing of it.
 */
public record PeriodRequestMatch(Outcome outcome, String registryNumber, List<String> candidates) {

    /** The most candidates named; more are not looked up. */
    public static final int MAX_CANDIDATES = 5;

    public enum Outcome {
        /** One returnee holds the identifiers. */
        MATCHED,
        /** None does. */
        NO_MATCH,
        /** Several hold one or other of them. */
        SEVERAL_CANDIDATES
    }

    public PeriodRequestMatch {
        candidates = List.copyOf(candidates);
    }

    /** The match for the registry numbers of the returnees holding any of the request's identifiers. */
    public static PeriodRequestMatch of(List<String> holders) {
        List<String> distinct = holders.stream().distinct().sorted().toList();
        return switch (distinct.size()) {
            case 0 -> new PeriodRequestMatch(Outcome.NO_MATCH, null, List.of());
            case 1 -> new PeriodRequestMatch(Outcome.MATCHED, distinct.get(0), distinct);
            default ->
                new PeriodRequestMatch(
                        Outcome.SEVERAL_CANDIDATES,
                        null,
                        distinct.subList(0, Math.min(MAX_CANDIDATES, distinct.size())));
        };
    }
}
