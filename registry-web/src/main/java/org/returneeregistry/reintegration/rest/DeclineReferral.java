package org.returneeregistry.reintegration.rest;

/** The body of a decline: why the recipient cannot take the referral. */
public record DeclineReferral(String reason) {

    org.returneeregistry.reintegration.application.DeclineReferral toCommand() {
        return new org.returneeregistry.reintegration.application.DeclineReferral(reason);
    }
}
