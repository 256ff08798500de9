package org.returneeregistry.reintegration.rest;

/** The body that closes a case: a case-outcome code and the reason (required with open actions and for OTHER). */
public record CloseCase(String outcome, String reason) {

    org.returneeregistry.reintegration.application.CloseCase toCommand() {
        return new org.returneeregistry.reintegration.application.CloseCase(outcome, reason);
    }
}
