package org.returneeregistry.shared.application;

import jakarta.enterprise.context.RequestScoped;
import org.returneeregistry.shared.domain.Actor;

/**
 * What one request knows about its own call into the application services: the interface it came
 * in by (set by the web tier) and how deep into service calls it is, so that only the outermost
 * business call is checked and audited, not the service calls it makes in turn.
 */
@RequestScoped
public class CallScope {

    public static final String REST = "REST";
    public static final String SOAP = "SOAP";
    public static final String INTERNAL = "INTERNAL";
    /** The job that takes in the items of a batch a caller submitted earlier. */
    public static final String BATCH = "BATCH";
    /** The web console: people signed in through OpenID Connect, their session holding the verified tokens. */
    public static final String CONSOLE = "CONSOLE";
    /** The registry search for social protection systems (the DCI sync API under /registry/sync). */
    public static final String DCI = "DCI";

    private String channel = INTERNAL;
    private int depth;
    private String operation;
    private Actor actor;
    private Object[] arguments;
    private boolean recorded;

    public String channel() {
        return channel;
    }

    public void channel(String channel) {
        this.channel = channel;
    }

    /** Enters a service call; true when it is the outermost one of this request. */
    public boolean enter() {
        return depth++ == 0;
    }

    public void leave() {
        depth--;
    }

    /** The outermost call now running: its audit code and arguments; the caller once it is known. */
    public void call(String operation, Object[] arguments) {
        this.operation = operation;
        this.arguments = arguments;
        this.actor = null;
        this.recorded = false;
    }

    public void actor(Actor actor) {
        this.actor = actor;
    }

    /** True inside an outermost call whose caller is known. */
    public boolean inCall() {
        return depth > 0 && operation != null && actor != null;
    }

    public String operation() {
        return operation;
    }

    public Actor actor() {
        return actor;
    }

    public Object[] arguments() {
        return arguments;
    }

    /** The call's entry was written in a unit of work of the call that has committed ({@link CompletesCall}). */
    public void recordedWithin() {
        recorded = true;
    }

    /** Whether the call was recorded within its unit of work; ends the outermost call. */
    public boolean endCall() {
        boolean within = recorded;
        operation = null;
        arguments = null;
        actor = null;
        recorded = false;
        return within;
    }
}
