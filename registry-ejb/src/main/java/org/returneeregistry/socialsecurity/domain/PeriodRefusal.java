package org.returneeregistry.socialsecurity.domain;

/**
 * Why an institution does not certify insurance periods for a partner's request (code list
 * {@code period-request-refusal}).
 */
public enum PeriodRefusal {
    PERSON_NOT_FOUND,
    IDENTITY_UNCERTAIN,
    NO_PERIODS,
    NOT_COMPETENT,
    OTHER
}
