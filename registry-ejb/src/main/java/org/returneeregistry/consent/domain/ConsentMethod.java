package org.returneeregistry.consent.domain;

/** How the returnee gave (or refused) consent. */
public enum ConsentMethod {
    /** By the returnee directly. */
    SELF,
    /** With an officer at a mission or a migrant resource centre; the signed form is kept and its hash recorded. */
    ASSISTED,
    /** By a named representative (family member, lawyer, guardian). */
    DELEGATED;

    public static final int LENGTH = 16;
}
