package org.returneeregistry.agreement.domain;

/**
 * Where a message's signing certificate stands under an agreement at an instant, for its sender institution:
 * the one answer an inbound exchange needs to accept the signature or name why not. The certificate is
 * compared by its SHA-256 fingerprint with those registered, never trusted because a message embeds it.
 */
public enum SignerStanding {
    /** Registered for the institution, within its validity and not revoked. */
    VALID,
    /** The institution is not a party to the agreement's current version. */
    NOT_PARTY,
    /** The institution is a party, but this certificate is not registered for it under the agreement. */
    NOT_REGISTERED,
    REVOKED,
    EXPIRED,
    NOT_YET_VALID
}
