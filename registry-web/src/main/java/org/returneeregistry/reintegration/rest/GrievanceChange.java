package org.returneeregistry.reintegration.rest;

/** The body of a grievance's change: why ({@code reason}), and for a response the {@code response} given. */
public record GrievanceChange(String response, String reason) {

    org.returneeregistry.reintegration.application.GrievanceChange toCommand() {
        return new org.returneeregistry.reintegration.application.GrievanceChange(response, reason);
    }
}
