package org.returneeregistry.exchange.hl7;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.llp.MinLLPReader;
import ca.uhn.hl7v2.llp.MinLLPWriter;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.exchange.application.AttemptDeadline;
import org.returneeregistry.exchange.domain.DeliveryOutcome;

/**
 * MLLP over TLS against a ministry listener on 127.0.0.1 that speaks TLS with a certificate made for the
 * test: delivered when a trusted certificate names the host connected to, refused in the handshake — before
 * a byte of the message leaves — when it names another host or nobody trusts it. The client trusts only the
 * test's CA, through the sending context's own TLS factory, so no JVM-wide trust store is touched.
 *
 * <p>The attempt is {@link MllpSender#deliver}, what {@link MllpSender#send} does once the destination
 * policy has let a host through: the policy itself refuses loopback to anything but an allowed-insecure
 * (and then plain) host, and {@code DestinationPolicyTest} covers that.
 */
class MllpSenderTlsTest {

    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final String CONTROL_ID = "9b1f7c2a-5d3e-4f60-8a71-fedcba987654";
    private static final AdtMessages.Addressing TO_MOHP = new AdtMessages.Addressing("NPL-DOFE", "HMIS", "NPL-MOHP");
    private static final int WAIT_SECONDS = 20;

    @TempDir
    static Path keys;

    /** The ministry's CA, the only certificate the registry's trust store holds. */
    private static Certificate ministryCa;
    /** Issued by the CA for localhost and 127.0.0.1. */
    private static KeyStore namingTheHost;
    /** Issued by the CA for another host. */
    private static KeyStore namingAnotherHost;
    /** For localhost and 127.0.0.1, signed by itself: nobody trusts it. */
    private static KeyStore selfSigned;

    private final ExecutorService peerThread = Executors.newSingleThreadExecutor();
    private ExecutorService hapiThreads;
    private HapiContext context;
    private ServerSocket listener;

    @BeforeAll
    static void certificates() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-keystore", "ca.p12", "-dname", "CN=Test Ministry CA", "-ext", "bc:c");
        KeyStore ca = load("ca.p12");
        ministryCa = ca.getCertificate("ca");
        namingTheHost = issued("localhost", "SAN=dns:localhost,ip:127.0.0.1");
        namingAnotherHost = issued("hmis.example.org", "SAN=dns:hmis.example.org");
        keytool(
                "-genkeypair",
                "-alias",
                "peer",
                "-keystore",
                "self.p12",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1");
        selfSigned = load("self.p12");
    }

