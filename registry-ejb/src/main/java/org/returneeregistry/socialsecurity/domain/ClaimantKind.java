package org.returneeregistry.socialsecurity.domain;

/** Who claims: the returnee, or a survivor (with the relationship to the returnee) for a survivors' benefit. */
public enum ClaimantKind {
    RETURNEE,
    SURVIVOR;

    public static final int LENGTH = 16;
}
