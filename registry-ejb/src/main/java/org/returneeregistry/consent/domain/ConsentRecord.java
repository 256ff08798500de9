package org.returneeregistry.consent.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * A returnee's consent (or refusal) for one recipient organisation to process named categories of
 * their data for named purposes, as an ISO/IEC TS 27560 consent record.
 *
 * <p>The terms never change once recorded: a different scope, recipient or validity is a new record
 * that supersedes this one, so an auditor can always see exactly what was agreed when data was
 * disclosed. Only two things happen to a record later — it is revoked, or superseded — and its
 * status is derived from those and the clock, so a record expires when its validity ends without
 * anyone touching it.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    /** The ISO/IEC TS 27560 edition these records follow. */
    public static final String SCHEMA_VERSION = "ISO/IEC TS 27560:2023";

    public static final int REASON_LENGTH = 1000;
    public static final int REPRESENTATIVE_LENGTH = 200;
    public static final int NOTICE_VERSION_LENGTH = 64;
    public static final int IDEMPOTENCY_KEY_LENGTH = 64;
    public static final int REQUEST_HASH_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "consent_seq", sequenceName = "consent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_seq")
    private Long id;

    @Column(name = "consent_id", length = 36, nullable = false, updatable = false, unique = true)
    private String consentId;

    @Column(name = "schema_version", length = 32, nullable = false, updatable = false)
    private String schemaVersion;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH, nullable = false, updatable = false)
    private String registryNumber;

    @Column(name = "recipient", length = 36, nullable = false, updatable = false)
    private String recipient;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_record_purpose", joinColumns = @JoinColumn(name = "consent_record_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 40, nullable = false, updatable = false)
    private Set<Purpose> purposes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_record_category", joinColumns = @JoinColumn(name = "consent_record_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 40, nullable = false, updatable = false)
    private Set<DataCategory> categories;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", length = LegalBasis.LENGTH, nullable = false, updatable = false)
    private LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = ConsentMethod.LENGTH, nullable = false, updatable = false)
    private ConsentMethod method;

    @Column(name = "evidence_hash", length = 64, updatable = false)
    private String evidenceHash;

    @Column(name = "representative", length = REPRESENTATIVE_LENGTH, updatable = false)
    private String representative;

    @Column(name = "given", nullable = false, updatable = false)
    private boolean given;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private Instant validUntil;

    @Column(name = "notice_version", length = NOTICE_VERSION_LENGTH, nullable = false, updatable = false)
    private String noticeVersion;

    @Column(name = "notice_language", length = 8, nullable = false, updatable = false)
    private String noticeLanguage;

    @Column(name = "jurisdiction", length = 3, nullable = false, updatable = false)
    private String jurisdiction;

    @Column(name = "supersedes", length = 36, updatable = false)
    private String supersedes;

    @Column(name = "superseded_by", length = 36)
    private String supersededBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Embedded
    private RecordedActor recordedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = REASON_LENGTH)
    private String revocationReason;

    @Column(name = "revoked_by", length = Actor.MAX_LENGTH)
    private String revokedBy;

    @Column(name = "idempotency_owner", length = 36, updatable = false)
    private String idempotencyOwner;

    @Column(name = "idempotency_key", length = IDEMPOTENCY_KEY_LENGTH, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", length = REQUEST_HASH_LENGTH, updatable = false)
    private String requestHash;

    @Version
    private long version;

    protected ConsentRecord() {
        // JPA
    }

    /** The agreed terms of a record; checked by the application service before a record is built. */
    public record Terms(
            String registryNumber,
            String recipient,
            Set<Purpose> purposes,
            Set<DataCategory> categories,
            LegalBasis legalBasis,
            ConsentMethod method,
            String evidenceHash,
            String representative,
            boolean given,
            Instant validFrom,
            Instant validUntil,
            String noticeVersion,
            String noticeLanguage,
            String jurisdiction) {}

    public static ConsentRecord record(Terms terms, ConsentRecord superseded, Actor actor, Instant now) {
        if (!terms.validUntil().isAfter(terms.validFrom())) {
            throw new IllegalArgumentException("validity must end after it begins");
        }
        ConsentRecord r = new ConsentRecord();
        r.consentId = UUID.randomUUID().toString();
        r.schemaVersion = SCHEMA_VERSION;
        r.registryNumber = terms.registryNumber();
        r.recipient = terms.recipient();
        r.purposes = EnumSet.copyOf(terms.purposes());
        r.categories = EnumSet.copyOf(terms.categories());
        r.legalBasis = terms.legalBasis();
        r.method = terms.method();
        r.evidenceHash = terms.evidenceHash();
        r.representative = terms.representative();
        r.given = terms.given();
        r.validFrom = terms.validFrom();
        r.validUntil = terms.validUntil();
        r.noticeVersion = terms.noticeVersion();
        r.noticeLanguage = terms.noticeLanguage();
        r.jurisdiction = terms.jurisdiction();
        r.recordedAt = now;
        r.recordedBy = new RecordedActor(actor);
        if (superseded != null) {
            if (!superseded.registryNumber.equals(r.registryNumber) || !superseded.recipient.equals(r.recipient)) {
                throw new RegistryException(
                        ErrorCode.CONSENT_STATUS_CONFLICT,
                        "A record can only supersede one for the same returnee and recipient.");
            }
            ConsentStatus status = superseded.status(now);
            if (status == ConsentStatus.REVOKED || status == ConsentStatus.SUPERSEDED) {
                throw new RegistryException(
                        ErrorCode.CONSENT_STATUS_CONFLICT,
                        "Consent " + superseded.consentId + " is " + status + " and cannot be superseded.");
            }
            superseded.supersededBy = r.consentId;
            r.supersedes = superseded.consentId;
        }
        return r;
    }

    /**
     * Remembers the client-chosen key this record was made under, and the hash of the request, so a
     * repeated request with the key answers this record and a different one is refused.
     */
    public void createdUnder(String owner, String key, String hash) {
        if (idempotencyKey != null) {
            throw new IllegalStateException("consent " + consentId + " already has an idempotency key");
        }
        this.idempotencyOwner = Objects.requireNonNull(owner, "owner");
        this.idempotencyKey = Objects.requireNonNull(key, "key");
        this.requestHash = Objects.requireNonNull(hash, "hash");
    }

    /** True when a request with this hash is the one the record was made from. */
    public boolean createdBy(String hash) {
        return requestHash != null && requestHash.equals(hash);
    }

    /** The returnee withdraws consent: from now on the record permits nothing. */
    public void revoke(String reason, Actor actor, Instant now) {
        ConsentStatus status = status(now);
        if (status == ConsentStatus.REVOKED || status == ConsentStatus.SUPERSEDED || status == ConsentStatus.REJECTED) {
            throw new RegistryException(
                    ErrorCode.CONSENT_STATUS_CONFLICT,
                    "Consent " + consentId + " is " + status + "; there is nothing to revoke.");
        }
        this.revokedAt = now;
        this.revocationReason = reason;
        this.revokedBy = actor.display();
    }

    public ConsentStatus status(Instant now) {
        if (!given) {
            return ConsentStatus.REJECTED;
        }
        if (revokedAt != null) {
            return ConsentStatus.REVOKED;
        }
        if (supersededBy != null) {
            return ConsentStatus.SUPERSEDED;
        }
        if (now.isBefore(validFrom)) {
            return ConsentStatus.PENDING;
        }
        if (!now.isBefore(validUntil)) {
            return ConsentStatus.EXPIRED;
        }
        return ConsentStatus.ACTIVE;
    }

    /** True when the record, at {@code now}, lets its recipient process {@code category} for {@code purpose}. */
    public boolean permits(Purpose purpose, DataCategory category, Instant now) {
        return status(now) == ConsentStatus.ACTIVE && purposes.contains(purpose) && categories.contains(category);
    }

    public String consentId() {
        return consentId;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public String registryNumber() {
        return registryNumber;
    }

    public String recipient() {
        return recipient;
    }

    public Set<Purpose> purposes() {
        return Collections.unmodifiableSet(purposes);
    }

    public Set<DataCategory> categories() {
        return Collections.unmodifiableSet(categories);
    }

    public LegalBasis legalBasis() {
        return legalBasis;
    }

    public ConsentMethod method() {
        return method;
    }

    public String evidenceHash() {
        return evidenceHash;
    }

    public String representative() {
        return representative;
    }

    public boolean given() {
        return given;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String noticeVersion() {
        return noticeVersion;
    }

    public String noticeLanguage() {
        return noticeLanguage;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public String supersedes() {
        return supersedes;
    }

    public String supersededBy() {
        return supersededBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public RecordedActor recordedBy() {
        return recordedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public long version() {
        return version;
    }
}
