package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.regex.Pattern;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * A document the registry signed for a person (a statement of periods abroad, a claim's decision notice), as issued:
 * who issued it, when and on whose request, the key that signed it, the SHA-256 of its signed payload (what its QR
 * code and the public verification carry) and of its signed PDF, and both signed forms — the JWS in its flattened
 * JSON serialisation and the PDF. Kept whole so the same signed bytes are handed out again; never changed.
 *
 * <p>The columns are the same in every table that embeds it; only the signed JSON's length differs by document (an
 * entity whose payload can be longer overrides {@code signedJson}).
 */
@Embeddable
public final class SignedDocument {

    public static final int KEY_ID_LENGTH = 64;
    public static final int DIGEST_LENGTH = 64;
    /** The signed JSON of a statement of periods abroad; a decision notice's may be longer. */
    public static final int SIGNED_JSON_LENGTH = 400_000;

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{" + DIGEST_LENGTH + "}");

    @Column(name = "issuer", length = Claim.ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String issuer;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Embedded
    private RecordedActor actor;

    @Column(name = "key_id", length = KEY_ID_LENGTH, nullable = false, updatable = false)
    private String keyId;

    @Column(name = "payload_digest", length = DIGEST_LENGTH, nullable = false, updatable = false)
    private String payloadDigest;

    @Column(name = "pdf_digest", length = DIGEST_LENGTH, nullable = false, updatable = false)
    private String pdfDigest;

    @Column(name = "signed_json", length = SIGNED_JSON_LENGTH, nullable = false, updatable = false)
    private String signedJson;

    @Column(name = "signed_pdf", nullable = false, updatable = false)
    private byte[] signedPdf;

    protected SignedDocument() {
        // JPA
    }

    /**
     * A document signed by {@code issuer} (the operator's code) at {@code issuedAt} on {@code actor}'s request. Every
     * part is required; the digests are SHA-256 in lower-case hexadecimal; the PDF is copied, so the caller's array
     * cannot change what is stored.
     */
    public SignedDocument(
            String issuer,
            Instant issuedAt,
            Actor actor,
            String keyId,
            String payloadDigest,
            String pdfDigest,
            String signedJson,
            byte[] signedPdf) {
        this.issuer = text("issuer", issuer, Claim.ORGANISATION_LENGTH);
        this.issuedAt = required("issuedAt", issuedAt);
        this.actor = new RecordedActor(required("actor", actor));
        this.keyId = text("keyId", keyId, KEY_ID_LENGTH);
        this.payloadDigest = digest("payloadDigest", payloadDigest);
        this.pdfDigest = digest("pdfDigest", pdfDigest);
        this.signedJson = text("signedJson", signedJson, Integer.MAX_VALUE);
        if (required("signedPdf", signedPdf).length == 0) {
            throw new IllegalArgumentException("signedPdf is empty");
        }
        this.signedPdf = signedPdf.clone();
    }

    public String issuer() {
        return issuer;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** Who asked for it, as people read it, e.g. {@code registrar.demo@NPL-DOFE}. */
    public String issuedBy() {
        return actor.display();
    }

    public String keyId() {
        return keyId;
    }

    public String payloadDigest() {
        return payloadDigest;
    }

    public String pdfDigest() {
        return pdfDigest;
    }

    public String signedJson() {
        return signedJson;
    }

    public byte[] signedPdf() {
        return signedPdf.clone();
    }

    /**
     * Whether {@code digest} is the digest of this document's signed payload, compared in constant time (the public
     * verification answers anyone who holds a document id).
     */
    public boolean hasPayloadDigest(String digest) {
        return digest != null
                && MessageDigest.isEqual(
                        payloadDigest.getBytes(StandardCharsets.US_ASCII), digest.getBytes(StandardCharsets.US_ASCII));
    }

    private static <T> T required(String part, T value) {
        if (value == null) {
            throw new IllegalArgumentException(part + " is required");
        }
        return value;
    }

    private static String text(String part, String value, int maxLength) {
        if (required(part, value).isBlank()) {
            throw new IllegalArgumentException(part + " is blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(part + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static String digest(String part, String value) {
        if (!SHA256_HEX.matcher(required(part, value)).matches()) {
            throw new IllegalArgumentException(part + " is not a SHA-256 in lower-case hexadecimal");
        }
        return value;
    }
}
