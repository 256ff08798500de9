package org.returneeregistry.socialsecurity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.persistence.RecordedActor;

/**
 * One insurance period attached to a claim, as its source gave it (the returnee's declaration, the home
 * institution's record, or the partner's certified answer with the answer's message id). Never changed: a
 * correction is another period, and the engine decides which source prevails.
 */
@Entity
@Table(name = "ss_claim_period")
public class ClaimPeriod {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Column(name = "seq", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 24, nullable = false, updatable = false)
    private PeriodSource source;

    @Column(name = "reference", length = 64, updatable = false)
    private String reference;

    @Column(name = "country", length = 3, nullable = false, updatable = false)
    private String country;

    @Column(name = "institution", length = 64, updatable = false)
    private String institution;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "period_to", updatable = false)
    private LocalDate to;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", length = 40, nullable = false, updatable = false)
    private PeriodType type;

    @Column(name = "scheme", length = 64, updatable = false)
    private String scheme;

    @Column(name = "relevance", length = 120, updatable = false)
    private String relevance;

    @Column(name = "total_amount", precision = 19, scale = 4, updatable = false)
    private BigDecimal totalAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "total_unit", length = 16, updatable = false)
    private PeriodUnit totalUnit;

    @Column(name = "occupation", length = 8, updatable = false)
    private String occupation;

    @Column(name = "earnings", precision = 19, scale = 4, updatable = false)
    private BigDecimal earnings;

    @Column(name = "contributions", precision = 19, scale = 4, updatable = false)
    private BigDecimal contributions;

    @Column(name = "message_id", length = Claim.MESSAGE_ID_LENGTH, updatable = false)
    private String messageId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Embedded
    private RecordedActor actor;

    protected ClaimPeriod() {
        // JPA
    }

    ClaimPeriod(Claim claim, int sequence, InsurancePeriod p, String messageId, Actor actor, Instant at) {
        this.claim = claim;
        this.sequence = sequence;
        this.source = p.source();
        this.reference = p.reference();
        this.country = p.country();
        this.institution = p.institution();
        this.from = p.from();
        this.to = p.to();
        this.type = p.type();
        this.scheme = p.scheme();
        this.relevance = p.relevance().isEmpty()
                ? null
                : p.relevance().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.totalAmount = p.total() == null ? null : p.total().amount();
        this.totalUnit = p.total() == null ? null : p.total().unit();
        this.occupation = p.occupation();
        this.earnings = p.earnings();
        this.contributions = p.contributions();
        this.messageId = messageId;
        this.addedAt = at;
        this.actor = new RecordedActor(actor);
    }

    /** The period as the engine takes it. */
    public InsurancePeriod period() {
        Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        if (relevance != null) {
            Arrays.stream(relevance.split(",")).map(Benefit::valueOf).forEach(benefits::add);
        }
        return new InsurancePeriod(
                reference,
                country,
                institution,
                from,
                to,
                type,
                scheme,
                benefits,
                totalAmount == null ? null : new PeriodTotal(totalAmount, totalUnit),
                occupation,
                earnings,
                contributions,
                source);
    }

    public int sequence() {
        return sequence;
    }

    /** The certified answer's message id, for a partner's period; null otherwise. */
    public String messageId() {
        return messageId;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return actor.display();
    }
}
