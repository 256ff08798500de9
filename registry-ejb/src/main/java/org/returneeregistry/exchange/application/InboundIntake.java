package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returneeregistry.agreement.domain.MessageType;
import org.returneeregistry.exchange.domain.InboundMessage;
import org.returneeregistry.exchange.domain.MessageLogEntry;
import org.returneeregistry.exchange.domain.Replay;
import org.returneeregistry.exchange.persistence.InboundMessageRepository;
import org.returneeregistry.notification.application.PartnerNotices;
import org.returneeregistry.notification.application.SubmitReturnNotification;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * One transaction of taking in a verified partner message: the replay store's row, what the message asks (a return
 * notice enters the notification intake; social security messages go to their claims or the officers' worklist), and its message log entry — all of it or none of it. A copy of the same
 * message committed in between is found here again (or meets the unique key and the caller retries), and answered
 * with the first receipt.
 *
 * <p>Called only by {@link PartnerExchangeService} once the message has passed every check: the sender is a partner
 * institution's token or another registry authenticated by its signature alone (ADR 0026), so no role is asked here.
 * The web module cannot reach this bean.
 */
@Stateless
@PermitAll
public class InboundIntake {

    @Inject
    private InboundMessageRepository inbound;

    @Inject
    private Clock clock;

    @EJB
    private PartnerNotices notices;

    @EJB
    private MessageLog log;

    @Inject
    private InsurancePeriodAnswers periodAnswers;

    @Inject
    private PartnerClaims partnerClaims;

    @Inject
    private EmploymentRecordRequests employmentRequests;

    /** Whether (sender, message id) was received before, and with which Body. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Replay replay(String sender, String messageId, String bodyHash) {
        return inbound.find(sender, messageId).map(m -> m.replayOf(bodyHash)).orElse(Replay.NEW);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Receipt accept(
            org.returneeregistry.exchange.application.InboundMessage message,
            String bodyHash,
            int agreementVersion,
            MessageLogEntry.Content logged) {
        InboundEnvelope envelope = message.envelope();
        Optional<InboundMessage> earlier = inbound.find(envelope.senderInstitution(), envelope.messageId());
        if (earlier.isPresent()) {
            if (earlier.get().replayOf(bodyHash) != Replay.SAME_CONTENT) {
                throw new RegistryException(
                        ErrorCode.MESSAGE_REPLAYED,
                        "Message " + envelope.messageId() + " of " + envelope.senderInstitution()
                                + " was received before with other content; a new message needs a new messageId.");
            }
            log.appendWithCall(logged.withReason("ALREADY_RECEIVED"));
            return receipt(earlier.get(), "ALREADY_RECEIVED");
        }
        String registryNumber = null;
        if (MessageType.RETURN_NOTICE.name().equals(envelope.messageType())) {
            registryNumber =
                    notices.receive(notification(message)).acknowledgement().registryNumber();
        }
        if (MessageType.INSURANCE_PERIOD_ANSWER.name().equals(envelope.messageType())) {
            periodAnswers.receive(
                    envelope.senderInstitution(),
                    envelope.correlationId(),
                    envelope.messageId(),
                    message.periodAnswer());
        }
        if (MessageType.INSURANCE_PERIOD_REQUEST.name().equals(envelope.messageType())) {
            partnerClaims.receiveRequest(
                    envelope.senderInstitution(),
                    envelope.agreementId(),
                    envelope.messageId(),
                    message.periodRequest());
        }
        if (MessageType.CLAIM_DECISION.name().equals(envelope.messageType())) {
            partnerClaims.receiveDecision(envelope.senderInstitution(), envelope.messageId(), message.claimDecision());
        }
        if (MessageType.EMPLOYMENT_RECORD_REQUEST.name().equals(envelope.messageType())
                && message.employmentQuery() != null) {
            employmentRequests.received(envelope, agreementVersion, message.employmentQuery());
        }
        if (MessageType.EMPLOYMENT_RECORD_RESPONSE.name().equals(envelope.messageType())
                && message.employmentAnswer() != null) {
            employmentRequests.answerReceived(envelope, message.employmentAnswer());
        }
        InboundMessage received = new InboundMessage(
                UUID.randomUUID().toString(),
                envelope.senderInstitution(),
                envelope.messageId(),
                envelope.correlationId(),
                envelope.recipientInstitution(),
                envelope.messageType(),
                envelope.agreementId(),
                agreementVersion,
                bodyHash,
                clock.instant(),
                registryNumber);
        inbound.add(received);
        log.appendWithCall(logged);
        return receipt(received, "ACCEPTED");
    }

    /** A return notice as the notification intake takes it: the sender in the mission's place, its message id as the key. */
    static SubmitReturnNotification notification(org.returneeregistry.exchange.application.InboundMessage message) {
        PartnerReturnNotice notice = message.returnNotice();
        return new SubmitReturnNotification(
                message.envelope().senderInstitution(),
                message.envelope().messageId(),
                notice.person(),
                notice.employment(),
                notice.returnModality(),
                notice.returnReason(),
                notice.exitDate(),
                notice.portOfEntry(),
                List.of(),
                List.of());
    }

    private static Receipt receipt(InboundMessage m, String outcome) {
        return new Receipt(
                m.receiptId(),
                m.messageId(),
                m.correlationId(),
                m.sender(),
                m.recipient(),
                m.agreementId(),
                m.agreementVersion(),
                m.receivedAt(),
                outcome,
                m.registryNumber());
    }
}
