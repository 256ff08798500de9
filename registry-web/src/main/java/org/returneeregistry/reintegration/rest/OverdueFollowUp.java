package org.returneeregistry.reintegration.rest;

import java.time.LocalDate;

/** A follow-up due and not made, with its case. */
public record OverdueFollowUp(
        String caseId, String registryNumber, String centre, String worker, int number, LocalDate dueOn) {

    static OverdueFollowUp from(org.returneeregistry.reintegration.application.OverdueFollowUp o) {
        return new OverdueFollowUp(o.caseId(), o.registryNumber(), o.centre(), o.worker(), o.number(), o.dueOn());
    }
}
