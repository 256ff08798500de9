package org.returneeregistry.socialsecurity.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.socialsecurity.application.AnswerPeriodRequest;
import org.returneeregistry.socialsecurity.application.PeriodInput;
import org.returneeregistry.socialsecurity.application.PeriodRequestView;
import org.returneeregistry.socialsecurity.application.PeriodTotalInput;
import org.returneeregistry.socialsecurity.domain.PeriodSource;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.PeriodTotalJson;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.TraceJson;

/** The REST wire types of the period request worklist: explicit records, so the service's types can change freely. */
final class PeriodRequestTransfer {

    private PeriodRequestTransfer() {}

    /** One identifier of the person as the partner sent it. */
    public record IdentifierJson(String type, String number, String issuingCountry) {}

    /** A period the institution certifies: its own country's, from its own record. */
    public record CertifiedPeriodJson(
            String reference,
            String country,
            String institution,
            LocalDate from,
            LocalDate to,
            String type,
            String scheme,
            List<String> relevance,
            PeriodTotalJson total) {}

    /** The answer: certified periods, or a refusal code ({@code period-request-refusal}) with a reason. */
    public record AnswerRequest(List<CertifiedPeriodJson> periods, String refusal, String reason) {}

    /** A certified period as the answer sent it. */
    public record AnsweredPeriodJson(
            String reference,
            String institution,
            LocalDate from,
            LocalDate to,
            String type,
            String scheme,
            List<String> relevance,
            BigDecimal totalAmount,
            String totalUnit) {}

    /** The partner's decision on its claim, with its computation trace. */
    public record PartnerDecisionJson(
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
            List<TraceJson> trace,
            Instant receivedAt) {}

    /**
     * Which of this registry's returnees the partner's identifiers are held by: {@code MATCHED} with the registry
     * number, {@code NO_MATCH}, or {@code SEVERAL_CANDIDATES} with their registry numbers. Never sent to the partner.
     */
    public record MatchJson(String outcome, String registryNumber, List<String> candidates) {}

    /** A partner's insurance period request on the worklist. */
    public record PeriodRequestJson(
            String requestId,
            long version,
            String senderInstitution,
            String agreementId,
            String partnerClaimId,
            String benefit,
            List<IdentifierJson> identifiers,
            MatchJson match,
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
            List<AnsweredPeriodJson> periods,
            String refusal,
            String refusalReason,
            PartnerDecisionJson decision) {}

    static AnswerPeriodRequest command(AnswerRequest b) {
        return new AnswerPeriodRequest(
                b.periods() == null
                        ? null
                        : b.periods().stream()
                                .map(p -> p == null
                                        ? null
                                        : new PeriodInput(
                                                p.reference(),
                                                p.country(),
                                                p.institution(),
                                                p.from(),
                                                p.to(),
                                                p.type(),
                                                p.scheme(),
                                                p.relevance(),
                                                p.total() == null
                                                        ? null
                                                        : new PeriodTotalInput(
                                                                p.total().amount(),
                                                                p.total().unit()),
                                                null,
                                                null,
                                                null,
                                                PeriodSource.HOME_INSTITUTION.name()))
                                .toList(),
                b.refusal(),
                b.reason());
    }

    static PeriodRequestJson json(PeriodRequestView v) {
        PeriodRequestView.Decision d = v.decision();
        return new PeriodRequestJson(
                v.requestId(),
                v.version(),
                v.senderInstitution(),
                v.agreementId(),
                v.partnerClaimId(),
                v.benefit(),
                v.identifiers().stream()
                        .map(i -> new IdentifierJson(i.type(), i.number(), i.issuingCountry()))
                        .toList(),
                new MatchJson(
                        v.match().outcome(),
                        v.match().registryNumber(),
                        v.match().candidates()),
                v.firstMessageId(),
                v.latestMessageId(),
                v.remindersReceived(),
                v.receivedAt(),
                v.lastReceivedAt(),
                v.status(),
                v.answerMessageId(),
                v.answerDelivery(),
                v.answeredAt(),
                v.answeredBy(),
                v.periods().stream()
                        .map(p -> new AnsweredPeriodJson(
                                p.reference(),
                                p.institution(),
                                p.from(),
                                p.to(),
                                p.periodType(),
                                p.scheme(),
                                p.relevance(),
                                p.totalAmount(),
                                p.totalUnit()))
                        .toList(),
                v.refusalCode(),
                v.refusalReason(),
                d == null
                        ? null
                        : new PartnerDecisionJson(
                                d.messageId(),
                                d.decision(),
                                d.outcome(),
                                d.payableAmount(),
                                d.payableBasis(),
                                d.totalisedPeriods(),
                                d.periodUnit(),
                                d.assessedAsOf(),
                                d.decidedAt(),
                                d.reason(),
                                d.trace().stream()
                                        .map(t -> new TraceJson(t.step(), t.text()))
                                        .toList(),
                                d.receivedAt()));
    }
}
