package org.returneeregistry.exchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.domain.Direction;
import org.returneeregistry.agreement.domain.MessageType;
import org.returneeregistry.agreement.domain.ScopeDecision;
import org.returneeregistry.agreement.domain.SignerStanding;
import org.returneeregistry.exchange.domain.InboundDecision;
import org.returneeregistry.exchange.domain.InboundFacts;
import org.returneeregistry.exchange.domain.MessageLogEntry;
import org.returneeregistry.exchange.domain.Replay;
import org.returneeregistry.exchange.jws.DetachedJws;
import org.returneeregistry.exchange.wss.WsSecurity;
import org.returneeregistry.notification.application.PartnerNotices;
import org.returneeregistry.shared.application.ActingFor;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.AuthenticatedBySignature;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.CallerIdentified;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.LostRace;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Sha256;
import org.w3c.dom.Document;

/**
 * Takes in the messages partner countries' institutions send under a bilateral agreement, and answers each with a
 * receipt the registry signs.
 *
 * <p>Nothing is written before the message has passed every check, in this order (ADR 0013): its WS-Security
 * signature (X.509 token, Body and Timestamp signed), that it is addressed to this registry and — when the caller
 * holds a bearer token — sent by the token's organisation, that its agreement is in force, that the signer's certificate is one registered for
 * the sender under that agreement and valid now, that the message type, purpose and every data category are in the
 * agreement's inbound scope, that its message id is new for the sender (a resend is answered with the first receipt),
 * and for a new message that its signed WS-Security Timestamp lies within the allowed clock skew
 * ({@code registry.exchange.max-clock-skew}, default five minutes). Another registry calls without a token: its
 * signature, by a certificate registered for the sender under the agreement in force, authenticates it (ADR 0026).
 * A refused message is answered with the refusal's code, leaves one message log entry (written on its own, so it
 * survives the refusal) and nothing else. An accepted one is taken in in one transaction with its log entry; a
 * resend of it (same sender, message id and Body) is answered with the same receipt and does nothing again.
 */
@Stateless
@Interceptors(ServiceCall.class)
public class PartnerExchangeService {

    static final int ATTEMPTS = 3;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @EJB
    private AgreementRegistry agreements;

    @EJB
    private InboundIntake intake;

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

    @EJB
    private ExchangeSigningKey signingKey;

    @Inject
    private CallScope callScope;

    @Inject
    private ActingFor actingFor;

    @Inject
    private Event<CallerIdentified> identified;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    @Inject
    @ConfigProperty(name = "registry.exchange.max-clock-skew", defaultValue = "PT5M")
    Duration maxSkew;

    /**
     * Verifies and takes in one SOAP message; answers the SOAP answer {@code answer} builds around the receipt, signed
     * with the registry's key.
     */
    @PermitAll
    @AuthenticatedBySignature
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("EXCHANGE_MESSAGE_RECEIVE")
    public Document receive(InboundMessage message, Function<Receipt, Document> answer) {
        requirePartnerIfToken();
        signingKey.requireAvailable();
        WsSecurity.Verification verification = WsSecurity.verify(message.soap());
        String bodyHash = WsSecurity.bodyHash(WsSecurity.body(message.soap()));
        Receipt receipt = takeIn(message, verification, bodyHash);
        Document signed = answer.apply(receipt);
        signingKey.sign(signed);
        return signed;
    }

    /**
     * Verifies and takes in one message of the REST twin: the same checks, in the same order, with the same refusals
     * and log entries as {@link #receive}, the signature being a detached JWS over the exact body bytes
     * ({@link DetachedJws}) instead of WS-Security. Answers the body {@code answer} makes of the receipt with the
     * registry's detached JWS over it. {@code read} makes the message of the body (a malformed body is refused
     * {@code MalformedRequest}, before any check, as the SOAP contract's schema refuses one).
     */
    @PermitAll
    @AuthenticatedBySignature
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @AuditOperation("EXCHANGE_MESSAGE_RECEIVE_JWS")
    public SignedAnswer receiveSignedJson(
            java.util.function.Supplier<InboundMessage> read,
            byte[] body,
            String signature,
            Function<Receipt, byte[]> answer) {
        requirePartnerIfToken();
        signingKey.requireAvailable();
        // read only after the caller's role: a malformed message of a caller with another role is NotAuthorized
        InboundMessage message = read.get();
        WsSecurity.Verification verification = DetachedJws.verify(body, signature);
        Receipt receipt = takeIn(message, verification, DetachedJws.bodyHash(body));
        byte[] answered = answer.apply(receipt);
        return new SignedAnswer(answered, signingKey.signDetached(answered, clock.instant()));
    }

