package org.returneeregistry.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner institution's signing certificate registered under an agreement. Its validity is the
 * certificate's own (notBefore … notAfter, both inclusive as in X.509); a revocation takes effect at the
 * instant it is recorded and is never undone.
 */
@Entity
@Table(name = "agreement_certificate")
public class PartnerCertificate {

    public static final int ACTOR_LENGTH = 200;
    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "certificate_id", length = 36, nullable = false, unique = true, updatable = false)
    private String certificateId;

    @Column(name = "institution", length = Party.INSTITUTION_LENGTH, nullable = false, updatable = false)
    private String institution;

    @Column(name = "subject_dn", length = SigningCertificate.NAME_LENGTH, nullable = false, updatable = false)
    private String subject;

    @Column(name = "issuer_dn", length = SigningCertificate.NAME_LENGTH, nullable = false, updatable = false)
    private String issuer;

    @Column(name = "serial_number", length = SigningCertificate.SERIAL_LENGTH, nullable = false, updatable = false)
    private String serialNumber;

    @Column(name = "sha256_fingerprint", length = 64, nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(name = "key_algorithm", length = 16, nullable = false, updatable = false)
    private String keyAlgorithm;

    @Column(name = "pem", length = SigningCertificate.MAX_PEM_LENGTH, nullable = false, updatable = false)
    private String pem;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    @Column(name = "attached_by", length = ACTOR_LENGTH, nullable = false, updatable = false)
    private String attachedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = ACTOR_LENGTH)
    private String revokedBy;

    @Column(name = "revocation_reason", length = REASON_LENGTH)
    private String revocationReason;

    protected PartnerCertificate() {
        // JPA
    }

    PartnerCertificate(
            Agreement agreement, String institution, SigningCertificate certificate, Instant at, String actor) {
        this.agreement = agreement;
        this.certificateId = UUID.randomUUID().toString();
        this.institution = institution;
        this.subject = certificate.subject();
        this.issuer = certificate.issuer();
        this.serialNumber = certificate.serialNumber();
        this.fingerprint = certificate.sha256Fingerprint();
        this.notBefore = certificate.notBefore();
        this.notAfter = certificate.notAfter();
        this.keyAlgorithm = certificate.keyAlgorithm();
        this.pem = certificate.pem();
        this.attachedAt = at;
        this.attachedBy = actor;
    }

    /** Valid at this instant: within its own validity and not revoked at or before it. */
    public boolean validAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter) && !revokedAt(at);
    }

    /** Revoked at or before this instant. */
    public boolean revokedAt(Instant at) {
        return revokedAt != null && !at.isBefore(revokedAt);
    }

    /** Not revoked and not expired at this instant: it counts against the rotation limit. */
    boolean liveAt(Instant at) {
        return !at.isAfter(notAfter) && !revokedAt(at);
    }

    void revoke(Instant at, String actor, String reason) {
        this.revokedAt = at;
        this.revokedBy = actor;
        this.revocationReason = reason;
    }

    public String certificateId() {
        return certificateId;
    }

    public String institution() {
        return institution;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    public String pem() {
        return pem;
    }

    public Instant attachedAt() {
        return attachedAt;
    }

    public String attachedBy() {
        return attachedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String revocationReason() {
        return revocationReason;
    }
}
