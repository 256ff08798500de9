package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.agreement.domain.MessageType;
import org.returneeregistry.consent.application.AccessDecision;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.OutboundDisclosure;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.returnee.application.ReturneeIdentifier;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * Internal API: requests the registry sends partner institutions on behalf of a downstream context's business
 * call (the social security context's insurance period requests). Decided like every outbound message by the
 * decision point's outbound decision (agreement in force, recipient a party, OUTBOUND scope row for the message
 * type, purpose and categories, consent where the row requires it), logged on the {@code PARTNER} channel, then
 * queued in the caller's transaction for the {@code PARTNER_SOAP} dispatcher, which signs it, sends it and
 * verifies the receipt, and holds it while the agreement is suspended.
 */
@Stateless
@PermitAll
public class PartnerRequests {

    /** What an insurance period request carries: the returnee's identifiers. */
    static final Set<DataCategory> PERIOD_REQUEST_CATEGORIES = EnumSet.of(DataCategory.IDENTITY);

    /** What an insurance period answer and a claim decision carry: social security data. */
    static final Set<DataCategory> SOCIAL_SECURITY_CATEGORIES = EnumSet.of(DataCategory.SOCIAL_SECURITY);

    /** The longest trace step text a claim decision carries (the contract's limit). */
    static final int MAX_TRACE_TEXT = 4000;

    @Inject
    private Clock clock;

    @EJB
    private AccessDecisions decisions;

    @EJB
    private ReturneeRecords returnees;

    @Inject
    private OutboxRepository outbox;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    /**
     * Queues an {@code InsurancePeriodRequest} for the claim (a reminder when {@code reminder} is above zero);
     * answers its message id, which the partner's answer names as its correlation id. Refused with the decision's
     * reason, and nothing queued, when the agreement or the decision point does not allow it.
     */
    public String insurancePeriodRequest(
            String agreementId,
            String recipientInstitution,
            String registryNumber,
            String claimId,
            String benefit,
            int reminder) {
        String type = MessageType.INSURANCE_PERIOD_REQUEST.name();
        Purpose purpose = Purpose.SOCIAL_SECURITY_CLAIM;
        AccessDecision decision = decisions.decideOutbound(new OutboundDisclosure(
                agreementId,
                recipientInstitution,
                registryNumber,
                returnees.exists(registryNumber),
                type,
                purpose,
                PERIOD_REQUEST_CATEGORIES));
        if (!decision.permitted() || !decision.granted().containsAll(PERIOD_REQUEST_CATEGORIES)) {
            throw new RegistryException(
                    decision.permitted()
                            ? ErrorCode.OUT_OF_SCOPE
                            : decision.reason().refusal(),
                    "Agreement " + agreementId + " does not let the registry ask " + recipientInstitution
                            + " for insurance periods: " + decision.refusalText() + " Decision "
                            + decision.sequence() + " in the decision log.");
        }
        List<ReturneeIdentifier> identifiers = returnees.identifiersForPermittedDisclosure(registryNumber);
        if (identifiers.isEmpty()) {
            throw new RegistryException(ErrorCode.NOT_FOUND, "Returnee was not found.");
        }
        Instant now = clock.instant();
        String id = OutboxMessage.newId();
        int version = decision.agreementVersion() == null ? 0 : decision.agreementVersion();
        String payload = PartnerMessages.insurancePeriodRequest(
                new PartnerMessages.Envelope(
                        id,
                        agreementId,
                        operatorCode,
                        recipientInstitution,
                        now,
                        type,
                        purpose.name(),
                        PERIOD_REQUEST_CATEGORIES.stream().map(Enum::name).toList()),
                identifiers,
                claimId,
                benefit,
                reminder);
        outbox.add(OutboxMessage.createPartner(
                id,
                recipientInstitution,
                type,
                null,
                registryNumber,
                payload,
                now,
                agreementId,
                version,
                purpose.name(),
                Set.of(DataCategory.IDENTITY.name())));
        return id;
    }