    /** A body and the registry's detached JWS over it. */
    public record SignedAnswer(byte[] body, String signature) {}

    /**
     * A token, when the caller holds one, must be a partner institution's; without one, the signature alone
     * authenticates the sender (ADR 0026) and nothing the message claims is used before it is verified.
     */
    private void requirePartnerIfToken() {
        if (caller.holdsToken() && !caller.hasRole(Role.PARTNER_INSTITUTION)) {
            throw new RegistryException(
                    ErrorCode.NOT_AUTHORIZED, "Only partner institutions send messages of the partner exchange.");
        }
    }

    /** Every check of a verified-or-not message, then the intake; the receipt, or the refusal thrown and logged. */
    private Receipt takeIn(InboundMessage message, WsSecurity.Verification verification, String bodyHash) {
        boolean byToken = caller.holdsToken();
        String operationMessageType = message.operationMessageType();
        Instant now = clock.instant();
        InboundEnvelope envelope = message.envelope();
        String fingerprint = verification.signer() == null ? null : fingerprint(verification);
        String callerOrganisation = byToken ? caller.actor().organisation() : null;

        InputValidation validation = InputValidation.of(validator, envelope);
        validation.check(
                operationMessageType != null && !java.util.Objects.equals(envelope.messageType(), operationMessageType),
                "envelope.messageType",
                "MatchesOperation",
                "must be " + operationMessageType + " for this operation");
        boolean xroadValid = message.soap() != null || XRoadHeaders.check(validation, message.xroad());
        try {
            validation.throwIfInvalid();
        } catch (RegistryException e) {
            refuse(entry(
                    xroadValid ? message : message.withoutXRoad(),
                    null,
                    verification,
                    fingerprint,
                    bodyHash,
                    callerOrganisation,
                    "REFUSED",
                    e.code().code()));
            throw e;
        }

        ScopeDecision scope = scope(envelope);
        SignerStanding signer = fingerprint == null
                ? SignerStanding.NOT_REGISTERED
                : agreements.signerStanding(envelope.agreementId(), envelope.senderInstitution(), fingerprint);
        Replay replay = intake.replay(envelope.senderInstitution(), envelope.messageId(), bodyHash);
        InboundFacts facts = new InboundFacts(
                verification.check(),
                operatorCode.equals(envelope.recipientInstitution()),
                !byToken || envelope.senderInstitution().equals(callerOrganisation),
                scope.outcome(),
                signer,
                withinSkew(now, envelope.timestamp(), verification.created(), verification.expires(), maxSkew),
                replay);
        InboundDecision decision = InboundDecision.decide(facts);
        Integer version = scope.version() == 0 ? null : scope.version();
        if (!decision.accepted()) {
            refuse(entry(
                    message,
                    version,
                    verification,
                    fingerprint,
                    bodyHash,
                    callerOrganisation,
                    "REFUSED",
                    decision.reason()));
            throw new RegistryException(decision.refusal(), explain(decision.refusal(), envelope, verification));
        }
        if (!byToken) {
            // the signature is registered for the sender under an agreement in force: the sender is the caller
            callerOrganisation = envelope.senderInstitution();
            Actor sender = new Actor(
                    "x509-sha256:" + fingerprint, envelope.senderInstitution(), envelope.senderInstitution(), null);
            try {
                identified.fire(new CallerIdentified(sender));
            } catch (RegistryException e) {
                refuse(entry(
                        message,
                        version,
                        verification,
                        fingerprint,
                        bodyHash,
                        callerOrganisation,
                        "REFUSED",
                        e.code().code()));
                throw e;
            }
            callScope.actor(sender);
            actingFor.actor(sender);
        }
        if (!decision.duplicate() && MessageType.RETURN_NOTICE.name().equals(envelope.messageType())) {
            if (message.returnNotice() == null) {
                throw new IllegalArgumentException("a return notice without its content");
            }
            try {
                notices.check(InboundIntake.notification(message));
            } catch (RegistryException e) {
                refuse(entry(
                        message,
                        version,
                        verification,
                        fingerprint,
                        bodyHash,
                        callerOrganisation,
                        "REFUSED",
                        e.code().code()));
                throw e;
            }
        }
        if (!decision.duplicate()) {
            try {
                checkContent(message);
            } catch (RegistryException e) {
                refuse(entry(
                        message,
                        version,
                        verification,
                        fingerprint,
                        bodyHash,
                        callerOrganisation,
                        "REFUSED",
                        e.code().code()));
                throw e;
            }
        }
        MessageLogEntry.Content accepted = entry(
                message,
                version,
                verification,
                fingerprint,
                bodyHash,
                callerOrganisation,
                "ACCEPTED",
                decision.reason());
        Receipt receipt;
        try {
            receipt = LostRace.retried(
                    "take in partner message " + envelope.messageId(),
                    ATTEMPTS,
                    () -> intake.accept(message, bodyHash, scope.version(), accepted));
        } catch (RegistryException e) {
            refuse(entry(
                    message,
                    version,
                    verification,
                    fingerprint,
                    bodyHash,
                    callerOrganisation,
                    "REFUSED",
                    e.code().code()));
            throw e;
        }
        return receipt;
    }

