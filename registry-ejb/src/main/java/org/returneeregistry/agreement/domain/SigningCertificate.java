package org.returneeregistry.agreement.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Sha256;

/**
 * An X.509 signing certificate as a partner institution hands it over (one PEM block), read with
 * {@code java.security.cert} and refused when it cannot sign messages for the exchange: not exactly one
 * well-formed certificate, a certificate authority, a key usage without digital signature, a key that is
 * neither RSA nor EC, or expired when it is registered. A certificate not valid yet is accepted: it is how
 * a rotation is prepared.
 */
public record SigningCertificate(
        String pem,
        String subject,
        String issuer,
        String serialNumber,
        String sha256Fingerprint,
        Instant notBefore,
        Instant notAfter,
        String keyAlgorithm) {

    /** The largest PEM text accepted, in characters (a 4096-bit RSA certificate is about 2,000). */
    public static final int MAX_PEM_LENGTH = 16_384;

    public static final int NAME_LENGTH = 500;
    public static final int SERIAL_LENGTH = 64;

    private static final Pattern PEM = Pattern.compile(
            "\\A\\s*-----BEGIN CERTIFICATE-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END CERTIFICATE-----\\s*\\z");
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    /** Reads the certificate and checks that it can sign now or later; refuses it with a specific code otherwise. */
    public static SigningCertificate read(String pem, Instant now) {
        if (pem == null || pem.length() > MAX_PEM_LENGTH) {
            throw malformed("The certificate must be one PEM block of at most " + MAX_PEM_LENGTH + " characters.");
        }
        Matcher block = PEM.matcher(pem);
        if (!block.matches()) {
            throw malformed("The certificate must be exactly one PEM block (-----BEGIN CERTIFICATE----- ...).");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(block.group(1));
        } catch (IllegalArgumentException e) {
            throw malformed("The certificate's PEM block is not Base64.");
        }
        X509Certificate certificate;
        try {
            Collection<? extends java.security.cert.Certificate> all =
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(der));
            if (all.size() != 1 || !(all.iterator().next() instanceof X509Certificate x509)) {
                throw malformed("The PEM block must hold exactly one X.509 certificate.");
            }
            certificate = x509;
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof RegistryException refused) {
                throw refused;
            }
            throw malformed("The PEM block is not a well-formed X.509 certificate.");
        }
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (notAfter.isBefore(now)) {
            throw new RegistryException(
                    ErrorCode.CERTIFICATE_EXPIRED,
                    "The certificate expired at " + notAfter + "; a partner's signing certificate must still be valid"
                            + " when it is registered.");
        }
        String algorithm = certificate.getPublicKey().getAlgorithm().toUpperCase(Locale.ROOT);
        if (!algorithm.equals("RSA") && !algorithm.equals("EC")) {
            throw notForSigning("Its key is " + algorithm + "; messages are signed with RSA or ECDSA keys.");
        }
        if (certificate.getBasicConstraints() >= 0) {
            throw notForSigning(
                    "It is a certificate authority's certificate, not an institution's signing certificate.");
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[DIGITAL_SIGNATURE] && !(usage.length > NON_REPUDIATION && usage[NON_REPUDIATION])) {
            throw notForSigning("Its key usage does not include digitalSignature.");
        }
        String normalised = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
        return new SigningCertificate(
                normalised,
                limit(certificate.getSubjectX500Principal().getName()),
                limit(certificate.getIssuerX500Principal().getName()),
                certificate.getSerialNumber().toString(16),
                Sha256.hex(der),
                notBefore,
                notAfter,
                algorithm);
    }

    private static String limit(String name) {
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH);
    }

    private static RegistryException malformed(String message) {
        return new RegistryException(ErrorCode.CERTIFICATE_MALFORMED, message);
    }

    private static RegistryException notForSigning(String message) {
        return new RegistryException(
                ErrorCode.CERTIFICATE_NOT_FOR_SIGNING, "The certificate cannot sign exchange messages. " + message);
    }
}
