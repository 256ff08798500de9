package org.returneeregistry.socialsecurity.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.TraceEntry;

/**
 * A claim as its home institution's officers and its partner institution see it. {@code awaiting} tells where a
 * period request stands: null when none is awaited, else REMINDER_DUE / TIMED_OUT / WAITING. {@code decisionDelivery}
 * tells how the decision's message to the partner stands (DELIVERED once its signed receipt is verified).
 */
public record ClaimView(
        String claimId,
        long version,
        String registryNumber,
        String benefit,
        String agreementId,
        String homeInstitution,
        String partnerInstitution,
        List<Partner> partners,
        String claimantKind,
        String claimantName,
        String claimantRelationship,
        String status,
        Instant periodsRequestedAt,
        String requestMessageId,
        int remindersSent,
        Instant lastReminderAt,
        String awaiting,
        Decision decision,
        String decisionMessageId,
        String decisionDelivery,
        List<Period> periods,
        List<Transition> transitions,
        Instant createdAt,
        Instant updatedAt) {

    /** The engine's result the decision rests on, with its trace and the section version it ran under. */
    public record Decision(
            String outcome,
            BigDecimal payableAmount,
            String payableBasis,
            BigDecimal totalisedPeriods,
            String unit,
            Integer sectionVersion,
            LocalDate asOf,
            List<TraceEntry> trace) {}

    /**
     * One partner institution asked for periods and where its request stands: {@code standing} NOT_ASKED, WAITING,
     * ANSWERED, REFUSED or TIMED_OUT; {@code awaiting} as the claim's, for a waiting one; the answer's message, the
     * decision's message and its delivery.
     */
    public record Partner(
            String institution,
            String standing,
            String requestMessageId,
            Instant requestedAt,
            int remindersSent,
            Instant lastReminderAt,
            String awaiting,
            String answerMessageId,
            Instant closedAt,
            String decisionMessageId,
            String decisionDelivery) {}

    public record Period(int sequence, InsurancePeriod period, String messageId, Instant addedAt, String addedBy) {}

    public record Transition(
            int sequence, String from, String to, String action, Instant at, String by, String reason) {}
}
