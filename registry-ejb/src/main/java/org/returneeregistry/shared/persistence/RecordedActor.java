package org.returneeregistry.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.returneeregistry.shared.domain.Actor;

/**
 * Who made a recorded change, as history rows keep it: the readable form and the token's subject,
 * organisation and client. Written once with the row, never updated.
 */
@Embeddable
public class RecordedActor {

    @Column(name = "actor", length = Actor.MAX_LENGTH, nullable = false, updatable = false)
    private String display;

    @Column(name = "actor_subject", length = Actor.MAX_LENGTH, updatable = false)
    private String subject;

    @Column(name = "actor_organisation", length = Actor.MAX_LENGTH, updatable = false)
    private String organisation;

    @Column(name = "actor_client", length = Actor.MAX_LENGTH, updatable = false)
    private String client;

    protected RecordedActor() {
        // JPA
    }

    public RecordedActor(Actor actor) {
        this.display = actor.display();
        this.subject = actor.subject();
        this.organisation = actor.organisation();
        this.client = actor.client();
    }

    /** The actor as people read it, e.g. {@code registrar.demo@NPL-DOFE}. */
    public String display() {
        return display;
    }

    public String subject() {
        return subject;
    }

    public String organisation() {
        return organisation;
    }

    public String client() {
        return client;
    }
}
