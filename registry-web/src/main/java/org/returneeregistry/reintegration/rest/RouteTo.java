package org.returneeregistry.reintegration.rest;

/** The body naming a recipient organisation: of an UNROUTED referral, or of a service's route. */
public record RouteTo(String recipient) {

    org.returneeregistry.reintegration.application.RouteTo toCommand() {
        return new org.returneeregistry.reintegration.application.RouteTo(recipient);
    }
}
