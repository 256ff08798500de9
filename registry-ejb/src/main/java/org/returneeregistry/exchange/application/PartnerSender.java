package org.returneeregistry.exchange.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.returneeregistry.exchange.jws.DetachedJws;
import org.returneeregistry.exchange.wss.WsSecurity;
import org.returneeregistry.shared.domain.Sha256;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sends one partner exchange message over the transport of the endpoint the partner institution declared on the
 * agreement (only where the {@link DestinationCheck} allows). Over SOAP it signs the queued message with the
 * registry's key (WS-Security, X.509 token, Body and Timestamp signed — a fresh Timestamp on every attempt, the same
 * Body); over the REST twin it sends the same message as the twin's JSON ({@link JsonTwin}: the same bytes on every
 * attempt) with a detached JWS over those bytes, made anew for each attempt (ADR 0034). Either way it
 * <strong>verifies the partner's receipt</strong>: signed (over Body and Timestamp, or a detached JWS over the JSON
 * receipt) by a certificate registered for the partner under the message's agreement and valid now, naming this
 * message's id. Anything less is a failed attempt ({@link Failure#BAD_ANSWER}), retried with the outbox's back-off
 * and then a dead letter: a message the partner cannot be shown to have received is not delivered.
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
    static final String SOAP = "SOAP";
    static final String REST = "REST";

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
        boolean rest = REST.equals(message.partnerTransport());
        String transport = rest ? REST : SOAP;
        Document soap;
        byte[] bytes;
        String jws = null;
        String signatureValue;
        String bodyHash;
        try {
            soap = WsSecurity.parse(message.payload().getBytes(StandardCharsets.UTF_8));
            if (rest) {
                bytes = JsonTwin.of(message.payload());
                jws = signingKey.signDetached(bytes, clock.instant());
                signatureValue = jws.substring(jws.lastIndexOf('.') + 1);
                bodyHash = DetachedJws.bodyHash(bytes);
            } else {
                signingKey.sign(soap);
                bytes = serialise(soap);
                signatureValue = signatureValue(soap);
                bodyHash = WsSecurity.bodyHash(WsSecurity.body(soap));
            }
        } catch (RuntimeException e) {
            return DeliveryOutcome.failed(Failure.REJECTED_FOR_NOW, "cannot sign: " + e.getMessage());
        }
        String correlationId = correlationId(soap);
        String ownFingerprint = fingerprint(signingKey.certificate());
        Answer answer = post(message, bytes, jws, deadline);
        Receipt receipt = answer.outcome() != null
                ? null
                : rest ? verifyJsonReceipt(message, answer) : verifyReceipt(message, answer.body());
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
                sentReason,
                transport));
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
                    receipt.reason(),
                    transport));
        }
        return outcome;
    }

    /** What came back: an outcome already decided (no usable answer), or the body and its detached signature. */
    private record Answer(DeliveryOutcome outcome, byte[] body, String signature) {

        static Answer decided(DeliveryOutcome outcome) {
            return new Answer(outcome, null, null);
        }
    }

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

    /**
     * Posts the signed message: SOAP 1.1 ({@code jws} null), or the REST twin's JSON with its detached JWS in
     * {@code X-JWS-Signature}. A partner's refusal of a twin message (a problem answer, 4xx) counts as a SOAP fault
     * does: a failed attempt, retried — the partner may take it later (an agreement suspended on its side).
     */
    private Answer post(Claimed message, byte[] bytes, String jws, AttemptDeadline deadline) {
        HttpURLConnection http = null;
        try {
            URI uri = URI.create(message.partnerUrl());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return Answer.decided(DeliveryOutcome.failed(Failure.DESTINATION_REFUSED, "not http(s)"));
            }
            Optional<DeliveryOutcome> refused =
                    DestinationCheck.refusal(settings.destinations(), uri.getHost(), scheme.equals("https"));
            if (refused.isPresent()) {
                return Answer.decided(refused.get());
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
            if (jws == null) {
                http.setRequestProperty("Content-Type", "text/xml; charset=utf-8");
                http.setRequestProperty("SOAPAction", "\"\"");
            } else {
                http.setRequestProperty("Content-Type", "application/json; charset=utf-8");
                http.setRequestProperty("Accept", "application/json");
                http.setRequestProperty(DetachedJws.HEADER, jws);
            }
            http.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = http.getOutputStream()) {
                out.write(bytes);
            }
            int status = http.getResponseCode();
            byte[] body = read(status >= 400 ? http.getErrorStream() : http.getInputStream(), deadline);
            if (deadline.expired()) {
                return Answer.decided(DeliveryOutcome.failed(Failure.NO_ANSWER, "the attempt reached its deadline"));
            }
            if (status != 200) {
                String type = http.getContentType() == null ? "" : http.getContentType();
                if (jws != null && status >= 400 && status < 500 && type.startsWith("application/problem+json")) {
                    return Answer.decided(
                            DeliveryOutcome.failed(Failure.REJECTED_FOR_NOW, "HTTP " + status + ": refused"));
                }
                return Answer.decided(DeliveryOutcome.ofHttpStatus(status));
            }
            if (body == null) {
                return Answer.decided(DeliveryOutcome.failed(
                        Failure.BAD_ANSWER, "an answer of more than " + MAX_ANSWER_BYTES + " bytes"));
            }
            return new Answer(null, body, http.getHeaderField(DetachedJws.HEADER));
        } catch (IOException | IllegalArgumentException e) {
            return Answer.decided(DeliveryOutcome.failed(
                    Failure.NO_ANSWER,
                    (deadline.expired() ? "deadline reached: " : "")
                            + e.getClass().getSimpleName()));
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
        Element receipt = first(body, "receipt");
        return checked(
                message,
                WsSecurity.verify(soap),
                WsSecurity.bodyHash(body),
                receipt == null
                        ? null
                        : new ReceiptFields(
                                text(receipt, "receiptId"),
                                text(receipt, "messageId"),
                                text(receipt, "senderInstitution"),
                                text(receipt, "outcome")));
    }

    /**
     * The REST twin's receipt ({@code PartnerReceipt} JSON) and its detached JWS over the answer's bytes, checked
     * exactly as a SOAP receipt is: signature, signer registered for the partner under the agreement, this message's
     * receipt, accepted.
     */
    private Receipt verifyJsonReceipt(Claimed message, Answer answer) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return Receipt.refused("RECEIPT_UNREADABLE", "not a JSON object");
        }
        return checked(
                message,
                DetachedJws.verify(answer.body(), answer.signature()),
                DetachedJws.bodyHash(answer.body()),
                json.containsKey("receiptId")
                        ? new ReceiptFields(
                                string(json, "receiptId"),
                                string(json, "messageId"),
                                string(json, "senderInstitution"),
                                string(json, "outcome"))
                        : null);
    }

    /** What a receipt says, whichever transport carried it; null when the answer held none. */
    private record ReceiptFields(String receiptId, String messageId, String senderInstitution, String outcome) {}

    private Receipt checked(
            Claimed message, WsSecurity.Verification verification, String bodyHash, ReceiptFields receipt) {
        String fingerprint = verification.signer() == null ? null : fingerprint(verification.signer());
        String receiptId = receipt == null ? null : receipt.receiptId();
        String reason;
        if (verification.check() != SignatureCheck.VALID) {
            reason = "RECEIPT_SIGNATURE_" + verification.check().name();
        } else if (agreements.validCertificates(message.agreementId(), message.recipient()).stream()
                .noneMatch(c -> c.sha256Fingerprint().equalsIgnoreCase(String.valueOf(fingerprint)))) {
            reason = "RECEIPT_SIGNER_NOT_REGISTERED";
        } else if (receipt == null) {
            reason = "RECEIPT_MISSING";
        } else if (!message.id().equals(receipt.messageId()) || !operatorCode.equals(receipt.senderInstitution())) {
            reason = "RECEIPT_NOT_FOR_MESSAGE";
        } else if (!"ACCEPTED".equals(receipt.outcome()) && !"ALREADY_RECEIVED".equals(receipt.outcome())) {
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

    private static String string(JsonObject json, String name) {
        return json.get(name) instanceof JsonString s ? s.getString().strip() : null;
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
            String reason,
            String transport) {
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
                null,
                transport);
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
