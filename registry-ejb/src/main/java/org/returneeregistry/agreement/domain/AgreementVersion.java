package org.returneeregistry.agreement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * One version of an agreement's terms and scope. Written once, never changed: an amendment is a new version,
 * so what an exchange ran under (agreement id, version) stays readable as it was.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    public static final int TITLE_LENGTH = 300;
    public static final int LEGAL_REFERENCE_LENGTH = 200;
    public static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "title", length = TITLE_LENGTH, nullable = false, updatable = false)
    private String title;

    @Column(name = "legal_reference", length = LEGAL_REFERENCE_LENGTH, nullable = false, updatable = false)
    private String legalReference;

    @Column(name = "signature_date", updatable = false)
    private LocalDate signatureDate;

    @Column(name = "entry_into_force_date", updatable = false)
    private LocalDate entryIntoForceDate;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    @Column(name = "retention_days", nullable = false, updatable = false)
    private int retentionDays;

    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Party> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_scope", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ScopeRow> scope = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Embedded
    private RecordedActor createdBy;

    @Column(name = "reason", length = REASON_LENGTH, updatable = false)
    private String reason;

    protected AgreementVersion() {
        // JPA
    }

    AgreementVersion(Agreement agreement, int number, AgreementTerms terms, Actor actor, Instant at, String reason) {
        this.agreement = agreement;
        this.number = number;
        this.title = terms.title();
        this.legalReference = terms.legalReference();
        this.signatureDate = terms.signatureDate();
        this.entryIntoForceDate = terms.entryIntoForceDate();
        this.validFrom = terms.validFrom();
        this.validUntil = terms.validUntil();
        this.retentionDays = terms.retentionDays();
        this.parties = new ArrayList<>(terms.parties());
        this.scope = new ArrayList<>(terms.scope());
        this.createdAt = at;
        this.createdBy = new RecordedActor(actor);
        this.reason = reason;
    }

    /**
     * Whether the validity covers this instant: from the start (00:00 UTC) of {@code validFrom} up to, but
     * not including, the start of the day after {@code validUntil}.
     */
    public boolean validAt(Instant at) {
        Instant from = validFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (at.isBefore(from)) {
            return false;
        }
        return validUntil == null
                || at.isBefore(
                        validUntil.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public boolean hasParty(String institution) {
        return parties.stream().anyMatch(p -> p.institution().equals(institution));
    }

    public int number() {
        return number;
    }

    public AgreementTerms terms() {
        return new AgreementTerms(
                title,
                legalReference,
                signatureDate,
                entryIntoForceDate,
                validFrom,
                validUntil,
                retentionDays,
                parties,
                scope);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public RecordedActor createdBy() {
        return createdBy;
    }

    public String reason() {
        return reason;
    }
}
