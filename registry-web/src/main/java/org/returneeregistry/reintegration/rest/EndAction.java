package org.returneeregistry.reintegration.rest;

/** The body that ends an action: done (true) or cancelled (false), with a note. */
public record EndAction(Boolean done, String note) {

    org.returneeregistry.reintegration.application.EndAction toCommand() {
        return new org.returneeregistry.reintegration.application.EndAction(done, note);
    }
}
