package org.returneeregistry.reintegration.rest;

/** The body of a referral: the returnee, the service (referral-service list), optionally the recipient, why. */
public record CreateReferral(String registryNumber, String service, String recipient, String reason) {

    org.returneeregistry.reintegration.application.CreateReferral toCommand() {
        return new org.returneeregistry.reintegration.application.CreateReferral(
                registryNumber, service, recipient, reason);
    }
}
