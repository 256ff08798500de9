package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
}
