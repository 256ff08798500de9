package org.returneeregistry.reintegration.application;

import java.time.Instant;
import java.time.LocalDate;

/** One case in a list. */
public record CaseSummary(
        String caseId,
        String registryNumber,
        String status,
        String centre,
        String worker,
        LocalDate openedOn,
        long openActions,
        long overdueFollowUps,
        Instant updatedAt) {}
