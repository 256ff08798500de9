package org.returneeregistry.socialsecurity.domain;

/** The benefits a period may count for and a claim may be made for. */
public enum Benefit {
    OLD_AGE,
    INVALIDITY,
    SURVIVORS,
    EMPLOYMENT_INJURY,
    LUMP_SUM_REFUND
}
