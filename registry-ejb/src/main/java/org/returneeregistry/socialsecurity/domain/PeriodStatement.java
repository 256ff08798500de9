package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * A signed statement of a returnee's periods abroad as the registry issued it: the signed JSON (a JWS) and the
 * signed PDF, kept whole so the same signed document is handed out again and the public verification can tell
 * whether a statement id with its digest was issued. Written once, never changed: a new statement is a new row.
 */
@Entity
@Table(name = "ss_statement")
public class PeriodStatement {

    public static final int SIGNED_JSON_LENGTH = 400_000;
    public static final int KEY_ID_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "statement_id", length = Claim.ID_LENGTH, nullable = false, updatable = false)
    private String statementId;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH, nullable = false, updatable = false)
    private String registryNumber;

    @Column(name = "issuer", length = Claim.ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String issuer;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Embedded
    private RecordedActor actor;

    @Column(name = "idempotency_owner", length = Claim.ORGANISATION_LENGTH, updatable = false)
    private String idempotencyOwner;

    @Column(name = "idempotency_key", length = Claim.IDEMPOTENCY_KEY_LENGTH, updatable = false)
    private String idempotencyKey;

    @Column(name = "key_id", length = KEY_ID_LENGTH, nullable = false, updatable = false)
    private String keyId;

    @Column(name = "period_count", nullable = false, updatable = false)
    private int periodCount;

    @Column(name = "payload_digest", length = 64, nullable = false, updatable = false)
    private String payloadDigest;

    @Column(name = "pdf_digest", length = 64, nullable = false, updatable = false)
    private String pdfDigest;

    @Column(name = "signed_json", length = SIGNED_JSON_LENGTH, nullable = false, updatable = false)
    private String signedJson;

    @Column(name = "signed_pdf", nullable = false, updatable = false)
    private byte[] signedPdf;

    protected PeriodStatement() {
        // JPA
    }

    public PeriodStatement(
            String statementId,
            String registryNumber,
            String issuer,
            Instant issuedAt,
            Actor actor,
            String keyId,
            int periodCount,
            String payloadDigest,
            String pdfDigest,
            String signedJson,
            byte[] signedPdf) {
        this.statementId = Objects.requireNonNull(statementId);
        this.registryNumber = Objects.requireNonNull(registryNumber);
        this.issuer = Objects.requireNonNull(issuer);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.actor = new RecordedActor(actor);
        this.keyId = Objects.requireNonNull(keyId);
        this.periodCount = periodCount;
        this.payloadDigest = Objects.requireNonNull(payloadDigest);
        this.pdfDigest = Objects.requireNonNull(pdfDigest);
        this.signedJson = Objects.requireNonNull(signedJson);
        this.signedPdf = signedPdf.clone();
    }

    /** Issued under an organisation's client-chosen key, so a repeat answers this statement. */
    public void issuedUnder(String owner, String key) {
        this.idempotencyOwner = owner;
        this.idempotencyKey = key;
    }

    public String statementId() {
        return statementId;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public String issuer() {
        return issuer;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return actor.display();
    }

    public String keyId() {
        return keyId;
    }

    public int periodCount() {
        return periodCount;
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
}
