package org.returneeregistry.reintegration.domain;

import jakarta.persistence.Column;
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
import java.time.Instant;

/** A goal of the case's reintegration plan, in one dimension and at one level. */
@Entity
@Table(name = "case_goal")
public class CaseGoal {

    public static final int TEXT_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_ref", nullable = false, updatable = false)
    private ReintegrationCase reintegrationCase;

    @Column(name = "seq", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", length = Dimension.LENGTH, nullable = false, updatable = false)
    private Dimension dimension;

    @Enumerated(EnumType.STRING)
    @Column(name = "goal_level", length = Level.LENGTH, nullable = false, updatable = false)
    private Level level;

    @Column(name = "description", length = TEXT_LENGTH, nullable = false, updatable = false)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseGoal() {
        // JPA
    }

    CaseGoal(
            ReintegrationCase reintegrationCase,
            int number,
            Dimension dimension,
            Level level,
            String description,
            Instant at) {
        this.reintegrationCase = reintegrationCase;
        this.number = number;
        this.dimension = dimension;
        this.level = level;
        this.description = description;
        this.createdAt = at;
    }

    /** The goal's number within its case, from 1. */
    public int number() {
        return number;
    }

    public Dimension dimension() {
        return dimension;
    }

    public Level level() {
        return level;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
