package org.returneeregistry.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.returneeregistry.shared.domain.Actor;

/** One call into the registry's application services. Written once, never updated or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int OPERATION_LENGTH = 100;
    public static final int OUTCOME_LENGTH = 64;
    public static final int CHANNEL_LENGTH = 16;

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "subject", length = Actor.MAX_LENGTH, updatable = false)
    private String subject;

    @Column(name = "username", length = Actor.MAX_LENGTH, updatable = false)
    private String username;

    @Column(name = "organisation", length = Actor.MAX_LENGTH, updatable = false)
    private String organisation;

    @Column(name = "client", length = Actor.MAX_LENGTH, updatable = false)
    private String client;

    @Column(name = "channel", length = CHANNEL_LENGTH, nullable = false, updatable = false)
    private String channel;

    @Column(name = "operation", length = OPERATION_LENGTH, nullable = false, updatable = false)
    private String operation;

    @Column(name = "outcome", length = OUTCOME_LENGTH, nullable = false, updatable = false)
    private String outcome;

    protected AuditEntry() {
        // JPA
    }

    /**
     * @param actor   who called, or null when the call was refused before the caller was known
     * @param outcome {@code OK} or the error code the call ended with
     */
    public AuditEntry(Instant at, Actor actor, String channel, String operation, String outcome) {
        this.at = Objects.requireNonNull(at);
        if (actor != null) {
            this.subject = actor.subject();
            this.username = actor.username();
            this.organisation = actor.organisation();
            this.client = actor.client();
        }
        this.channel = Objects.requireNonNull(channel);
        this.operation = Objects.requireNonNull(operation);
        this.outcome = Objects.requireNonNull(outcome);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String organisation() {
        return organisation;
    }

    public String client() {
        return client;
    }

    public String channel() {
        return channel;
    }

    public String operation() {
        return operation;
    }

    public String outcome() {
        return outcome;
    }
}
