package org.returneeregistry.reintegration.rest;

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
        Instant updatedAt) {

    static CaseSummary from(org.returneeregistry.reintegration.application.CaseSummary s) {
        return new CaseSummary(
                s.caseId(),
                s.registryNumber(),
                s.status(),
                s.centre(),
                s.worker(),
                s.openedOn(),
                s.openActions(),
                s.overdueFollowUps(),
                s.updatedAt());
    }
}
