package org.returneeregistry.socialsecurity.domain;

/** Where a partner's insurance period request to this registry's institution stands. */
public enum PeriodRequestStatus {
    /** On the officers' worklist, not answered yet. */
    OPEN,
    /** Answered with certified periods. */
    ANSWERED,
    /** Answered with a refusal and its reason code. */
    REFUSED;

    public static final int LENGTH = 16;
}
