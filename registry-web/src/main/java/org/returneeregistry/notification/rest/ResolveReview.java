package org.returneeregistry.notification.rest;

/** The body of a merge or split: why the registrar decided so. */
public record ResolveReview(String reason) {

    org.returneeregistry.notification.application.ResolveReview toCommand() {
        return new org.returneeregistry.notification.application.ResolveReview(reason);
    }
}
