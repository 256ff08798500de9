package org.returneeregistry.exchange.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.exchange.application.InboundEnvelope;
import org.returneeregistry.exchange.application.InboundMessage;
import org.returneeregistry.exchange.application.PartnerClaimDecision;
import org.returneeregistry.exchange.application.PartnerEmploymentAnswer;
import org.returneeregistry.exchange.application.PartnerEmploymentQuery;
import org.returneeregistry.exchange.application.PartnerPeriodAnswer;
import org.returneeregistry.exchange.application.PartnerPeriodRequest;
import org.returneeregistry.exchange.application.PartnerReturnNotice;
import org.returneeregistry.exchange.application.XRoadHeader;
import org.returneeregistry.returnee.rest.Employment;
import org.returneeregistry.returnee.rest.PersonDetails;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.rest.Wire;

/**
 * A message of the partner exchange's REST twin: the SOAP operation's envelope and content as JSON, under the same
 * names as the contract's elements — {@code notice} (RETURN_NOTICE), {@code query} (EMPLOYMENT_RECORD_REQUEST,
 * INSURANCE_PERIOD_REQUEST), {@code answer} (EMPLOYMENT_RECORD_RESPONSE, INSURANCE_PERIOD_ANSWER), {@code revocation}
 * (CONSENT_REVOKED), {@code decision} (CLAIM_DECISION). Repeated elements are arrays with plural names
 * ({@code dataCategories}, {@code identifiers}, {@code records}, {@code periods}, {@code traceSteps}). The envelope's
 * {@code messageType} says which content the message carries.
 */