    /**
     * Queues this registry's institution's {@code InsurancePeriodAnswer} to a partner's request ({@code
     * correlationId}, the request's message id): certified periods or a refusal. The person is the partner's, known
     * here by the partner's identifiers, so the decision's subject is the request ({@code subject}); decided under
     * the agreement's OUTBOUND scope for the answer, logged on the partner channel, signed at send time. Answers the
     * message id.
     */
    public String insurancePeriodAnswer(
            String agreementId,
            String recipientInstitution,
            String correlationId,
            String subject,
            PartnerPeriodAnswer answer) {
        String type = MessageType.INSURANCE_PERIOD_ANSWER.name();
        AccessDecision decision = decide(agreementId, recipientInstitution, subject, true, type);
        Instant now = clock.instant();
        String id = OutboxMessage.newId();
        String payload = PartnerMessages.insurancePeriodAnswer(
                envelope(id, agreementId, recipientInstitution, now, type), correlationId, answer);
        outbox.add(OutboxMessage.createPartner(
                id,
                recipientInstitution,
                type,
                answer.claimId(),
                null,
                payload,
                now,
                agreementId,
                version(decision),
                null,
                Set.of()));
        return id;
    }

    /**
     * Queues the {@code ClaimDecision} on a claim for the partner institution that was asked for periods: the
     * decision, its amounts and the whole computation trace. Decided like every outbound message under the
     * agreement's OUTBOUND scope, signed at send time, its receipt verified; answers the message id, whose delivery
     * {@link #delivery} tells.
     */
    public String claimDecision(
            String agreementId,
            String recipientInstitution,
            String correlationId,
            String registryNumber,
            PartnerClaimDecision decisionMade) {
        String type = MessageType.CLAIM_DECISION.name();
        AccessDecision decision =
                decide(agreementId, recipientInstitution, registryNumber, returnees.exists(registryNumber), type);
        Instant now = clock.instant();
        String id = OutboxMessage.newId();
        List<PartnerClaimDecision.Step> trace = decisionMade.trace().stream()
                .map(t -> new PartnerClaimDecision.Step(
                        t.step(),
                        t.text().length() <= MAX_TRACE_TEXT
                                ? t.text()
                                : t.text().substring(0, MAX_TRACE_TEXT)))
                .toList();
        PartnerClaimDecision sent = new PartnerClaimDecision(
                decisionMade.claimId(),
                decisionMade.decision(),
                decisionMade.outcome(),
                decisionMade.payableAmount(),
                decisionMade.payableBasis(),
                decisionMade.totalisedPeriods(),
                decisionMade.periodUnit(),
                decisionMade.sectionVersion(),
                decisionMade.assessedAsOf(),
                decisionMade.decidedAt(),
                decisionMade.reason(),
                trace);
        String payload = PartnerMessages.claimDecision(
                envelope(id, agreementId, recipientInstitution, now, type), correlationId, sent);
        outbox.add(OutboxMessage.createPartner(
                id,
                recipientInstitution,
                type,
                null,
                registryNumber,
                payload,
                now,
                agreementId,
                version(decision),
                Purpose.SOCIAL_SECURITY_CLAIM.name(),
                Set.of(DataCategory.SOCIAL_SECURITY.name())));
        return id;
    }

    /** Where a message this bean queued stands on its way to the partner (e.g. DELIVERED: its receipt verified). */
    public Optional<String> delivery(String messageId) {
        return messageId == null
                ? Optional.empty()
                : outbox.find(messageId).map(m -> m.status().name());
    }

    private AccessDecision decide(
            String agreementId, String recipientInstitution, String subject, boolean subjectExists, String type) {
        AccessDecision decision = decisions.decideOutbound(new OutboundDisclosure(
                agreementId,
                recipientInstitution,
                subject,
                subjectExists,
                type,
                Purpose.SOCIAL_SECURITY_CLAIM,
                SOCIAL_SECURITY_CATEGORIES));
        if (!decision.permitted() || !decision.granted().containsAll(SOCIAL_SECURITY_CATEGORIES)) {
            throw new RegistryException(
                    decision.permitted()
                            ? ErrorCode.OUT_OF_SCOPE
                            : decision.reason().refusal(),
                    "Agreement " + agreementId + " does not let the registry send " + type + " to "
                            + recipientInstitution + ": " + decision.refusalText() + " Decision "
                            + decision.sequence() + " in the decision log.");
        }
        return decision;
    }

    private PartnerMessages.Envelope envelope(
            String id, String agreementId, String recipientInstitution, Instant now, String type) {
        return new PartnerMessages.Envelope(
                id,
                agreementId,
                operatorCode,
                recipientInstitution,
                now,
                type,
                Purpose.SOCIAL_SECURITY_CLAIM.name(),
                SOCIAL_SECURITY_CATEGORIES.stream().map(Enum::name).toList());
    }

    private static int version(AccessDecision decision) {
        return decision.agreementVersion() == null ? 0 : decision.agreementVersion();
    }
}
