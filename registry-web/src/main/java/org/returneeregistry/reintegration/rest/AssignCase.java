package org.returneeregistry.reintegration.rest;

/** The body that assigns a case: the case worker (none: the caller), the centre when none holds it, why. */
public record AssignCase(String centre, String worker, String reason) {

    org.returneeregistry.reintegration.application.AssignCase toCommand() {
        return new org.returneeregistry.reintegration.application.AssignCase(centre, worker, reason);
    }
}
