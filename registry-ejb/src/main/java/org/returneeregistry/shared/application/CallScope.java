package org.returneeregistry.shared.application;

import jakarta.enterprise.context.RequestScoped;

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

    private String channel = INTERNAL;
    private int depth;

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
}
