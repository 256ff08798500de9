package org.returneeregistry.reintegration.rest;

/** The body that opens a case: the returnee, optionally the resource centre (operator's registrars), why. */
public record OpenCase(String registryNumber, String centre, String reason) {

    org.returneeregistry.reintegration.application.OpenCase toCommand() {
        return new org.returneeregistry.reintegration.application.OpenCase(registryNumber, centre, reason);
    }
}
