package org.returneeregistry.consent.application;

import java.util.Set;
import org.returneeregistry.consent.domain.DataCategory;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/** The decision point's answer, as logged under {@code sequence}. */
public record AccessDecision(DecisionReason reason, Set<DataCategory> granted, String consentId, long sequence) {

    public boolean permitted() {
        return reason.permits();
    }

    /** Throws the refusal a denied decision stands for; does nothing for a permit. */
    public AccessDecision orRefuse() {
        if (permitted()) {
            return this;
        }
        ErrorCode code = switch (reason) {
            case PURPOSE_MISSING -> ErrorCode.PURPOSE_REQUIRED;
            case ROLE_NOT_PERMITTED -> ErrorCode.PURPOSE_NOT_PERMITTED;
            case ORGANISATION_SUSPENDED -> ErrorCode.ORGANISATION_SUSPENDED;
            case SUBJECT_NOT_FOUND -> ErrorCode.NOT_FOUND;
            case CATEGORY_NOT_CONSENTED -> ErrorCode.CATEGORY_NOT_CONSENTED;
            case CONSENT_REVOKED -> ErrorCode.CONSENT_REVOKED;
            case CONSENT_EXPIRED -> ErrorCode.CONSENT_EXPIRED;
            case CONSENT_PENDING -> ErrorCode.CONSENT_PENDING;
            case CONSENT_REJECTED -> ErrorCode.CONSENT_REJECTED;
            default -> ErrorCode.NO_CONSENT;
        };
        String message = switch (reason) {
            case PURPOSE_MISSING -> "Every read of personal data must declare its purpose (one of the consent-purpose codes).";
            case ROLE_NOT_PERMITTED -> "The caller's role may not read personal data for this purpose.";
            case ORGANISATION_SUSPENDED -> "The caller's organisation is suspended or not registered.";
            case SUBJECT_NOT_FOUND -> "Returnee was not found.";
            case CATEGORY_NOT_CONSENTED -> "The returnee's consent for this purpose covers none of the categories asked.";
            case CONSENT_REVOKED -> "The returnee revoked the consent for this purpose.";
            case CONSENT_EXPIRED -> "The returnee's consent for this purpose has expired.";
            case CONSENT_PENDING -> "The returnee's consent for this purpose is not valid yet.";
            case CONSENT_REJECTED -> "The returnee refused consent for this purpose.";
            default -> "The caller's organisation holds neither the returnee's consent nor a legal basis for this purpose.";
        };
        throw new RegistryException(code, message + " Decision " + sequence + " in the decision log.");
    }
}
