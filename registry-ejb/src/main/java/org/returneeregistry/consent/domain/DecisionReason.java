package org.returneeregistry.consent.domain;

/** Why the decision point permitted or denied a read. Stable codes: auditors filter by them. */
public enum DecisionReason {
    /** Active consent of the returnee covers the purpose and at least one category asked. */
    CONSENT,
    /** A legal basis the operator configured covers the purpose and categories. */
    LEGAL_BASIS,
    /** The registry operator's own registrars, keeping the record. */
    OPERATOR_RECORD_KEEPING,
    PURPOSE_MISSING,
    ROLE_NOT_PERMITTED,
    ORGANISATION_SUSPENDED,
    SUBJECT_NOT_FOUND,
    NO_CONSENT,
    CATEGORY_NOT_CONSENTED,
    CONSENT_REVOKED,
    CONSENT_EXPIRED,
    CONSENT_PENDING,
    CONSENT_REJECTED;

    public static final int LENGTH = 40;

    public boolean permits() {
        return this == CONSENT || this == LEGAL_BASIS || this == OPERATOR_RECORD_KEEPING;
    }
}
