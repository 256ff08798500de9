package org.returneeregistry.reintegration.rest;

/** The body that transfers a case to another resource centre, optionally to one of its case workers. */
public record TransferCase(String centre, String worker, String reason) {

    org.returneeregistry.reintegration.application.TransferCase toCommand() {
        return new org.returneeregistry.reintegration.application.TransferCase(centre, worker, reason);
    }
}
