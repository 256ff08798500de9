package org.returneeregistry.reintegration.rest;

/** The body that links a referral of the returnee to the case. */
public record LinkReferral(String referralId) {

    org.returneeregistry.reintegration.application.LinkReferral toCommand() {
        return new org.returneeregistry.reintegration.application.LinkReferral(referralId);
    }
}