    /** What a new message asks of another context, checked before anything is written. */
    private void checkContent(InboundMessage message) {
        InboundEnvelope envelope = message.envelope();
        String type = envelope.messageType();
        String sender = envelope.senderInstitution();
        if (MessageType.EMPLOYMENT_RECORD_RESPONSE.name().equals(type) && message.employmentAnswer() != null) {
            employmentRequests.check(sender, envelope.correlationId(), message.employmentAnswer());
        } else if (MessageType.INSURANCE_PERIOD_ANSWER.name().equals(type)) {
            periodAnswers.check(sender, envelope.correlationId(), message.periodAnswer());
        } else if (MessageType.INSURANCE_PERIOD_REQUEST.name().equals(type)) {
            partnerClaims.checkRequest(sender, message.periodRequest());
        } else if (MessageType.CLAIM_DECISION.name().equals(type)) {
            partnerClaims.checkDecision(sender, message.claimDecision());
        }
    }

    /** The first category not in scope decides; all in scope answer the last decision (same agreement, version). */
    private ScopeDecision scope(InboundEnvelope envelope) {
        Purpose purpose = Purpose.of(envelope.purpose()).orElseThrow();
        ScopeDecision decision = null;
        for (String code : envelope.dataCategories()) {
            DataCategory category = DataCategory.of(code).orElseThrow();
            decision = agreements.scope(
                    envelope.agreementId(), Direction.INBOUND, envelope.messageType(), category, purpose);
            if (!decision.inScope()) {
                return decision;
            }
        }
        return decision;
    }

    /**
     * Freshness is the signed WS-Security Timestamp's: made anew for every attempt, so a resend an hour later is as
     * fresh as its attempt. The envelope's timestamp says when the message was made, which a resend keeps; it may be
     * old, but not later than the allowed skew.
     */
    static boolean withinSkew(Instant now, Instant envelopeTime, Instant created, Instant expires, Duration maxSkew) {
        if (envelopeTime.isAfter(now.plus(maxSkew))) {
            return false;
        }
        if (created == null || Duration.between(created, now).abs().compareTo(maxSkew) > 0) {
            return false;
        }
        return expires == null || !now.isAfter(expires.plus(maxSkew));
    }

    private void refuse(MessageLogEntry.Content content) {
        log.appendAlone(content);
    }

