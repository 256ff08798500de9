package org.returneeregistry.reintegration.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as the registry answers it: where it stands, who holds it, its plan (goals, actions, linked
 * referrals), its follow-ups, its assessments' scores and its history.
 */
public record CaseView(
        String caseId,
        String registryNumber,
        String status,
        String openedBy,
        String sourceNotification,
        String centre,
        String worker,
        LocalDate openedOn,
        Instant openedAt,
        Instant updatedAt,
        Instant closedAt,
        String outcome,
        String closeReason,
        long version,
        List<AssessmentView> assessments,
        List<GoalView> goals,
        List<ActionView> actions,
        List<String> referrals,
        List<FollowUpView> followUps,
        List<CaseEventView> history) {

    /** A goal of the plan. */
    public record GoalView(int number, String dimension, String level, String description, Instant createdAt) {}

    /** An action of the plan. */
    public record ActionView(
            int number,
            int goal,
            String description,
            String responsible,
            LocalDate dueOn,
            String status,
            Instant closedAt,
            String closingNote) {}

    /** A follow-up, scheduled ({@code dueOn}) or made ({@code contactedOn}, {@code outcome}). */
    public record FollowUpView(
            int number, LocalDate dueOn, LocalDate contactedOn, String outcome, String note, boolean overdue) {}

    /** One change of the case. */
    public record CaseEventView(
            int sequence, String type, Instant at, String actor, String organisation, String note) {}
}