    @BeforeEach
    void registryTrustingTheMinistryCa() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ministry-ca", ministryCa);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trustManagers.getTrustManagers(), null);
        hapiThreads = Executors.newCachedThreadPool();
        context = MllpSender.newContext(hapiThreads, 5_000, tls.getSocketFactory());
    }

    @AfterEach
    void close() throws IOException {
        if (listener != null) {
            listener.close();
        }
        peerThread.shutdownNow();
        context.close();
        hapiThreads.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void aTrustedCertificateNamingTheHostCarriesTheMessageAndItsAcknowledgement(String host) throws Exception {
        Future<Seen> peer = tlsPeer(namingTheHost);

        DeliveryOutcome outcome = deliver(host, true);

        assertTrue(outcome.delivered(), outcome::detail);
        assertEquals("AA", outcome.ackCode());
        Seen seen = peer.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNull(seen.refusal());
        assertEquals(CONTROL_ID, new Terser(seen.message()).get("/MSH-10"));
        assertTrue(seen.protocol().startsWith("TLSv1."), seen.protocol());
    }

    @ParameterizedTest
    @CsvSource({
        "localhost, No subject alternative DNS name matching localhost found",
        "127.0.0.1, No subject alternative names matching IP address 127.0.0.1 found"
    })
    void aCertificateForAnotherHostEndsTheHandshakeAndNothingIsDelivered(String host, String reason) throws Exception {
        Future<Seen> peer = tlsPeer(namingAnotherHost);

        DeliveryOutcome outcome = deliver(host, true);

        assertRefusedInTheHandshake(outcome, reason, peer.get(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void anUntrustedCertificateEndsTheHandshakeAndNothingIsDelivered(String host) throws Exception {
        Future<Seen> peer = tlsPeer(selfSigned);

        DeliveryOutcome outcome = deliver(host, true);

        assertRefusedInTheHandshake(
                outcome,
                "unable to find valid certification path to requested target",
                peer.get(WAIT_SECONDS, TimeUnit.SECONDS));
    }

    /** What a listener that does not speak TLS receives first: a TLS ClientHello, not an MLLP frame. */
    @Test
    void theWireCarriesATlsHandshakeNotTheMessage() throws Exception {
        Future<byte[]> firstBytes = plainPeer();

        DeliveryOutcome outcome = deliver("localhost", true);

        byte[] head = firstBytes.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(0x16, head[0], "TLS record type: handshake");
        assertEquals(0x03, head[1], "TLS record version, major");
        assertEquals(0x01, head[5], "handshake type: ClientHello");
        assertFalse(new String(head, StandardCharsets.ISO_8859_1).contains("MSH"));
        assertFalse(outcome.delivered());
    }

    /** The same listener tells a plain attempt apart: it reads the MLLP start block and the header. */
    @Test
    void withoutTlsTheSameListenerReadsTheMessage() throws Exception {
        Future<byte[]> firstBytes = plainPeer();

        DeliveryOutcome outcome = MllpSender.deliver(
                context,
                "localhost",
                listener.getLocalPort(),
                false,
                message(),
                new AttemptDeadline(Duration.ofSeconds(WAIT_SECONDS)),
                Duration.ofMillis(500));

        assertArrayEquals(
                "\u000bMSH|^".getBytes(StandardCharsets.ISO_8859_1), firstBytes.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(outcome.delivered(), "the listener never answers");
    }

    private static void assertRefusedInTheHandshake(DeliveryOutcome outcome, String reason, Seen seen) {
        assertFalse(outcome.delivered());
        assertEquals(DeliveryOutcome.Failure.NO_ANSWER, outcome.failure());
        assertTrue(outcome.detail().contains(reason), outcome.detail());
        assertNull(outcome.ackCode());
        assertInstanceOf(IOException.class, seen.refusal(), "the listener's handshake fails");
        assertNull(seen.message(), "no message reaches the ministry's application");
    }

    private DeliveryOutcome deliver(String host, boolean tls) {
        return MllpSender.deliver(
                context,
                host,
                listener.getLocalPort(),
                tls,
                message(),
                new AttemptDeadline(Duration.ofSeconds(WAIT_SECONDS)),
                Duration.ofSeconds(10));
    }

    private static String message() {
        return AdtMessages.build(
                AdtMessagesTest.person(), CONTROL_ID, false, Instant.parse("2026-03-10T08:15:30Z"), TO_MOHP);
    }

    /** What the ministry's listener saw of one connection: the message its application got, or the refusal. */
    private record Seen(Message message, String protocol, Exception refusal) {}

    /** A ministry's MLLP listener over TLS that takes one connection, reads one message and accepts it (AA). */
    private Future<Seen> tlsPeer(KeyStore key) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(key, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket)
                tls.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        return listen(server, () -> {
            try (SSLSocket socket = (SSLSocket) server.accept()) {
                socket.setSoTimeout(WAIT_SECONDS * 1000);
                try {
                    socket.startHandshake();
                } catch (IOException refused) {
                    // the registry's alert (SSLException), or, when the registry has already closed the
                    // connection while this side still writes its handshake, a broken pipe
                    return new Seen(null, null, refused);
                }
                Message received = AdtMessages.parser().parse(new MinLLPReader(socket.getInputStream()).getMessage());
                new MinLLPWriter(socket.getOutputStream())
                        .writeMessage(received.generateACK().encode());
                return new Seen(received, socket.getSession().getProtocol(), null);
            }
        });
    }

    /** A listener without TLS that takes one connection and keeps the first six bytes it receives. */
    private Future<byte[]> plainPeer() throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        return listen(server, () -> {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(WAIT_SECONDS * 1000);
                return socket.getInputStream().readNBytes(6);
            }
        });
    }

    private <T> Future<T> listen(ServerSocket server, Callable<T> oneConnection) throws IOException {
        listener = server;
        listener.setSoTimeout(WAIT_SECONDS * 1000);
        return peerThread.submit(oneConnection);
    }

    /** A key pair for {@code name} with the certificate the CA issues for it, chain included. */
    private static KeyStore issued(String name, String subjectAlternativeNames) throws Exception {
        String file = name + ".p12";
        keytool("-genkeypair", "-alias", "peer", "-keystore", file, "-dname", "CN=" + name);
        keytool("-certreq", "-alias", "peer", "-keystore", file, "-file", name + ".csr");
        keytool(
                "-gencert",
                "-alias",
                "ca",
                "-keystore",
                "ca.p12",
                "-infile",
                name + ".csr",
                "-outfile",
                name + ".crt",
                "-rfc",
                "-ext",
                subjectAlternativeNames,
                "-ext",
                "ExtendedKeyUsage=serverAuth");
        Certificate certificate;
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(keys.resolve(name + ".crt")))) {
            certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("peer", (PrivateKey) load(file).getKey("peer", PASSWORD), PASSWORD, new Certificate[] {
            certificate, ministryCa
        });
        return store;
    }

    private static KeyStore load(String file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.resolve(file))) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    /** The JDK's keytool (a short-lived JVM, so no optimising compiler), EC P-256 keys valid for a day. */
    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-XX:TieredStopAtLevel=1",
                "-J-XX:+UseSerialGC",
                "-noprompt",
                "-storetype",
                "PKCS12",
                "-storepass",
                new String(PASSWORD)));
        command.addAll(List.of(arguments));
        if (List.of(arguments).contains("-genkeypair")) {
            command.addAll(List.of(
                    "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "1", "-keypass", new String(PASSWORD)));
        }
        Process process = new ProcessBuilder(command)
                .directory(keys.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool finishes");
        assertEquals(0, process.exitValue(), () -> String.join(" ", arguments) + ": " + output);
    }
}
