package org.returneeregistry.reintegration.rest;

import java.time.LocalDate;

/** The body of a follow-up contact: when, its contact-outcome code, a note. */
public record RecordFollowUp(LocalDate contactedOn, String outcome, String note) {

    org.returneeregistry.reintegration.application.RecordFollowUp toCommand() {
        return new org.returneeregistry.reintegration.application.RecordFollowUp(contactedOn, outcome, note);
    }
}
