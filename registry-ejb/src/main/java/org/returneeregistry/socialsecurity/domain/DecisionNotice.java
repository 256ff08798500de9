package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * The decision notice a claim's returnee is given when the claim is decided: what was claimed, under which agreement,
 * from which institutions, the outcome with its amounts and the whole computation, signed as JSON (a JWS) and as a PDF
 * in English and Nepali. One per decision (the claim transition that decided): a claim reopened and decided again
 * gets a new notice and keeps the earlier one. Stored as issued, never re-rendered or changed.
 */
@Entity
@Table(name = "ss_decision_notice")
public class DecisionNotice {

    /** A claim's trace may fill {@link Claim#TRACE_LENGTH}; with each step's words, base64 in the JWS. */
    public static final int SIGNED_JSON_LENGTH = 1_200_000;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "notice_id", length = Claim.ID_LENGTH, nullable = false, updatable = false)
    private String noticeId;

    @Column(name = "claim_id", length = Claim.ID_LENGTH, nullable = false, updatable = false)
    private String claimId;

    @Column(name = "decision_sequence", nullable = false, updatable = false)
    private int decisionSequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 32, nullable = false, updatable = false)
    private ClaimStatus decision;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH, nullable = false, updatable = false)
    private String registryNumber;

    @Column(name = "issuer", length = Claim.ORGANISATION_LENGTH, nullable = false, updatable = false)
    private String issuer;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Embedded
    private RecordedActor actor;

    @Column(name = "key_id", length = PeriodStatement.KEY_ID_LENGTH, nullable = false, updatable = false)
    private String keyId;

    @Column(name = "payload_digest", length = 64, nullable = false, updatable = false)
    private String payloadDigest;

    @Column(name = "pdf_digest", length = 64, nullable = false, updatable = false)
    private String pdfDigest;

    @Column(name = "signed_json", length = SIGNED_JSON_LENGTH, nullable = false, updatable = false)
    private String signedJson;

    @Column(name = "signed_pdf", nullable = false, updatable = false)
    private byte[] signedPdf;

    protected DecisionNotice() {
        // JPA
    }

    public DecisionNotice(
            String noticeId,
            Claim claim,
            int decisionSequence,
            String issuer,
            Instant issuedAt,
            Actor actor,
            String keyId,
            String payloadDigest,
            String pdfDigest,
            String signedJson,
            byte[] signedPdf) {
        if (!claim.status().decided()) {
            throw new IllegalStateException("claim " + claim.claimId() + " is " + claim.status() + ", not decided");
        }
        this.noticeId = Objects.requireNonNull(noticeId);
        this.claimId = claim.claimId();
        this.decisionSequence = decisionSequence;
        this.decision = claim.status();
        this.registryNumber = claim.registryNumber();
        this.issuer = Objects.requireNonNull(issuer);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.actor = new RecordedActor(actor);
        this.keyId = Objects.requireNonNull(keyId);
        this.payloadDigest = Objects.requireNonNull(payloadDigest);
        this.pdfDigest = Objects.requireNonNull(pdfDigest);
        this.signedJson = Objects.requireNonNull(signedJson);
        this.signedPdf = signedPdf.clone();
    }

    public String noticeId() {
        return noticeId;
    }

    public String claimId() {
        return claimId;
    }

    public int decisionSequence() {
        return decisionSequence;
    }

    public ClaimStatus decision() {
        return decision;
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
