package org.returneeregistry.agreement.domain;

/**
 * The messages partner registries exchange (code list {@code message-type}). Social security messages
 * (insurance-period request and answer, claim, decision) are further codes of this list, added with the
 * published code list, not a new mechanism: scope rows store the code as text.
 */
public enum MessageType {
    RETURN_NOTICE,
    EMPLOYMENT_RECORD_REQUEST,
    EMPLOYMENT_RECORD_RESPONSE,
    CONSENT_REVOKED,
    RECEIPT,
    INSURANCE_PERIOD_REQUEST,
    INSURANCE_PERIOD_ANSWER,
    CLAIM_DECISION;

    /** Room for the longest code the list may grow to, e.g. {@code INSURANCE_PERIOD_REQUEST}. */
    public static final int LENGTH = 48;
}
