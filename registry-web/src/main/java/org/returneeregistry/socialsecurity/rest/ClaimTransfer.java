package org.returneeregistry.socialsecurity.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.socialsecurity.application.AddClaimPeriods;
import org.returneeregistry.socialsecurity.application.ClaimStep;
import org.returneeregistry.socialsecurity.application.ClaimView;
import org.returneeregistry.socialsecurity.application.CreateClaim;
import org.returneeregistry.socialsecurity.application.DecideClaim;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.PeriodJson;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.PeriodTotalJson;
import org.returneeregistry.socialsecurity.rest.SocialSecurityTransfer.TraceJson;

/** The claims API's JSON, as records of its own (ADR 0011). */
final class ClaimTransfer {

    private ClaimTransfer() {}

    /**
     * The body that opens a claim: {@code partnerInstitution} for one partner institution, or
     * {@code partnerInstitutions} for several of the agreement's institutions (each asked on its own).
     */
    public record ClaimRequest(
            String registryNumber,
            String benefit,
            String agreementId,
            String partnerInstitution,
            List<String> partnerInstitutions,
            String claimantKind,
            String claimantName,
            String claimantRelationship,
            String reason) {}

    /** Why a claim moves. */
    public record StepRequest(String reason) {}

    /** An officer's decision. */
    public record DecisionRequest(String decision, String reason, LocalDate asOf) {}

    /** Periods attached by the officer (DECLARATION or HOME_INSTITUTION). */
    public record PeriodsRequest(List<PeriodJson> periods) {}

    /** The decision's computation. */
    public record ClaimDecisionJson(
            String outcome,
            BigDecimal payableAmount,
            String payableBasis,
            BigDecimal totalisedPeriods,
            String unit,
            Integer sectionVersion,
            LocalDate asOf,
            List<TraceJson> trace) {}

    /** A period on the claim, with its source's trace. */
    public record ClaimPeriodJson(int sequence, PeriodJson period, String messageId, Instant addedAt, String addedBy) {}

    /** One move of the claim. */
    public record ClaimTransitionJson(
            int sequence, String from, String to, String action, Instant at, String by, String reason) {}

    /** One partner institution asked for periods and where its own request stands. */
    public record ClaimPartnerJson(
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

    /**
     * A claim. {@code partnerInstitution}, {@code requestMessageId}, {@code decisionMessageId} and
     * {@code decisionDelivery} are the first partner's (the single-partner form); {@code partners} has each one's.
     */
    public record ClaimJson(
            String claimId,
            long version,
            String registryNumber,
            String benefit,
            String agreementId,
            String homeInstitution,
            String partnerInstitution,
            List<String> partnerInstitutions,
            List<ClaimPartnerJson> partners,
            String claimantKind,
            String claimantName,
            String claimantRelationship,
            String status,
            Instant periodsRequestedAt,
            String requestMessageId,
            int remindersSent,
            Instant lastReminderAt,
            String awaiting,
            ClaimDecisionJson decision,
            String decisionMessageId,
            String decisionDelivery,
            List<ClaimPeriodJson> periods,
            List<ClaimTransitionJson> transitions,
            Instant createdAt,
            Instant updatedAt) {}

    static CreateClaim command(ClaimRequest b) {
        return new CreateClaim(
                b.registryNumber(),
                b.benefit(),
                b.agreementId(),
                b.partnerInstitution(),
                b.partnerInstitutions(),
                b.claimantKind(),
                b.claimantName(),
                b.claimantRelationship(),
                b.reason());
    }

    static ClaimStep command(StepRequest b) {
        return new ClaimStep(b == null ? null : b.reason());
    }

    static DecideClaim command(DecisionRequest b) {
        return new DecideClaim(b.decision(), b.reason(), b.asOf());
    }

    static AddClaimPeriods command(PeriodsRequest b) {
        return new AddClaimPeriods(
                b.periods() == null
                        ? null
                        : b.periods().stream()
                                .map(SocialSecurityTransfer::period)
                                .toList());
    }

    static ClaimJson json(ClaimView v) {
        ClaimView.Decision d = v.decision();
        return new ClaimJson(
                v.claimId(),
                v.version(),
                v.registryNumber(),
                v.benefit(),
                v.agreementId(),
                v.homeInstitution(),
                v.partnerInstitution(),
                v.partners().stream().map(ClaimView.Partner::institution).toList(),
                v.partners().stream()
                        .map(p -> new ClaimPartnerJson(
                                p.institution(),
                                p.standing(),
                                p.requestMessageId(),
                                p.requestedAt(),
                                p.remindersSent(),
                                p.lastReminderAt(),
                                p.awaiting(),
                                p.answerMessageId(),
                                p.closedAt(),
                                p.decisionMessageId(),
                                p.decisionDelivery()))
                        .toList(),
                v.claimantKind(),
                v.claimantName(),
                v.claimantRelationship(),
                v.status(),
                v.periodsRequestedAt(),
                v.requestMessageId(),
                v.remindersSent(),
                v.lastReminderAt(),
                v.awaiting(),
                d == null
                        ? null
                        : new ClaimDecisionJson(
                                d.outcome(),
                                d.payableAmount(),
                                d.payableBasis(),
                                d.totalisedPeriods(),
                                d.unit(),
                                d.sectionVersion(),
                                d.asOf(),
                                d.trace().stream()
                                        .map(t -> new TraceJson(t.step(), t.text()))
                                        .toList()),
                v.decisionMessageId(),
                v.decisionDelivery(),
                v.periods().stream()
                        .map(p -> new ClaimPeriodJson(
                                p.sequence(), period(p.period()), p.messageId(), p.addedAt(), p.addedBy()))
                        .toList(),
                v.transitions().stream()
                        .map(t -> new ClaimTransitionJson(
                                t.sequence(), t.from(), t.to(), t.action(), t.at(), t.by(), t.reason()))
                        .toList(),
                v.createdAt(),
                v.updatedAt());
    }

    private static PeriodJson period(InsurancePeriod p) {
        return new PeriodJson(
                p.reference(),
                p.country(),
                p.institution(),
                p.from(),
                p.to(),
                p.type().name(),
                p.scheme(),
                p.relevance().stream().map(Enum::name).sorted().toList(),
                p.total() == null
                        ? null
                        : new PeriodTotalJson(
                                p.total().amount(), p.total().unit().name()),
                p.occupation(),
                p.earnings(),
                p.contributions(),
                p.source().name());
    }
}
