package org.returneeregistry.reintegration.application;

import java.time.Instant;
import java.util.List;

/**
 * A grievance as the registry answers it; an anonymous one has no case and no registry number.
 */
public record GrievanceView(
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
        List<EventView> history) {

    /** One change: the status reached, when, who and why. */
    public record EventView(int sequence, String status, Instant at, String actor, String organisation, String note) {}
}
