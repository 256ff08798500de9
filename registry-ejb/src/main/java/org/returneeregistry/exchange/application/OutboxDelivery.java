package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.application.PartnerRoute;
import org.returneeregistry.consent.application.AccessDecision;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.consent.application.AccessRequest;
import org.returneeregistry.consent.application.OutboundDisclosure;
import org.returneeregistry.exchange.domain.Channel;
import org.returneeregistry.exchange.domain.DeliveryEndpoint;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.exchange.persistence.DeliveryEndpointRepository;
import org.returneeregistry.exchange.persistence.OutboxRepository;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.Role;

/**
 * The dispatcher's two short transactions around a delivery: claiming due messages (each marked in flight
 * with a lease, committed before anything is sent) and recording the outcome of one attempt. Nothing is
 * sent while a transaction is open, so a slow recipient holds no locks, and a crash between the two leaves
 * the message in flight until its lease ends — then it is due again: retried, never lost.
 *
 * <p>A claim takes at most one message per recipient, and none of a recipient that has an attempt in flight
 * (see {@link OutboxRepository#lockDue}): one slow or stuck recipient occupies one sender, never the others.
 * A message that discloses personal data is decided again here, by the consent decision point and logged
 * there, as the recipient's system would be decided: when the consent behind it was revoked, expired or
 * narrowed since it was written, it is cancelled with the decision's reason and never sent.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    /** The channel name disclosures over HL7 are decided and logged under. */
    static final String HL7_DECISION_CHANNEL = "HL7";

    /** How many parked partner messages a round looks at again. */
    static final int PARKED_PER_ROUND = 200;

    /** A claimed message with where it goes. */
    public record Claimed(
            String id,
            String recipient,
            String kind,
            Channel channel,
            String payload,
            int attempt,
            String pushUrl,
            String mllpHost,
            int mllpPort,
            Instant leaseUntil,
            String partnerUrl,
            String partnerTransport,
            String agreementId) {}

    /** What one claim found: {@code due} rows looked at, of which {@code claimed} are to be sent now. */
    public record Batch(int due, List<Claimed> claimed) {}

    @Inject
    private OutboxRepository messages;

    @Inject
    private DeliveryEndpointRepository endpoints;

    @Inject
    private OutboxSettings settings;

    @Inject
    private Clock clock;

    @EJB
    private AccessDecisions decisions;

    @EJB
    private AgreementRegistry agreements;

    /**
     * Claims up to {@code limit} due messages, one per recipient; one whose recipient has no endpoint for its
     * channel is set aside to wait, one whose disclosure is now denied is cancelled.
     */
    public Batch claimDue(int limit) {
        Instant now = clock.instant();
        releaseHeld(now);
        List<OutboxMessage> due = messages.lockDue(now, limit);
        List<Claimed> claimed = new ArrayList<>();
        Set<String> recipients = new HashSet<>();
        for (OutboxMessage message : due) {
            if (!recipients.add(message.recipient())) {
                continue;
            }
            if (message.channel() == Channel.PARTNER_SOAP) {
                claimPartner(message, now).ifPresent(claimed::add);
                continue;
            }
            Optional<DeliveryEndpoint> endpoint =
                    endpoints.find(message.recipient()).filter(e -> e.serves(message.channel()));
            if (endpoint.isEmpty()) {
                message.awaitEndpoint();
                continue;
            }
            Optional<String> denied = redecide(message);
            if (denied.isPresent()) {
                message.cancel(denied.get());
                continue;
            }
            message.claim(now, settings.lease());
            DeliveryEndpoint e = endpoint.get();
            claimed.add(new Claimed(
                    message.id(),
                    message.recipient(),
                    message.kind(),
                    message.channel(),
                    message.payload(),
                    message.attempts(),
                    e.pushUrl(),
                    e.mllpHost(),
                    e.mllpPort() == null ? 0 : e.mllpPort(),
                    now.plus(settings.lease()),
                    null,
                    null,
                    null));
        }
        return new Batch(due.size(), claimed);
    }

    /**
     * A partner message goes only while its agreement is in force: under a suspended agreement it is held (not
     * attempted, not aging), under a terminated one abandoned; without a partner's endpoint on the agreement it waits
     * for one; a disclosure the decision point no longer permits is cancelled. The endpoint, and with it the transport
     * (SOAP or the REST twin), is chosen here, for this attempt: a partner that changes its endpoint between attempts
     * gets the next one at its new address.
     */
    private Optional<Claimed> claimPartner(OutboxMessage message, Instant now) {
        PartnerRoute route = agreements.route(message.agreementId(), message.recipient());
        if (route.suspended()) {
            message.hold();
            return Optional.empty();
        }
        if (route.ended()) {
            message.abandon("AGREEMENT_" + route.status());
            return Optional.empty();
        }
        if (!route.reachable()) {
            message.awaitEndpoint();
            return Optional.empty();
        }
        Optional<String> denied = redecidePartner(message);
        if (denied.isPresent()) {
            message.cancel(denied.get());
            return Optional.empty();
        }
        message.claim(now, settings.lease());
        return Optional.of(new Claimed(
                message.id(),
                message.recipient(),
                message.kind(),
                message.channel(),
                message.payload(),
                message.attempts(),
                null,
                null,
                0,
                now.plus(settings.lease()),
                route.url(),
                route.transport(),
                message.agreementId()));
    }

    /**
     * Partner messages parked outside the retry cycle, looked at again: held while their agreement is suspended,
     * abandoned when it ended, waiting while the partner has no endpoint on it, and due at once otherwise.
     */
    private void releaseHeld(Instant now) {
        for (OutboxMessage parked : messages.parkedPartnerMessages(PARKED_PER_ROUND)) {
            PartnerRoute route = agreements.route(parked.agreementId(), parked.recipient());
            if (route.ended()) {
                parked.abandon("AGREEMENT_" + route.status());
            } else if (route.suspended()) {
                parked.hold();
            } else if (route.reachable()) {
                parked.release(now);
                parked.endpointConfigured(now);
            }
        }
    }

    /** A partner message's disclosure decided again now under its agreement (logged on the partner channel). */
    private Optional<String> redecidePartner(OutboxMessage message) {
        if (message.disclosurePurpose() == null) {
            return Optional.empty();
        }
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        message.disclosureCategories().forEach(c -> categories.add(DataCategory.valueOf(c)));
        AccessDecision decision = decisions.decideOutbound(new OutboundDisclosure(
                message.agreementId(),
                message.recipient(),
                message.registryNumber(),
                message.registryNumber() != null,
                message.kind(),
                Purpose.valueOf(message.disclosurePurpose()),
                categories));
        if (decision.permitted() && decision.granted().containsAll(categories)) {
            return Optional.empty();
        }
        String reason = decision.permitted()
                ? "CATEGORIES_NO_LONGER_GRANTED"
                : decision.reason().name();
        return Optional.of(reason + " (decision " + decision.sequence() + ")");
    }

    /**
     * The disclosure a message carries, decided again now for the same purpose and categories; answers the
     * reason to cancel it when any of them is no longer granted, nothing when it may go (or carries none).
     */
    private Optional<String> redecide(OutboxMessage message) {
        if (message.disclosurePurpose() == null) {
            return Optional.empty();
        }
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        message.disclosureCategories().forEach(c -> categories.add(DataCategory.valueOf(c)));
        AccessDecision decision = decisions.decide(
                new AccessRequest(
                        new Actor("returnee-registry", message.recipient()),
                        HL7_DECISION_CHANNEL,
                        message.registryNumber(),
                        true,
                        Purpose.valueOf(message.disclosurePurpose()),
                        categories),
                Set.of(Role.MINISTRY_SYSTEM));
        if (decision.permitted() && decision.granted().containsAll(categories)) {
            return Optional.empty();
        }
        String reason = decision.permitted()
                ? "CATEGORIES_NO_LONGER_GRANTED"
                : decision.reason().name();
        return Optional.of(reason + " (decision " + decision.sequence() + ")");
    }

    /**
     * Records one attempt's outcome — delivered, pending again after the back-off, or a dead letter — unless
     * the message was claimed again since (its lease ran out), in which case that newer attempt records.
     */
    public void record(String id, int attempt, DeliveryOutcome outcome) {
        messages.find(id).ifPresent(m -> m.recordAttempt(attempt, outcome, clock.instant(), settings.retryPolicy()));
    }
}
