package org.returneeregistry.exchange.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.agreement.application.AgreementRegistry;
import org.returneeregistry.agreement.domain.Direction;
import org.returneeregistry.exchange.application.OutboxDelivery.Claimed;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.exchange.domain.DeliveryOutcome.Failure;
import org.returneeregistry.exchange.domain.MessageLogEntry;
import org.returneeregistry.exchange.domain.SignatureCheck;
import org.returneeregistry.exchange.wss.WsSecurity;
import org.returneeregistry.shared.domain.Sha256;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sends one partner exchange message: signs the queued SOAP message with the registry's key (WS-Security, X.509
 * token, Body and Timestamp signed — a fresh Timestamp on every attempt, the same Body), posts it to the partner
 * institution's SOAP endpoint registered on the agreement (only where the {@link DestinationCheck} allows), and
 * <strong>verifies the partner's receipt</strong>: signed over Body and Timestamp, by a certificate registered for
 * the partner under the message's agreement and valid now, naming this message's id. Anything less is a failed
 * attempt ({@link Failure#BAD_ANSWER}), retried with the outbox's back-off and then a dead letter: a message the
 * partner cannot be shown to have received is not delivered.
 *
 * <p>The message sent and the receipt (or its absence) go into the message log, direction {@code OUTBOUND}: the
 * signature values, signers' certificate fingerprints and Body hashes, never the content.
 */
@ApplicationScoped
public class PartnerSender {

    /** The most of a partner's answer read; a receipt is a few kilobytes. */
    static final int MAX_ANSWER_BYTES = 256 * 1024;

    static final String EXCHANGE_NS = "https://schemas.returneeregistry.org/exchange/v1";
    static final String RECEIPT = "RECEIPT";

    @Inject
    private OutboxSettings settings;

    @EJB
    private ExchangeSigningKey signingKey;

    @EJB
    private AgreementRegistry agreements;

    @EJB
    private MessageLog log;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    public DeliveryOutcome send(Claimed message, AttemptDeadline deadline) {
        Document soap;
        byte[] bytes;
        try {
            soap = WsSecurity.parse(message.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            signingKey.sign(soap);
            bytes = serialise(soap);
        } catch (RuntimeException e) {
            return DeliveryOutcome.failed(Failure.REJECTED_FOR_NOW, "cannot sign: " + e.getMessage());
        }
        String signatureValue = signatureValue(soap);
        String bodyHash = WsSecurity.bodyHash(WsSecurity.body(soap));
        String correlationId = correlationId(soap);
        String ownFingerprint = fingerprint(signingKey.certificate());
        Answer answer = post(message, bytes, deadline);
        Receipt receipt = answer.outcome() == null ? verifyReceipt(message, answer.body()) : null;
        DeliveryOutcome outcome = answer.outcome() != null ? answer.outcome() : receipt.outcome();
        String sentReason = outcome.delivered()
                ? "RECEIPT_VERIFIED"
                : receipt != null ? receipt.reason() : outcome.failure().name();
        log.appendAlone(entry(
                message,
                message.id(),
                correlationId,
                operatorCode,
                message.recipient(),
                message.kind(),
                signatureValue,
                ownFingerprint,
                bodyHash,
                "SENT",
                sentReason));
        if (receipt != null && receipt.logged()) {
            log.appendAlone(entry(
                    message,
                    receipt.receiptId() == null ? message.id() : receipt.receiptId(),
                    message.id(),
                    message.recipient(),
                    operatorCode,
                    RECEIPT,
                    receipt.signatureValue(),
                    receipt.fingerprint(),
                    receipt.bodyHash(),
                    outcome.delivered() ? "ACCEPTED" : "REFUSED",
                    receipt.reason()));
        }
        return outcome;
    }

    private record Answer(DeliveryOutcome outcome, byte[] body) {}

    /**
     * What the partner's answer came to. {@code logged}: whether there was a SOAP answer to record as a receipt.
     */
    private record Receipt(
            DeliveryOutcome outcome,
            String reason,
            boolean logged,
            String receiptId,
            String signatureValue,
            String fingerprint,
            String bodyHash) {

        static Receipt refused(String reason, String detail) {
            return new Receipt(
                    DeliveryOutcome.failed(Failure.BAD_ANSWER, reason + ": " + detail),
                    reason,
                    false,
                    null,
                    null,
                    null,
                    null);
        }
    }

    private Answer post(Claimed message, byte[] bytes, AttemptDeadline deadline) {
        HttpURLConnection http = null;
        try {
            URI uri = URI.create(message.partnerUrl());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return new Answer(DeliveryOutcome.failed(Failure.DESTINATION_REFUSED, "not http(s)"), null);
            }
            Optional<DeliveryOutcome> refused =
                    DestinationCheck.refusal(settings.destinations(), uri.getHost(), scheme.equals("https"));
            if (refused.isPresent()) {
                return new Answer(refused.get(), null);
            }
            http = (HttpURLConnection) uri.toURL().openConnection();
            HttpURLConnection open = http;
            deadline.onExpiry(open::disconnect);
            http.setConnectTimeout(deadline.timeoutMillis(settings.connectTimeout()));
            http.setReadTimeout(deadline.timeoutMillis(settings.readTimeout()));
            http.setInstanceFollowRedirects(false);
            http.setUseCaches(false);
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "text/xml; charset=utf-8");
            http.setRequestProperty("SOAPAction", "\"\"");
            http.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = http.getOutputStream()) {
                out.write(bytes);
            }
            int status = http.getResponseCode();
            byte[] body = read(status >= 400 ? http.getErrorStream() : http.getInputStream(), deadline);
            if (deadline.expired()) {
                return new Answer(DeliveryOutcome.failed(Failure.NO_ANSWER, "the attempt reached its deadline"), null);
            }
            if (status != 200) {
                return new Answer(DeliveryOutcome.ofHttpStatus(status), null);
            }
            if (body == null) {
                return new Answer(
                        DeliveryOutcome.failed(
                                Failure.BAD_ANSWER, "an answer of more than " + MAX_ANSWER_BYTES + " bytes"),
                        null);
            }
            return new Answer(null, body);
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(
                    DeliveryOutcome.failed(
                            Failure.NO_ANSWER,
                            (deadline.expired() ? "deadline reached: " : "")
                                    + e.getClass().getSimpleName()),
                    null);
        } finally {
            if (http != null) {
                http.disconnect();
            }
        }
    }

    /** The partner's signed receipt for this message, checked; any shortfall is a failed attempt. */
    private Receipt verifyReceipt(Claimed message, byte[] answer) {
        Document soap;
        try {
            soap = WsSecurity.parse(answer);
        } catch (IllegalArgumentException e) {
            return Receipt.refused("RECEIPT_UNREADABLE", e.getMessage());
        }
        Element body = WsSecurity.body(soap);
        if (body == null) {
            return Receipt.refused("RECEIPT_UNREADABLE", "not a SOAP 1.1 envelope");
        }
        String bodyHash = WsSecurity.bodyHash(body);
        WsSecurity.Verification verification = WsSecurity.verify(soap);
        String fingerprint = verification.signer() == null ? null : fingerprint(verification.signer());
        Element receipt = first(body, "receipt");
        String receiptId = receipt == null ? null : text(receipt, "receiptId");
        String reason;
        if (verification.check() != SignatureCheck.VALID) {
            reason = "RECEIPT_SIGNATURE_" + verification.check().name();
        } else if (agreements.validCertificates(message.agreementId(), message.recipient()).stream()
                .noneMatch(c -> c.sha256Fingerprint().equalsIgnoreCase(String.valueOf(fingerprint)))) {
            reason = "RECEIPT_SIGNER_NOT_REGISTERED";
        } else if (receipt == null) {
            reason = "RECEIPT_MISSING";
        } else if (!message.id().equals(text(receipt, "messageId"))
                || !operatorCode.equals(text(receipt, "senderInstitution"))) {
            reason = "RECEIPT_NOT_FOR_MESSAGE";
        } else if (!"ACCEPTED".equals(text(receipt, "outcome"))
                && !"ALREADY_RECEIVED".equals(text(receipt, "outcome"))) {
            reason = "RECEIPT_NOT_ACCEPTED";
        } else {
            reason = "RECEIPT_VERIFIED";
        }
        DeliveryOutcome outcome = "RECEIPT_VERIFIED".equals(reason)
                ? DeliveryOutcome.accepted()
                : DeliveryOutcome.failed(Failure.BAD_ANSWER, reason + ": " + verification.detail());
        return new Receipt(
                outcome,
                reason,
                true,
                receiptId == null || receiptId.length() > 64 ? null : receiptId,
                verification.signatureValue(),
                fingerprint,
                bodyHash);
    }

    private MessageLogEntry.Content entry(
            Claimed message,
            String messageId,
            String correlationId,
            String sender,
            String recipient,
            String messageType,
            String signatureValue,
            String fingerprint,
            String bodyHash,
            String decision,
            String reason) {
        return new MessageLogEntry.Content(
                Direction.OUTBOUND.name(),
                messageId,
                correlationId,
                message.agreementId(),
                agreements.route(message.agreementId(), message.recipient()).version(),
                sender,
                recipient,
                messageType,
                clock.instant(),
                operatorCode,
                signatureValue == null || signatureValue.length() <= 1024
                        ? signatureValue
                        : signatureValue.substring(0, 1024),
                fingerprint,
                bodyHash,
                decision,
                reason,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The envelope's correlationId (the message an answer answers), as the message log records it; else null. */
    private static String correlationId(Document soap) {
        Element envelope = first(soap.getDocumentElement(), "envelope");
        String id = envelope == null ? null : text(envelope, "correlationId");
        return id == null || id.isBlank() || id.length() > 64 ? null : id.strip();
    }

    private static Element first(Element parent, String localName) {
        var found = parent.getElementsByTagNameNS(EXCHANGE_NS, localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static String text(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && EXCHANGE_NS.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static String signatureValue(Document soap) {
        var values = soap.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "SignatureValue");
        return values.getLength() == 0 ? null : values.item(0).getTextContent().replaceAll("\\s", "");
    }

    private static String fingerprint(java.security.cert.X509Certificate certificate) {
        try {
            return Sha256.hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            return null;
        }
    }

    static byte[] serialise(Document soap) {
        try {
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(soap), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the signed message cannot be written", e);
        }
    }

    /** The answer, or null when it is longer than {@link #MAX_ANSWER_BYTES}. */
    private static byte[] read(InputStream in, AttemptDeadline deadline) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; !deadline.expired() && (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_ANSWER_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        }
    }
}
