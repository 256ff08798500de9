package org.returneeregistry.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A partner institution's receiving side for the registry's outbound messages, on 127.0.0.1, built on Apache WSS4J
 * and Nimbus JOSE through {@link PartnerPeer} (not on the registry's code): it verifies each message's signature
 * against the registry's exchange certificate and answers the receipt — signed with the peer's key, or, for the
 * failure tests, unsigned or signed with a key the agreement does not register. It takes SOAP at {@link #url()} and
 * the REST twin's JSON with its detached JWS at {@link #restUrl()}, answering the JSON receipt with its own.
 */
public final class PartnerReceiver implements AutoCloseable {

    static final String EXCHANGE = "https://schemas.returneeregistry.org/exchange/v1";

    /** How the receipt is answered. */
    public enum Receipts {
        SIGNED,
        UNSIGNED,
        SIGNED_BY_ANOTHER_KEY
    }

    /**
     * One message as it arrived: the SOAP text (the JSON over REST), whether its signature verified, the operation
     * (the envelope's message type over REST), its envelope's fields, and the transport.
     */
    public record Received(
            String soap, boolean signatureValid, String operation, String messageId, String sender, String transport) {

        Received(String soap, boolean signatureValid, String operation, String messageId, String sender) {
            this(soap, signatureValid, operation, messageId, sender, "SOAP");
        }
    }

    private final HttpServer server;
    private final PartnerPeer peer;
    private final PartnerPeer stranger;
    private final String institution;
    private volatile Receipts receipts;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private PartnerReceiver(HttpServer server, PartnerPeer peer, String institution, Receipts receipts) {
        this.server = server;
        this.peer = peer;
        this.stranger = receipts == Receipts.SIGNED_BY_ANOTHER_KEY ? PartnerPeer.withNewKey("EC", null, 30) : null;
        this.institution = institution;
        this.receipts = receipts;
    }

    /** A receiver for {@code institution} that signs its receipts with {@code peer}'s key, as {@code receipts} says. */
    public static PartnerReceiver start(PartnerPeer peer, String institution, Receipts receipts) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        PartnerReceiver receiver = new PartnerReceiver(server, peer, institution, receipts);
        server.createContext("/partner-exchange", exchange -> {
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readNBytes(1_000_000);
            }
            byte[] answer;
            int status = 200;
            try {
                answer = receiver.answer(new String(request, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            } catch (Exception e) {
                status = 500;
                answer = ("<error>" + e + "</error>").getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.createContext("/partner-exchange-rest", exchange -> {
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readNBytes(1_000_000);
            }
            byte[] answer;
            int status = 200;
            String signature = null;
            try {
                answer = receiver.answerJson(
                        request, exchange.getRequestHeaders().getFirst("X-JWS-Signature"));
                signature = receiver.receiptSignature(answer);
            } catch (Exception e) {
                status = 500;
                answer = ("{\"error\":\"" + e.getClass().getSimpleName() + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (signature != null) {
                exchange.getResponseHeaders().add("X-JWS-Signature", signature);
            }
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return receiver;
    }

    /** Where the REST twin is taken. */
    public String restUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/partner-exchange-rest";
    }

    private byte[] answerJson(byte[] body, String signature) {
        boolean valid =
                signature != null && PartnerPeer.verifiesDetached(body, signature, PartnerPeer.registryCertificate());
        jakarta.json.JsonObject message;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(body))) {
            message = reader.readObject();
        }
        jakarta.json.JsonObject envelope = message.getJsonObject("envelope");
        received.add(new Received(
                new String(body, StandardCharsets.UTF_8),
                valid,
                envelope.getString("messageType"),
                envelope.getString("messageId"),
                envelope.getString("senderInstitution"),
                "REST"));
        return jakarta.json.Json.createObjectBuilder()
                .add("receiptId", UUID.randomUUID().toString())
                .add("messageId", envelope.getString("messageId"))
                .add("senderInstitution", envelope.getString("senderInstitution"))
                .add("recipientInstitution", institution)
                .add("agreementId", envelope.getString("agreementId"))
                .add("agreementVersion", 1)
                .add("receivedAt", Instant.now().toString())
                .add("outcome", "ACCEPTED")
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private String receiptSignature(byte[] receipt) {
        return switch (receipts) {
            case SIGNED -> peer.signDetached(receipt);
            case UNSIGNED -> null;
            case SIGNED_BY_ANOTHER_KEY -> stranger.signDetached(receipt);
        };
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/partner-exchange";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void answerWith(Receipts receipts) {
        this.receipts = receipts;
    }

    private String answer(String soap) throws Exception {
        boolean valid;
        try {
            PartnerPeer.verifiedSigner(soap, PartnerPeer.registryCertificate());
            valid = true;
        } catch (Exception | AssertionError e) {
            valid = false;
        }
        Document message = PartnerPeer.parse(soap);
        Element body = (Element) message.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Body")
                .item(0);
        Element operation = firstElement(body);
        String messageId = text(message, "messageId");
        received.add(
                new Received(soap, valid, operation.getLocalName(), messageId, text(message, "senderInstitution")));
        String receipt = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:x=\"" + EXCHANGE
                + "\"><S:Header/><S:Body><x:" + operation.getLocalName() + "Response><x:receipt>"
                + "<x:receiptId>" + UUID.randomUUID() + "</x:receiptId>"
                + "<x:messageId>" + messageId + "</x:messageId>"
                + "<x:senderInstitution>" + text(message, "senderInstitution") + "</x:senderInstitution>"
                + "<x:recipientInstitution>" + institution + "</x:recipientInstitution>"
                + "<x:agreementId>" + text(message, "agreementId") + "</x:agreementId>"
                + "<x:agreementVersion>1</x:agreementVersion>"
                + "<x:receivedAt>" + Instant.now() + "</x:receivedAt>"
                + "<x:outcome>ACCEPTED</x:outcome>"
                + "</x:receipt></x:" + operation.getLocalName() + "Response></S:Body></S:Envelope>";
        return switch (receipts) {
            case SIGNED -> peer.sign(receipt, PartnerPeer.Signing.BODY_AND_TIMESTAMP);
            case UNSIGNED -> receipt;
            case SIGNED_BY_ANOTHER_KEY -> stranger.sign(receipt, PartnerPeer.Signing.BODY_AND_TIMESTAMP);
        };
    }

    private static Element firstElement(Element parent) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new IllegalArgumentException("an empty Body");
    }

    private static String text(Document message, String localName) {
        var found = message.getElementsByTagNameNS(EXCHANGE, localName);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
