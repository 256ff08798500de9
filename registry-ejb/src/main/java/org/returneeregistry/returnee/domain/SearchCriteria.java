package org.returneeregistry.returnee.domain;

import java.util.List;

/**
 * What a social protection system's registry search asks for, as it asked it: one identifier of a kind, a
 * predicate (conditions on attributes, all to hold), or something the protocol adapter could not read. Whether
 * it may run, and as which lookup, is {@link SearchScope}'s to decide.
 */
public sealed interface SearchCriteria {

    /** An identifier of a kind ({@code PASSPORT}, {@code NATIONAL_ID}, {@code LABOUR_PERMIT}, {@code REGISTRY_NUMBER}). */
    record ByIdentifier(String type, String value) implements SearchCriteria {}

    /** Conditions that must all hold. */
    record ByPredicate(List<Condition> conditions) implements SearchCriteria {

        public ByPredicate {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    /** One condition: attribute, operator, value. */
    record Condition(String attribute, String operator, String value) {}

    /** A query the adapter could not read (an unknown query type, a malformed query); {@code reason} says why. */
    record Unreadable(String reason) implements SearchCriteria {}
}
