package org.returneeregistry.agreement.domain;

/**
 * Whether one message may cross under an agreement now, and if so on which legal basis; what an exchange
 * logs with it is the agreement id and the version the answer was given under.
 *
 * @param version the agreement's version the decision was taken under; 0 when there is no such agreement
 * @param legalBasis the scope row's legal basis when in scope; null otherwise
 * @param retentionDays how long the exchanged data may be kept under that version; 0 when not in scope
 */
public record ScopeDecision(
        Outcome outcome, String agreementId, int version, ScopeLegalBasis legalBasis, int retentionDays) {

    /** Why a message is or is not in scope. */
    public enum Outcome {
        IN_SCOPE,
        NO_AGREEMENT,
        NOT_IN_FORCE,
        SUSPENDED,
        TERMINATED,
        OUTSIDE_VALIDITY,
        OUT_OF_SCOPE
    }

    public boolean inScope() {
        return outcome == Outcome.IN_SCOPE;
    }

    /** The answer for an agreement id the registry does not know. */
    public static ScopeDecision noAgreement(String agreementId) {
        return new ScopeDecision(Outcome.NO_AGREEMENT, agreementId, 0, null, 0);
    }
}
