package org.returneeregistry.socialsecurity.domain;

/** The unit a period's total, a rule set's counting and its thresholds are expressed in. */
public enum PeriodUnit {
    DAYS,
    WEEKS,
    MONTHS,
    QUARTERS,
    YEARS
}
