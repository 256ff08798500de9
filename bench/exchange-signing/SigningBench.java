import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.returneeregistry.exchange.domain.SignatureCheck;
import org.returneeregistry.exchange.jws.DetachedJws;
import org.returneeregistry.exchange.wss.WsSecurity;
import org.w3c.dom.Document;

/**
 * The cost of signing and of verifying one partner exchange message with the registry's own code (WSS4J over the
 * JDK's XML signature provider, as the deployed EAR does it): a return notice of about 2.5 KB, signed over Body and
 * Timestamp, serialised, parsed again and verified; and the same notice as the REST twin's JSON, signed with a detached
 * JWS over its bytes and verified ({@code DetachedJws}). RSA-2048 and EC P-256 keys made with keytool. Single thread, in
 * process, no HTTP. Run from the repository root after a build (see bench/README.md, "Exchange signing"):
 *
 *   java -cp "registry-ejb/target/classes:$(cat registry-ejb/target/bench.classpath)" \
 *       bench/exchange-signing/SigningBench.java [messages]
 */
public class SigningBench {

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = Files.createTempDirectory("signing-bench");
        String message = new String(
                Files.readAllBytes(Path.of("bench/exchange-signing/return-notice.xml")), StandardCharsets.UTF_8);
        byte[] json = Files.readAllBytes(Path.of("bench/exchange-signing/return-notice.json"));
        System.out.printf("messages per key: %d (+%d warm-up), body %d bytes (JSON %d), %s%n", messages,
                messages / 2, message.length(), json.length, System.getProperty("java.vm.version"));
        for (String algorithm : List.of("RSA", "EC")) {
            KeyStore keys = keyStore(dir, algorithm);
            run(keys, message, messages / 2, null);
            long[][] nanos = new long[2][messages];
            run(keys, message, messages, nanos);
            System.out.printf("%-3s sign   %s%n", algorithm, summary(nanos[0]));
            System.out.printf("%-3s verify %s%n", algorithm, summary(nanos[1]));
            runJws(keys, json, messages / 2, null);
            long[][] jws = new long[2][messages];
            runJws(keys, json, messages, jws);
            System.out.printf("%-3s JWS sign   %s%n", algorithm, summary(jws[0]));
            System.out.printf("%-3s JWS verify %s%n", algorithm, summary(jws[1]));
        }
    }

    private static void run(KeyStore keys, String message, int n, long[][] nanos) throws Exception {
        for (int i = 0; i < n; i++) {
            Document soap = WsSecurity.parse(message.getBytes(StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            WsSecurity.sign(soap, keys, "k", "changeit", 300);
            byte[] wire = serialise(soap);
            long t1 = System.nanoTime();
            WsSecurity.Verification v = WsSecurity.verify(WsSecurity.parse(wire));
            long t2 = System.nanoTime();
            if (v.check() != SignatureCheck.VALID) {
                throw new IllegalStateException("did not verify: " + v.check());
            }
            if (nanos != null) {
                nanos[0][i] = t1 - t0;
                nanos[1][i] = t2 - t1;
            }
        }
    }

    /** The REST twin: a detached JWS over the JSON body's bytes ({@code DetachedJws}), then verified. */
    private static void runJws(KeyStore keys, byte[] body, int n, long[][] nanos) throws Exception {
        PrivateKey key = (PrivateKey) keys.getKey("k", "changeit".toCharArray());
        X509Certificate certificate = (X509Certificate) keys.getCertificate("k");
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            String signature = DetachedJws.sign(body, key, certificate, Instant.now(), 300);
            long t1 = System.nanoTime();
            WsSecurity.Verification v = DetachedJws.verify(body, signature);
            long t2 = System.nanoTime();
            if (v.check() != SignatureCheck.VALID) {
                throw new IllegalStateException("did not verify: " + v.check() + " " + v.detail());
            }
            if (nanos != null) {
                nanos[0][i] = t1 - t0;
                nanos[1][i] = t2 - t1;
            }
        }
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1_000;
        double p50 = sorted[sorted.length / 2] / 1_000.0;
        double p99 = sorted[(int) (sorted.length * 0.99)] / 1_000.0;
        return String.format("mean %8.1f µs  p50 %8.1f µs  p99 %8.1f µs  => %6.0f msg/s per core", mean, p50, p99,
                1_000_000 / mean);
    }

    private static byte[] serialise(Document soap) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(soap), new StreamResult(out));
        return out.toByteArray();
    }

    private static KeyStore keyStore(Path dir, String algorithm) throws Exception {
        Path file = dir.resolve(algorithm + ".p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                        "-genkeypair", "-keystore", file.toString(), "-storetype", "PKCS12",
                        "-storepass", "changeit", "-keypass", "changeit", "-alias", "k",
                        "-keyalg", algorithm, "-keysize", "RSA".equals(algorithm) ? "2048" : "256",
                        "-sigalg", "RSA".equals(algorithm) ? "SHA256withRSA" : "SHA256withECDSA",
                        "-dname", "CN=bench", "-validity", "2")
                .redirectErrorStream(true)
                .start();
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException(new String(keytool.getInputStream().readAllBytes()));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keys.load(in, "changeit".toCharArray());
        }
        return keys;
    }
}
