package org.returneeregistry.reintegration.application;

import java.time.LocalDate;

/** A follow-up due and not made, with the case it belongs to. */
public record OverdueFollowUp(
        String caseId, String registryNumber, String centre, String worker, int number, LocalDate dueOn) {}
