package org.returneeregistry.reintegration.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One assessment of a case with one version of a questionnaire: the answers as given, the points and
 * score they earned, and whether a screening was positive. Never changed: a later assessment with the
 * same questionnaire measures the change.
 */
@Entity
@Table(name = "case_assessment")
public class Assessment {

    public static final int QUESTIONNAIRE_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_ref", nullable = false, updatable = false)
    private ReintegrationCase reintegrationCase;

    @Column(name = "seq", nullable = false, updatable = false)
    private int number;

    @Column(name = "questionnaire", length = QUESTIONNAIRE_LENGTH, nullable = false, updatable = false)
    private String questionnaire;

    @Column(name = "questionnaire_version", nullable = false, updatable = false)
    private int questionnaireVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", length = Dimension.LENGTH, nullable = false, updatable = false)
    private Dimension dimension;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(name = "points", nullable = false, updatable = false)
    private int points;

    @Column(name = "max_points", nullable = false, updatable = false)
    private int maxPoints;

    @Column(name = "score", nullable = false, updatable = false)
    private int score;

    @Column(name = "positive", nullable = false, updatable = false)
    private boolean positive;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", length = 200, nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "idempotency_owner", length = 36, updatable = false)
    private String idempotencyOwner;

    @Column(name = "idempotency_key", length = 64, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64, updatable = false)
    private String requestHash;

    @ElementCollection
    @CollectionTable(name = "case_assessment_answer", joinColumns = @JoinColumn(name = "assessment_ref"))
    @OrderColumn(name = "pos")
    private List<Answer> answers = new ArrayList<>();

    protected Assessment() {
        // JPA
    }

    Assessment(
            ReintegrationCase reintegrationCase,
            int number,
            Questionnaire questionnaire,
            Questionnaire.Evaluation evaluation,
            LocalDate assessedOn,
            Instant at,
            String recordedBy) {
        this.reintegrationCase = reintegrationCase;
        this.number = number;
        this.questionnaire = questionnaire.code();
        this.questionnaireVersion = questionnaire.version();
        this.dimension = questionnaire.dimension();
        this.assessedOn = assessedOn;
        this.points = evaluation.points();
        this.maxPoints = evaluation.maxPoints();
        this.score = evaluation.score();
        this.positive = evaluation.positive();
        this.recordedAt = at;
        this.recordedBy = recordedBy;
        for (Map.Entry<String, String> e : evaluation.answers().entrySet()) {
            boolean sensitive = questionnaire.question(e.getKey()).orElseThrow().sensitive();
            answers.add(new Answer(e.getKey(), e.getValue(), sensitive));
        }
    }

    /**
     * Remembers the client-chosen key the assessment was recorded under, and the hash of the request, so a
     * repeat with the key answers this assessment and a different request under it is refused.
     */
    public void recordedUnder(String owner, String key, String hash) {
        if (idempotencyKey != null) {
            throw new IllegalStateException("assessment " + number + " already has an idempotency key");
        }
        this.idempotencyOwner = java.util.Objects.requireNonNull(owner, "owner");
        this.idempotencyKey = java.util.Objects.requireNonNull(key, "key");
        this.requestHash = java.util.Objects.requireNonNull(hash, "hash");
    }

    /** Whether the organisation recorded this assessment under the key. */
    public boolean recordedUnder(String owner, String key) {
        return key != null && key.equals(idempotencyKey) && owner != null && owner.equals(idempotencyOwner);
    }

    /** Whether a request with this hash is the one the assessment was recorded from. */
    public boolean recordedFrom(String hash) {
        return requestHash != null && requestHash.equals(hash);
    }

    /** The assessment's number within its case, from 1. */
    public int number() {
        return number;
    }

    public String questionnaire() {
        return questionnaire;
    }

    public int questionnaireVersion() {
        return questionnaireVersion;
    }

    public Dimension dimension() {
        return dimension;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public int points() {
        return points;
    }

    public int maxPoints() {
        return maxPoints;
    }

    public int score() {
        return score;
    }

    public boolean positive() {
        return positive;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** Whether any answer is special-category data. */
    public boolean holdsSensitive() {
        return answers.stream().anyMatch(Answer::sensitive);
    }
}
