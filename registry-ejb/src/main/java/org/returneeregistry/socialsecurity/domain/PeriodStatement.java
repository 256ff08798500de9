package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.returneeregistry.shared.domain.RegistryNumber;

/**
 * A signed statement of a returnee's periods abroad as the registry issued it: the signed JSON (a JWS) and the
 * signed PDF ({@link SignedDocument}), kept whole so the same signed document is handed out again and the public verification can tell
 * whether a statement id with its digest was issued. Written once, never changed: a new statement is a new row.
 */
@Entity
@Table(name = "ss_statement")
public class PeriodStatement {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "statement_id", length = Claim.ID_LENGTH, nullable = false, updatable = false)
    private String statementId;

    @Column(name = "registry_number", length = RegistryNumber.LENGTH, nullable = false, updatable = false)
    private String registryNumber;

    @Column(name = "idempotency_owner", length = Claim.ORGANISATION_LENGTH, updatable = false)
    private String idempotencyOwner;

    @Column(name = "idempotency_key", length = Claim.IDEMPOTENCY_KEY_LENGTH, updatable = false)
    private String idempotencyKey;

    @Column(name = "period_count", nullable = false, updatable = false)
    private int periodCount;

    @Embedded
    private SignedDocument document;

    protected PeriodStatement() {
        // JPA
    }

    public PeriodStatement(String statementId, String registryNumber, int periodCount, SignedDocument document) {
        this.statementId = Objects.requireNonNull(statementId);
        this.registryNumber = Objects.requireNonNull(registryNumber);
        this.periodCount = periodCount;
        this.document = Objects.requireNonNull(document);
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

    public int periodCount() {
        return periodCount;
    }

    /** The statement as signed and handed out. */
    public SignedDocument document() {
        return document;
    }
}