    private static String fingerprint(WsSecurity.Verification verification) {
        try {
            return Sha256.hex(verification.signer().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            return null;
        }
    }

    private static String explain(ErrorCode code, InboundEnvelope e, WsSecurity.Verification v) {
        return switch (code) {
            case SIGNATURE_MISSING ->
                "The message is not signed with WS-Security (X.509 token, Body and Timestamp signed).";
            case SIGNATURE_INVALID -> "The message's signature does not verify.";
            case BODY_ALTERED -> "The message's Body does not match what was signed.";
            case BODY_NOT_SIGNED -> "The signature does not cover the SOAP Body.";
            case TIMESTAMP_MISSING -> "The message has no WS-Security Timestamp.";
            case TIMESTAMP_NOT_SIGNED -> "The signature does not cover the WS-Security Timestamp.";
            case WRONG_RECIPIENT ->
                "The message is addressed to " + e.recipientInstitution() + ", not to this registry.";
            case SENDER_NOT_CALLER ->
                "The message names sender " + e.senderInstitution() + " but the caller acts for another organisation.";
            case NO_AGREEMENT -> "The registry has no agreement " + e.agreementId() + ".";
            case AGREEMENT_NOT_IN_FORCE -> "Agreement " + e.agreementId() + " is not in force.";
            case AGREEMENT_SUSPENDED -> "Agreement " + e.agreementId() + " is suspended.";
            case AGREEMENT_TERMINATED -> "Agreement " + e.agreementId() + " is terminated.";
            case AGREEMENT_OUTSIDE_VALIDITY -> "Agreement " + e.agreementId() + " is not valid today.";
            case UNKNOWN_SENDER -> e.senderInstitution() + " is not a party to agreement " + e.agreementId() + ".";
            case CERTIFICATE_NOT_REGISTERED ->
                "The signing certificate is not registered for " + e.senderInstitution() + " under agreement "
                        + e.agreementId() + ".";
            case CERTIFICATE_REVOKED -> "The signing certificate was revoked.";
            case CERTIFICATE_EXPIRED -> "The signing certificate has expired.";
            case CERTIFICATE_NOT_YET_VALID -> "The signing certificate is not valid yet.";
            case OUT_OF_SCOPE ->
                "Agreement " + e.agreementId() + " does not allow " + e.messageType() + " for purpose " + e.purpose()
                        + " with categories " + e.dataCategories() + " inbound.";
            case TIMESTAMP_OUT_OF_RANGE -> "The message's timestamps are outside the allowed clock skew.";
            case REQUEST_NOT_AWAITING_ANSWER ->
                "The registry awaits no answer from " + e.senderInstitution() + " to request " + e.correlationId()
                        + ".";
            case MESSAGE_REPLAYED ->
                "Message " + e.messageId()
                        + " was received before with other content; a new message needs a new messageId.";
            default -> code.code();
        };
    }

    private static MessageLogEntry.Content entry(
            InboundMessage m,
            Integer version,
            WsSecurity.Verification v,
            String fingerprint,
            String bodyHash,
            String callerOrganisation,
            String decision,
            String reason) {
        InboundEnvelope e = m.envelope();
        XRoadHeader x = m.xroad();
        return new MessageLogEntry.Content(
                Direction.INBOUND.name(),
                cut(e.messageId(), 64),
                cut(e.correlationId(), 64),
                cut(e.agreementId(), 36),
                version,
                cut(e.senderInstitution(), 40),
                cut(e.recipientInstitution(), 40),
                cut(e.messageType(), MessageType.LENGTH),
                e.timestamp(),
                cut(callerOrganisation, 200),
                cut(v.signatureValue(), 1024),
                fingerprint,
                bodyHash,
                decision,
                reason,
                cut(x.client(), 300),
                cut(x.service(), 300),
                cut(x.id(), 200),
                cut(x.userId(), 200),
                cut(x.issue(), 200),
                cut(x.protocolVersion(), 16),
                cut(x.representedParty(), 300),
                m.soap() != null ? PartnerSender.SOAP : PartnerSender.REST);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
