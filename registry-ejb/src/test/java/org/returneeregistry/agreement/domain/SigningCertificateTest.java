package org.returneeregistry.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.testsupport.TestCertificates;

class SigningCertificateTest {

    @Test
    void readsSubjectIssuerSerialFingerprintAndValidity() throws Exception {
        String pem = TestCertificates.signing();
        X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));

        SigningCertificate read = SigningCertificate.read(pem, Instant.now());

        assertEquals(x509.getSubjectX500Principal().getName(), read.subject());
        assertEquals(x509.getIssuerX500Principal().getName(), read.issuer());
        assertTrue(read.subject().contains("O=Ministry of Labour"), read.subject());
        assertEquals(x509.getSerialNumber().toString(16), read.serialNumber());
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(x509.getEncoded())),
                read.sha256Fingerprint());
        assertEquals(x509.getNotBefore().toInstant(), read.notBefore());
        assertEquals(x509.getNotAfter().toInstant(), read.notAfter());
        assertEquals("EC", read.keyAlgorithm());
    }

    @Test
    void acceptsACertificateWithoutKeyUsageAndOneNotValidYet() {
        assertEquals(
                "RSA",
                SigningCertificate.read(TestCertificates.pem("RSA", null, 30), Instant.now())
                        .keyAlgorithm());
        SigningCertificate later = SigningCertificate.read(
                TestCertificates.pem("EC", "+10d", 30, "KeyUsage=digitalSignature"), Instant.now());
        assertTrue(later.notBefore().isAfter(Instant.now()));
    }

    @Test
    void refusesWhatIsNotOneWellFormedCertificate() {
        String good = TestCertificates.signing();
        for (String bad : new String[] {
            "",
            "not a certificate",
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
            "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----",
            good + good,
            good.replace("CERTIFICATE", "PRIVATE KEY"),
            "x".repeat(SigningCertificate.MAX_PEM_LENGTH + 1)
        }) {
            assertRefused(ErrorCode.CERTIFICATE_MALFORMED, bad);
        }
        assertRefused(ErrorCode.CERTIFICATE_MALFORMED, null);
    }

    @Test
    void refusesACertificateExpiredWhenRegistered() {
        assertRefused(ErrorCode.CERTIFICATE_EXPIRED, TestCertificates.pem("EC", "-3d", 1, "KeyUsage=digitalSignature"));
    }

    @Test
    void refusesCertificatesThatCannotSign() {
        assertRefused(
                ErrorCode.CERTIFICATE_NOT_FOR_SIGNING,
                TestCertificates.pem("RSA", null, 30, "KeyUsage=keyEncipherment"));
        assertRefused(
                ErrorCode.CERTIFICATE_NOT_FOR_SIGNING,
                TestCertificates.pem(
                        "EC", null, 30, "BasicConstraints=ca:true", "KeyUsage=keyCertSign,digitalSignature"));
        assertRefused(ErrorCode.CERTIFICATE_NOT_FOR_SIGNING, TestCertificates.pem("DSA", null, 30));
    }

    private static void assertRefused(ErrorCode code, String pem) {
        RegistryException refused =
                assertThrows(RegistryException.class, () -> SigningCertificate.read(pem, Instant.now()));
        assertEquals(code, refused.code(), refused.getMessage());
    }
}
