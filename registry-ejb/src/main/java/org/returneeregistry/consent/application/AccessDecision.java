package org.returneeregistry.consent.application;

import java.util.Set;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * The decision point's answer, as logged under the decision's id ({@code sequence}: the number callers are
 * given); for a partner institution's read or an outbound message, the agreement and version it ran under.
 */
public record AccessDecision(
        DecisionReason reason,
        Set<DataCategory> granted,
        String consentId,
        long sequence,
        String agreementId,
        Integer agreementVersion) {

    public AccessDecision(DecisionReason reason, Set<DataCategory> granted, String consentId, long sequence) {
        this(reason, granted, consentId, sequence, null, null);
    }

    public boolean permitted() {
        return reason.permits();
    }

    /** Throws the refusal a denied decision stands for; does nothing for a permit. */
    public AccessDecision orRefuse() {
        if (!permitted()) {
            throw new RegistryException(reason.refusal(), refusalText());
        }
        return this;
    }

    /** What a caller refused by this decision is told: why, and where the decision is logged. */
    public String refusalText() {
        return reason.explanation() + " Decision " + sequence + " in the decision log.";
    }
}
