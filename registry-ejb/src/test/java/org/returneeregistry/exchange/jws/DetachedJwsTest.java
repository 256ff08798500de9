package org.returneeregistry.exchange.jws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.domain.SignatureCheck;
import org.returneeregistry.exchange.wss.WsSecurity;

/** The REST twin's detached JWS, signed and verified with real keys made by keytool. */
class DetachedJwsTest {

    private static final String PASSWORD = "changeit";
    private static final byte[] BODY = "{\"envelope\":{\"messageId\":\"m-1\"}}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static KeyStore rsa;
    private static KeyStore ec;

    @BeforeAll
    static void keys() throws Exception {
        rsa = keyStore("RSA");
        ec = keyStore("EC");
    }

    @Test
    void aSignatureOverTheBodyVerifiesWithTheSignerAndItsTime() throws Exception {
        for (KeyStore keys : List.of(rsa, ec)) {
            String jws = DetachedJws.sign(BODY, key(keys), certificate(keys), NOW, 300);

            WsSecurity.Verification v = DetachedJws.verify(BODY, jws);

            assertEquals(SignatureCheck.VALID, v.check(), v.detail());
            assertEquals(certificate(keys), v.signer());
            assertEquals(NOW, v.created());
            assertEquals(NOW.plusSeconds(300), v.expires());
            assertEquals(jws.substring(jws.lastIndexOf('.') + 1), v.signatureValue());
            assertEquals("", jws.split("\\.", -1)[1], "the payload is detached");
        }
    }

    @Test
    void anAlteredBodyOrHeaderDoesNotVerify() {
        String jws = DetachedJws.sign(BODY, key(rsa), certificate(rsa), NOW, 300);
        byte[] altered = "{\"envelope\":{\"messageId\":\"m-2\"}}".getBytes(StandardCharsets.UTF_8);
        assertEquals(SignatureCheck.INVALID, DetachedJws.verify(altered, jws).check());

        String[] parts = jws.split("\\.", -1);
        String header = Base64URL.from(parts[0])
                .decodeToString()
                .replace("\"iat\":" + NOW.getEpochSecond(), "\"iat\":" + (NOW.getEpochSecond() + 3600));
        String reheaded = Base64URL.encode(header) + ".." + parts[2];
        assertEquals(SignatureCheck.INVALID, DetachedJws.verify(BODY, reheaded).check());
    }

    @Test
    void missingMalformedAndForeignSignaturesAreRefused() throws Exception {
        assertEquals(SignatureCheck.MISSING, DetachedJws.verify(BODY, null).check());
        assertEquals(SignatureCheck.MISSING, DetachedJws.verify(BODY, " ").check());
        assertEquals(SignatureCheck.INVALID, DetachedJws.verify(BODY, "abc").check());
        // an attached payload is not the detached form
        String attached = DetachedJws.sign(BODY, key(rsa), certificate(rsa), NOW, 300)
                .replace("..", "." + Base64URL.encode(BODY) + ".");
        assertEquals(SignatureCheck.INVALID, DetachedJws.verify(BODY, attached).check());
        // a shared-secret algorithm is never accepted, whatever the certificate
        JWSObject hmac = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .x509CertChain(List.of(Base64.encode(certificate(rsa).getEncoded())))
                        .customParam("iat", NOW.getEpochSecond())
                        .build(),
                new Payload(BODY));
        hmac.sign(new MACSigner(new byte[32]));
        WsSecurity.Verification v = DetachedJws.verify(BODY, hmac.serialize(true));
        assertEquals(SignatureCheck.INVALID, v.check());
        assertNull(v.signer());
    }

    @Test
    void aSignatureWithoutItsTimeIsMissingItsTimestamp() throws Exception {
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .x509CertChain(List.of(Base64.encode(certificate(rsa).getEncoded())))
                        .build(),
                new Payload(BODY));
        jws.sign(new com.nimbusds.jose.crypto.RSASSASigner(key(rsa)));

        assertEquals(
                SignatureCheck.TIMESTAMP_MISSING,
                DetachedJws.verify(BODY, jws.serialize(true)).check());
    }

    @Test
    void theBodyHashIsTheHashOfTheBytes() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DetachedJws.bodyHash(new byte[0]));
    }

    private static PrivateKey key(KeyStore keys) {
        try {
            return (PrivateKey) keys.getKey("k", PASSWORD.toCharArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(KeyStore keys) {
        try {
            return (X509Certificate) keys.getCertificate("k");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore keyStore(String algorithm) throws Exception {
        Path store = Files.createTempDirectory("jws").resolve("k.p12");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "k",
                "-keyalg",
                algorithm,
                "-dname",
                "CN=Partner test " + algorithm,
                "-validity",
                "30",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-storetype",
                "PKCS12"));
        if (algorithm.equals("EC")) {
            command.addAll(List.of("-groupname", "secp256r1"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(
                    "keytool failed: " + new String(process.getInputStream().readAllBytes()));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        return keys;
    }
}
