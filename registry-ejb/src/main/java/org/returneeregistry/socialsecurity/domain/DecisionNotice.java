package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.AttributeOverride;
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
import java.util.Objects;
import org.returneeregistry.shared.domain.RegistryNumber;

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

    @Embedded
    @AttributeOverride(
            name = "signedJson",
            column = @Column(name = "signed_json", length = SIGNED_JSON_LENGTH, nullable = false, updatable = false))
    private SignedDocument document;

    protected DecisionNotice() {
        // JPA
    }

    public DecisionNotice(String noticeId, Claim claim, int decisionSequence, SignedDocument document) {
        if (!claim.status().decided()) {
            throw new IllegalStateException("claim " + claim.claimId() + " is " + claim.status() + ", not decided");
        }
        this.noticeId = Objects.requireNonNull(noticeId);
        this.claimId = claim.claimId();
        this.decisionSequence = decisionSequence;
        this.decision = claim.status();
        this.registryNumber = claim.registryNumber();
        this.document = Objects.requireNonNull(document);
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

    /** The notice as signed and handed out. */
    public SignedDocument document() {
        return document;
    }
}
