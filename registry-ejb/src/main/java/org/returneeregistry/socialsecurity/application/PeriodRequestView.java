package org.returneeregistry.socialsecurity.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.socialsecurity.domain.TraceEntry;

/**
 * A partner's insurance period request as this registry's institution's officers see it on their worklist: who asks
 * for which claim and whom, how often it was re-sent, the answer given and how its delivery stands, and the partner's
 * decision once it comes.
 */
public record PeriodRequestView(
        String requestId,
        long version,
        String senderInstitution,
        String agreementId,
        String partnerClaimId,
        String benefit,
        List<Identifier> identifiers,
        Match match,
        String firstMessageId,
        String latestMessageId,
        int remindersReceived,
        Instant receivedAt,
        Instant lastReceivedAt,
        String status,
        String answerMessageId,
        String answerDelivery,
        Instant answeredAt,
        String answeredBy,
        List<Period> periods,
        String refusalCode,
        String refusalReason,
        Decision decision) {

    /**
     * Which of this registry's returnees the identifiers are held by: {@code MATCHED} with the registry number,
     * {@code NO_MATCH}, or {@code SEVERAL_CANDIDATES} with their registry numbers. For this registry's officers only.
     */
    public record Match(String outcome, String registryNumber, List<String> candidates) {}

    /** One identifier of the person, as the partner sent it. */
    public record Identifier(String type, String number, String issuingCountry) {}

    /** One certified period as the answer sent it. */
    public record Period(
            String reference,
            String institution,
            LocalDate from,
            LocalDate to,
            String periodType,
            String scheme,
            List<String> relevance,
            BigDecimal totalAmount,
            String totalUnit) {}

    /** The partner's decision on its claim, with the computation trace it sent. */
    public record Decision(
            String messageId,
            String decision,
            String outcome,
            BigDecimal payableAmount,
            String payableBasis,
            BigDecimal totalisedPeriods,
            String periodUnit,
            LocalDate assessedAsOf,
            Instant decidedAt,
            String reason,
            List<TraceEntry> trace,
            Instant receivedAt) {}
}
