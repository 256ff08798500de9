package org.returneeregistry.reintegration.domain;

import java.util.Map;
import java.util.Set;

/** Where a grievance stands: RECEIVED, then UNDER_REVIEW, RESPONDED and CLOSED; one received may be closed at once. */
public enum GrievanceStatus {
    RECEIVED,
    UNDER_REVIEW,
    RESPONDED,
    CLOSED;

    public static final int LENGTH = 20;

    private static final Map<GrievanceStatus, Set<GrievanceStatus>> NEXT = Map.of(
            RECEIVED, Set.of(UNDER_REVIEW, CLOSED),
            UNDER_REVIEW, Set.of(RESPONDED),
            RESPONDED, Set.of(CLOSED, UNDER_REVIEW),
            CLOSED, Set.of());

    /** Whether a grievance in this status may move to {@code next}. */
    public boolean mayBecome(GrievanceStatus next) {
        return NEXT.get(this).contains(next);
    }
}
