package org.returneeregistry.reintegration.rest;

/** The body of an outcome report: a code of the referral-outcome list; OTHER needs a note. */
public record ReportOutcome(String outcome, String note) {

    org.returneeregistry.reintegration.application.ReportOutcome toCommand() {
        return new org.returneeregistry.reintegration.application.ReportOutcome(outcome, note);
    }
}
