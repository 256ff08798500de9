package org.returneeregistry.reintegration.domain;

import java.util.List;
import java.util.Set;

/**
 * The small vocabulary an indicator's numerator and denominator are written in: facts a reintegration
 * case has or has not. The persistence layer turns each into one SQL predicate on the case; no indicator
 * has code of its own.
 */
public sealed interface IndicatorCondition {

    /** Every condition holds; with none, every case. */
    record All(List<IndicatorCondition> conditions) implements IndicatorCondition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** A referral linked to the case, to one of {@code services}, in one of {@code statuses}, ended with one of {@code outcomes} (empty: any). */
    record Referral(Set<SupportService> services, Set<ReferralStatus> statuses, Set<ReferralOutcome> outcomes)
            implements IndicatorCondition {
        public Referral {
            services = Set.copyOf(services);
            statuses = Set.copyOf(statuses);
            outcomes = Set.copyOf(outcomes);
        }
    }

    /** An assessment of the case with {@code questionnaire} (null: any), positive when {@code positive} is set. */
    record Assessment(String questionnaire, Boolean positive) implements IndicatorCondition {}

    /**
     * An assessment of the case answered {@code question} of {@code questionnaire} with {@code equals} (a
     * stored answer, e.g. {@code true}), or with anything but an empty choice when {@code nonEmpty}.
     */
    record Answer(String questionnaire, String question, String equals, boolean nonEmpty)
            implements IndicatorCondition {}

    /**
     * An assessment answered {@code question} with a non-empty choice, and a later assessment of the same
     * questionnaire answered it empty or left it out: the need was met.
     */
    record AnswerCleared(String questionnaire, String question) implements IndicatorCondition {}

    /** A follow-up of the case due on or before the day of the computation ({@code due}) or made with one of {@code outcomes}. */
    record FollowUp(boolean due, Set<ContactOutcome> outcomes) implements IndicatorCondition {
        public FollowUp {
            outcomes = Set.copyOf(outcomes);
        }
    }

    /** The case's plan has a goal. */
    record Goal() implements IndicatorCondition {}

    /** A skills profile (occupations, certificates, recognition of prior learning) was recorded under the case. */
    record SkillsProfile() implements IndicatorCondition {}
}
