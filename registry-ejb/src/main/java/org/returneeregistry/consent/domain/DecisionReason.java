package org.returneeregistry.consent.domain;

import org.returneeregistry.shared.domain.ErrorCode;

/**
 * Why the decision point permitted or denied a read. Stable codes: auditors filter by them. A deny
 * names the refusal the caller receives.
 */
public enum DecisionReason {
    /** Active consent of the returnee covers the purpose and at least one category asked. */
    CONSENT(null, null),
    /** A legal basis the operator configured covers the purpose and categories. */
    LEGAL_BASIS(null, null),
    /** An agreement in force, to which the reading partner institution is a party, is the legal basis. */
    AGREEMENT(null, null),
    /** The registry operator's own registrars, keeping the record. */
    OPERATOR_RECORD_KEEPING(null, null),
    /** The returnee's case worker reads the special category of the case's screening. */
    CASE_WORKER(null, null),
    /** Aggregate statistics (an indicator's table, small cells withheld) for an auditor, an administrator or a ministry declaring STATISTICS. */
    AGGREGATE_STATISTICS(null, null),
    SPECIAL_CATEGORY_RESTRICTED(
            ErrorCode.SPECIAL_CATEGORY_RESTRICTED,
            "Trafficking and gender-based violence screening results are read only by the returnee's case worker."),
    PURPOSE_MISSING(
            ErrorCode.PURPOSE_REQUIRED,
            "Every read of personal data must declare its purpose (one of the consent-purpose codes)."),
    ROLE_NOT_PERMITTED(
            ErrorCode.PURPOSE_NOT_PERMITTED, "The caller's role may not read personal data for this purpose."),
    ORGANISATION_SUSPENDED(
            ErrorCode.ORGANISATION_SUSPENDED, "The caller's organisation is suspended or not registered."),
    SUBJECT_NOT_FOUND(ErrorCode.NOT_FOUND, "Returnee was not found."),
    NO_CONSENT(
            ErrorCode.NO_CONSENT,
            "The caller's organisation holds neither the returnee's consent nor a legal basis for this purpose."),
    CATEGORY_NOT_CONSENTED(
            ErrorCode.CATEGORY_NOT_CONSENTED,
            "The returnee's consent for this purpose covers none of the categories asked."),
    CONSENT_REVOKED(ErrorCode.CONSENT_REVOKED, "The returnee revoked the consent for this purpose."),
    CONSENT_EXPIRED(ErrorCode.CONSENT_EXPIRED, "The returnee's consent for this purpose has expired."),
    CONSENT_PENDING(ErrorCode.CONSENT_PENDING, "The returnee's consent for this purpose is not valid yet."),
    CONSENT_REJECTED(ErrorCode.CONSENT_REJECTED, "The returnee refused consent for this purpose."),
    NO_AGREEMENT_IN_FORCE(
            ErrorCode.CROSS_BORDER_NEEDS_AGREEMENT,
            "No agreement in force to which the caller's institution is a party lets data cross to it."),
    OUTSIDE_AGREEMENT_SCOPE(
            ErrorCode.CROSS_BORDER_NEEDS_AGREEMENT,
            "The agreements in force with the caller's institution do not cover the categories asked for this"
                    + " purpose.");

    public static final int LENGTH = 40;

    private final ErrorCode refusal;
    private final String explanation;

    DecisionReason(ErrorCode refusal, String explanation) {
        this.refusal = refusal;
        this.explanation = explanation;
    }

    public boolean permits() {
        return refusal == null;
    }

    /** The error a denied caller receives; null for a permit. */
    public ErrorCode refusal() {
        return refusal;
    }

    public String explanation() {
        return explanation;
    }
}
