package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.reintegration.application.GrievanceView;
import org.returneeregistry.shared.rest.Wire;

/** A grievance with its history; an anonymous one has no caseId and no registryNumber. */
public record Grievance(
        String grievanceId,
        boolean anonymous,
        String caseId,
        String registryNumber,
        String receivedAt,
        String category,
        String description,
        String status,
        String response,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Event> history) {

    /** One change: the status reached, when, who and why. */
    public record Event(int sequence, String status, Instant at, String actor, String organisation, String note) {}

    static Grievance from(GrievanceView v) {
        return new Grievance(
                v.grievanceId(),
                v.anonymous(),
                v.caseId(),
                v.registryNumber(),
                v.receivedAt(),
                v.category(),
                v.description(),
                v.status(),
                v.response(),
                v.createdAt(),
                v.updatedAt(),
                v.version(),
                Wire.list(
                        v.history(),
                        e -> new Event(e.sequence(), e.status(), e.at(), e.actor(), e.organisation(), e.note())));
    }
}
