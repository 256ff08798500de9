package org.returneeregistry.exchange.jws;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.returneeregistry.exchange.domain.SignatureCheck;
import org.returneeregistry.exchange.wss.WsSecurity;
import org.returneeregistry.shared.domain.Sha256;

/**
 * The REST twin's signatures: a JWS in compact serialisation with the payload detached (RFC 7515 appendix F,
 * {@code header..signature}) over the exact bytes of the HTTP body, which carry the envelope and the content — with
 * Nimbus JOSE, never hand-written. The protected header names the algorithm ({@code RS256}, {@code PS256} or
 * {@code ES256}; nothing else is accepted), carries the signer's X.509 certificate ({@code x5c}, the first of the
 * chain is the signer) and the time this copy was signed ({@code iat}, seconds since the epoch; {@code exp}
 * optional) — the REST counterpart of the signed WS-Security Timestamp, made anew for each attempt. Whether the
 * certificate belongs to the sender is not decided here: it is answered, and the exchange compares it with those
 * registered under the agreement, as for SOAP.
 */
public final class DetachedJws {

    /** The media type of a partner exchange signature, in the protected header's {@code typ}. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("partner-exchange+jws");

    /** The HTTP header the signature travels in, on the message and on the receipt. */
    public static final String HEADER = "X-JWS-Signature";

    /** What a detached signature may be long at most (a 4096-bit RSA certificate chain fits several times). */
    public static final int MAX_LENGTH = 32_768;

    private static final Set<JWSAlgorithm> ACCEPTED =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private DetachedJws() {}

    /** SHA-256 (hex) of the body bytes: what the message log keeps and what tells a resend from a new message. */
    public static String bodyHash(byte[] body) {
        return Sha256.hex(body);
    }

    /** Verifies {@code signature} over {@code body}; answers what WS-Security verification answers for SOAP. */
    public static WsSecurity.Verification verify(byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            return failed(SignatureCheck.MISSING, "no " + HEADER + " header");
        }
        if (signature.length() > MAX_LENGTH) {
            return failed(SignatureCheck.INVALID, "the signature is longer than " + MAX_LENGTH + " characters");
        }
        JWSObject jws;
        try {
            String[] parts = signature.trim().split("\\.", -1);
            if (parts.length != 3 || !parts[1].isEmpty()) {
                return failed(SignatureCheck.INVALID, "not a JWS with a detached payload (header..signature)");
            }
            jws = JWSObject.parse(signature.trim(), new Payload(body));
        } catch (ParseException | RuntimeException e) {
            return failed(SignatureCheck.INVALID, "not a JWS: " + e.getMessage());
        }
        JWSHeader header = jws.getHeader();
        String signatureValue = jws.getSignature().toString();
        if (!ACCEPTED.contains(header.getAlgorithm())) {
            return failed(SignatureCheck.INVALID, "algorithm " + header.getAlgorithm() + " is not accepted");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            return failed(SignatureCheck.INVALID, "critical header parameters are not accepted");
        }
        List<Base64> chain = header.getX509CertChain();
        X509Certificate signer = chain == null || chain.isEmpty()
                ? null
                : X509CertUtils.parse(chain.get(0).decode());
        if (signer == null) {
            return failed(SignatureCheck.INVALID, "no signer certificate (x5c)");
        }
        Instant created = instant(header.getCustomParam("iat"));
        Instant expires = instant(header.getCustomParam("exp"));
        try {
            JWSVerifier verifier = verifier(header.getAlgorithm(), signer);
            if (verifier == null || !jws.verify(verifier)) {
                return new WsSecurity.Verification(
                        SignatureCheck.INVALID,
                        signer,
                        signatureValue,
                        created,
                        expires,
                        "the signature does not verify");
            }
        } catch (JOSEException | RuntimeException e) {
            return new WsSecurity.Verification(
                    SignatureCheck.INVALID, signer, signatureValue, created, expires, e.getMessage());
        }
        if (created == null) {
            return new WsSecurity.Verification(
                    SignatureCheck.TIMESTAMP_MISSING, signer, signatureValue, null, expires, "no iat");
        }
        return new WsSecurity.Verification(SignatureCheck.VALID, signer, signatureValue, created, expires, null);
    }

    /** Signs {@code body} with the key of {@code certificate}: RS256 for RSA, ES256 for a P-256 key. */
    public static String sign(
            byte[] body, PrivateKey key, X509Certificate certificate, Instant signedAt, int ttlSeconds) {
        try {
            JWSAlgorithm algorithm = key instanceof ECPrivateKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
            JWSHeader header = new JWSHeader.Builder(algorithm)
                    .type(TYPE)
                    .x509CertChain(List.of(Base64.encode(certificate.getEncoded())))
                    .customParam("iat", signedAt.getEpochSecond())
                    .customParam("exp", signedAt.getEpochSecond() + ttlSeconds)
                    .build();
            JWSSigner signer = key instanceof ECPrivateKey ec ? new ECDSASigner(ec) : new RSASSASigner(key);
            JWSObject jws = new JWSObject(header, new Payload(body));
            jws.sign(signer);
            return jws.serialize(true);
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException("signing a partner exchange message failed: " + e.getMessage(), e);
        }
    }

    private static JWSVerifier verifier(JWSAlgorithm algorithm, X509Certificate signer) throws JOSEException {
        if (JWSAlgorithm.ES256.equals(algorithm) && signer.getPublicKey() instanceof ECPublicKey ec) {
            return new ECDSAVerifier(ec);
        }
        if (!JWSAlgorithm.ES256.equals(algorithm) && signer.getPublicKey() instanceof RSAPublicKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        return null;
    }

    private static Instant instant(Object value) {
        return value instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null;
    }

    private static WsSecurity.Verification failed(SignatureCheck check, String detail) {
        return new WsSecurity.Verification(check, null, null, null, null, detail);
    }
}
