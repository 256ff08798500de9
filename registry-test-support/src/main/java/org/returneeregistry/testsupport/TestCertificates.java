package org.returneeregistry.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Real X.509 certificates for tests, made with the JDK's keytool (self-signed, in a throw-away keystore). */
public final class TestCertificates {

    private TestCertificates() {}

    /** A PEM certificate; {@code startDate} as keytool takes it (e.g. {@code -2d}), null for now. */
    public static String pem(String keyAlgorithm, String startDate, int validityDays, String... extensions) {
        try {
            Path dir = Files.createTempDirectory("certs");
            Path store = dir.resolve("store.p12");
            List<String> generate = new ArrayList<>(List.of(
                    keytool(),
                    "-genkeypair",
                    "-alias",
                    "k",
                    "-keyalg",
                    keyAlgorithm,
                    "-dname",
                    "CN=Test " + UUID.randomUUID() + ", O=Ministry of Labour, C=QA",
                    "-validity",
                    String.valueOf(validityDays),
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    "changeit",
                    "-storetype",
                    "PKCS12"));
            if (keyAlgorithm.equals("EC")) {
                generate.addAll(List.of("-groupname", "secp256r1"));
            }
            if (startDate != null) {
                generate.add("-startdate");
                generate.add(startDate);
            }
            for (String extension : extensions) {
                generate.add("-ext");
                generate.add(extension);
            }
            run(generate);
            Path pem = dir.resolve("cert.pem");
            run(List.of(
                    keytool(),
                    "-exportcert",
                    "-rfc",
                    "-alias",
                    "k",
                    "-keystore",
                    store.toString(),
                    "-storepass",
                    "changeit",
                    "-file",
                    pem.toString()));
            return Files.readString(pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signing() {
        return pem("EC", null, 365, "KeyUsage=digitalSignature");
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: "
                        + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
