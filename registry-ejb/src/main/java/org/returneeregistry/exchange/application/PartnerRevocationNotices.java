package org.returneeregistry.exchange.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.domain.Direction;
import org.returneeregistry.agreement.domain.MessageType;
import org.returneeregistry.agreement.domain.ScopeDecision;
import org.returneeregistry.consent.application.ConsentRevoked;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * Tells the partner institutions abroad that were given data under a revoked consent: a signed {@code ConsentRevoked}
 * partner message under the agreement each received the data under, queued in the revoking transaction. The notice
 * names the consent reference and when it was revoked, not the returnee (the registry number is left out), so it
 * discloses nothing and is not a read the decision point decides — the consent it would need is the one revoked; it
 * goes only where the agreement's outbound scope has a {@code CONSENT_REVOKED} row for the purpose and
 * {@code IDENTITY}, and like every partner message only while the agreement is in force (held while it is
 * suspended). Domestic recipients keep their JSON push ({@link ExchangeObservers}).
 */
@ApplicationScoped
public class PartnerRevocationNotices {

    private static final Logger LOG = Logger.getLogger(PartnerRevocationNotices.class.getName());

    @Inject
    private OutboxRepository outbox;

    @EJB
    private AgreementRegistry agreements;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    void consentRevoked(@Observes ConsentRevoked revocation) {
        for (Map.Entry<String, ConsentRevoked.PartnerGrant> grant :
                revocation.partnerGrants().entrySet()) {
            queue(grant.getKey(), grant.getValue(), revocation.consentId(), revocation.at());
        }
    }

    private void queue(String institution, ConsentRevoked.PartnerGrant grant, String consentId, Instant revokedAt) {
        String type = MessageType.CONSENT_REVOKED.name();
        Purpose purpose = Purpose.of(grant.purpose()).orElse(null);
        ScopeDecision scope = purpose == null
                ? ScopeDecision.noAgreement(grant.agreementId())
                : agreements.scope(grant.agreementId(), Direction.OUTBOUND, type, DataCategory.IDENTITY, purpose);
        boolean heldOrInScope = scope.inScope() || scope.outcome() == ScopeDecision.Outcome.SUSPENDED;
        if (!heldOrInScope) {
            LOG.warning(() -> "No ConsentRevoked notice to " + institution + " under agreement " + grant.agreementId()
                    + ": " + scope.outcome() + " for outbound " + type);
            return;
        }
        Instant now = clock.instant();
        String id = OutboxMessage.newId();
        String payload = PartnerMessages.consentRevoked(
                new PartnerMessages.Envelope(
                        id,
                        grant.agreementId(),
                        operatorCode,
                        institution,
                        now,
                        type,
                        purpose.name(),
                        List.of(DataCategory.IDENTITY.name())),
                consentId,
                revokedAt);
        outbox.add(OutboxMessage.createPartner(
                id,
                institution,
                type,
                consentId.length() <= OutboxMessage.SUBJECT_REF_LENGTH ? consentId : null,
                null,
                payload,
                now,
                grant.agreementId(),
                scope.version(),
                null,
                null));
    }
}