public record SignedPartnerMessage(
        SignedEnvelope envelope,
        SignedNotice notice,
        SignedQuery query,
        SignedAnswer answer,
        SignedRevocation revocation,
        SignedDecision decision) {

    /** Who sends what to whom under which agreement; as the SOAP envelope. */
    public record SignedEnvelope(
            String messageId,
            String correlationId,
            String agreementId,
            String senderInstitution,
            String recipientInstitution,
            Instant timestamp,
            String messageType,
            String purpose,
            List<String> dataCategories) {}

    /** A worker's exit, end of contract, deportation or death. */
    public record SignedNotice(
            PersonDetails person,
            Employment employment,
            String returnModality,
            String returnReason,
            LocalDate exitDate,
            String portOfEntry) {}

    /**
     * An employment record request ({@code identifiers}, optional {@code periodFrom}, {@code periodTo}) or an insurance
     * period request ({@code claimId}, {@code benefit}, {@code identifiers}, {@code reminder}).
     */
    public record SignedQuery(
            List<SignedIdentifier> identifiers,
            LocalDate periodFrom,
            LocalDate periodTo,
            String claimId,
            String benefit,
            Integer reminder) {}

    /** A person's identifier. */
    public record SignedIdentifier(String type, String number, String issuingCountry) {}

    /**
     * An employment record response ({@code outcome}, {@code refusalCode}, {@code refusalReason}, {@code records}) or
     * an insurance period answer ({@code claimId}, {@code country}, {@code periods}, or {@code refusal}).
     */
    public record SignedAnswer(
            String outcome,
            String refusalCode,
            String refusalReason,
            List<SignedEmploymentRecord> records,
            String claimId,
            String country,
            List<SignedPeriod> periods,
            SignedRefusal refusal) {}

    /** One period of employment abroad. */
    public record SignedEmploymentRecord(String employer, LocalDate from, LocalDate to, Integer contributionMonths) {}

    /** One certified insurance period. */
    public record SignedPeriod(
            String reference,
            String institution,
            LocalDate from,
            LocalDate to,
            String periodType,
            String scheme,
            List<String> relevance,
            BigDecimal totalAmount,
            String totalUnit) {}

    /** Why an institution answers no periods. */
    public record SignedRefusal(String code, String reason) {}

    /** A consent revoked with the partner. */
    public record SignedRevocation(String consentReference, String registryNumber, Instant revokedAt) {}

    /** A claim's decision. */
    public record SignedDecision(
            String claimId,
            String decision,
            String outcome,
            BigDecimal payableAmount,
            String payableBasis,
            BigDecimal totalisedPeriods,
            String periodUnit,
            Integer sectionVersion,
            LocalDate assessedAsOf,
            Instant decidedAt,
            String reason,
            List<SignedTraceStep> traceSteps) {}

    /** One step of a decision's trace. */
    public record SignedTraceStep(String step, String text) {}

    /**
     * The message as the exchange takes it in. A message whose type names content it lacks is a malformed request,
     * answered before anything is verified — as the SOAP contract's schema answers a message without its content.
     */
    InboundMessage toMessage(XRoadHeader xroad) {
        if (envelope == null) {
            throw malformed("The message has no envelope.");
        }
        InboundEnvelope e = new InboundEnvelope(
                envelope.messageId(),
                envelope.correlationId(),
                envelope.agreementId(),
                envelope.senderInstitution(),
                envelope.recipientInstitution(),
                envelope.timestamp(),
                envelope.messageType(),
                envelope.purpose(),
                envelope.dataCategories() == null ? List.of() : envelope.dataCategories());
        InboundMessage.Received received = InboundMessage.Received.overRest(e, xroad);
        String type = envelope.messageType() == null ? "" : envelope.messageType();
        return switch (type) {
            case "RETURN_NOTICE" -> {
                SignedNotice n = required(notice, "notice");
                yield InboundMessage.returnNotice(
                        received,
                        new PartnerReturnNotice(
                                Wire.one(n.person(), PersonDetails::toDomain),
                                Wire.one(n.employment(), Employment::toDomain),
                                n.returnModality(),
                                n.returnReason(),
                                n.exitDate(),
                                n.portOfEntry()));
            }
            case "EMPLOYMENT_RECORD_REQUEST" -> {
                SignedQuery q = required(query, "query");
                yield InboundMessage.employmentRecordRequest(
                        received,
                        new PartnerEmploymentQuery(
                                identifiers(q.identifiers()).stream()
                                        .map(i -> new PartnerEmploymentQuery.Identifier(
                                                i.type(), i.number(), i.issuingCountry()))
                                        .toList(),
                                q.periodFrom(),
                                q.periodTo()));
            }
            case "EMPLOYMENT_RECORD_RESPONSE" -> {
                SignedAnswer a = required(answer, "answer");
                yield InboundMessage.employmentRecordResponse(
                        received,
                        new PartnerEmploymentAnswer(
                                a.outcome(),
                                a.refusalCode(),
                                a.refusalReason(),
                                nonNull(a.records(), "answer.records").stream()
                                        .map(r -> new PartnerEmploymentAnswer.Record(
                                                r.employer(), r.from(), r.to(), r.contributionMonths()))
                                        .toList()));
            }
            case "INSURANCE_PERIOD_REQUEST" -> {
                SignedQuery q = required(query, "query");
                yield InboundMessage.insurancePeriodRequest(
                        received,
                        new PartnerPeriodRequest(
                                q.claimId(),
                                q.benefit(),
                                identifiers(q.identifiers()).stream()
                                        .map(i -> new PartnerPeriodRequest.Identifier(
                                                i.type(), i.number(), i.issuingCountry()))
                                        .toList(),
                                q.reminder()));
            }
            case "INSURANCE_PERIOD_ANSWER" -> {
                SignedAnswer a = required(answer, "answer");
                yield InboundMessage.insurancePeriodAnswer(
                        received,
                        new PartnerPeriodAnswer(
                                a.claimId(),
                                a.country(),
                                nonNull(a.periods(), "answer.periods").stream()
                                        .map(p -> new PartnerPeriodAnswer.Period(
                                                p.reference(),
                                                p.institution(),
                                                p.from(),
                                                p.to(),
                                                p.periodType(),
                                                p.scheme(),
                                                nonNull(p.relevance(), "answer.periods.relevance"),
                                                p.totalAmount(),
                                                p.totalUnit()))
                                        .toList(),
                                a.refusal() == null ? null : a.refusal().code(),
                                a.refusal() == null ? null : a.refusal().reason()));
            }
            case "CLAIM_DECISION" -> {
                SignedDecision d = required(decision, "decision");
                yield InboundMessage.claimDecision(
                        received,
                        new PartnerClaimDecision(
                                d.claimId(),
                                d.decision(),
                                d.outcome(),
                                d.payableAmount(),
                                d.payableBasis(),
                                d.totalisedPeriods(),
                                d.periodUnit(),
                                d.sectionVersion(),
                                d.assessedAsOf(),
                                d.decidedAt(),
                                d.reason(),
                                nonNull(d.traceSteps(), "decision.traceSteps").stream()
                                        .map(t -> new PartnerClaimDecision.Step(t.step(), t.text()))
                                        .toList()));
            }
            case "CONSENT_REVOKED" -> {
                // a consent revocation is recorded by its log entry and receipt
                required(revocation, "revocation");
                yield InboundMessage.consentRevoked(received);
            }
            // an unknown type is refused by the exchange, which logs the refusal
            default -> InboundMessage.withoutContent(received);
        };
    }

    private static <T> T required(T content, String name) {
        if (content == null) {
            throw malformed("A message of its messageType needs its " + name + ".");
        }
        return content;
    }

    private static List<SignedIdentifier> identifiers(List<SignedIdentifier> identifiers) {
        List<SignedIdentifier> present = nonNull(identifiers, "query.identifiers");
        if (present.isEmpty()) {
            throw malformed("query.identifiers must name at least one identifier.");
        }
        if (present.stream().anyMatch(i -> i.type() == null || i.number() == null || i.issuingCountry() == null)) {
            throw malformed("Every identifier of query.identifiers needs its type, number and issuingCountry.");
        }
        return present;
    }

    private static <T> List<T> nonNull(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw malformed(name + " must not contain null.");
        }
        return values;
    }

    private static RegistryException malformed(String detail) {
        return new RegistryException(ErrorCode.MALFORMED_REQUEST, detail);
    }
}
