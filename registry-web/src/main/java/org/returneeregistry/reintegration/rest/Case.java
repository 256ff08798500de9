package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.reintegration.application.CaseView;
import org.returneeregistry.shared.rest.Wire;

/**
 * A reintegration case: where it stands, who holds it, its plan (goals, actions, linked referrals), its
 * follow-ups, its assessments' scores and its history.
 */
public record Case(
        String caseId,
        String registryNumber,
        String status,
        String openedBy,
        String notification,
        String centre,
        String worker,
        LocalDate openedOn,
        Instant openedAt,
        Instant updatedAt,
        Instant closedAt,
        String outcome,
        String closeReason,
        long version,
        List<Assessment> assessments,
        List<Goal> goals,
        List<Action> actions,
        List<String> referrals,
        List<FollowUp> followUps,
        List<CaseEvent> history) {

    /** A goal of the plan, in a reintegration dimension and at a level. */
    public record Goal(int number, String dimension, String level, String description, Instant createdAt) {

        static Goal from(CaseView.GoalView g) {
            return new Goal(g.number(), g.dimension(), g.level(), g.description(), g.createdAt());
        }
    }

    /** An action of the plan: towards which goal, by which organisation, due when, and where it stands. */
    public record Action(
            int number,
            int goal,
            String description,
            String responsible,
            LocalDate dueOn,
            String status,
            Instant closedAt,
            String closingNote) {

        static Action from(CaseView.ActionView a) {
            return new Action(
                    a.number(),
                    a.goal(),
                    a.description(),
                    a.responsible(),
                    a.dueOn(),
                    a.status(),
                    a.closedAt(),
                    a.closingNote());
        }
    }

    /** A follow-up: scheduled (dueOn) and, once made, when and with what outcome. */
    public record FollowUp(
            int number, LocalDate dueOn, LocalDate contactedOn, String outcome, String note, boolean overdue) {

        static FollowUp from(CaseView.FollowUpView f) {
            return new FollowUp(f.number(), f.dueOn(), f.contactedOn(), f.outcome(), f.note(), f.overdue());
        }
    }

    /** One change of the case: what, when, who and why. */
    public record CaseEvent(int sequence, String type, Instant at, String actor, String organisation, String note) {

        static CaseEvent from(CaseView.CaseEventView e) {
            return new CaseEvent(e.sequence(), e.type(), e.at(), e.actor(), e.organisation(), e.note());
        }
    }

    static Case from(CaseView v) {
        return new Case(
                v.caseId(),
                v.registryNumber(),
                v.status(),
                v.openedBy(),
                v.sourceNotification(),
                v.centre(),
                v.worker(),
                v.openedOn(),
                v.openedAt(),
                v.updatedAt(),
                v.closedAt(),
                v.outcome(),
                v.closeReason(),
                v.version(),
                Wire.list(v.assessments(), Assessment::from),
                Wire.list(v.goals(), Goal::from),
                Wire.list(v.actions(), Action::from),
                v.referrals(),
                Wire.list(v.followUps(), FollowUp::from),
                Wire.list(v.history(), CaseEvent::from));
    }
}
