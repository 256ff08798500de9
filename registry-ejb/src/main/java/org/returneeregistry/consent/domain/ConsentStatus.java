package org.returneeregistry.consent.domain;

/**
 * Where a consent record stands at a given moment, with its W3C DPV consent status. Derived from
 * the record and the clock, never stored: a record expires when its validity ends, untouched.
 */
public enum ConsentStatus {
    /** Given, but its validity has not begun. */
    PENDING("https://w3id.org/dpv#ConsentRequested"),
    ACTIVE("https://w3id.org/dpv#ConsentGiven"),
    REVOKED("https://w3id.org/dpv#ConsentWithdrawn"),
    EXPIRED("https://w3id.org/dpv#ConsentExpired"),
    /** The returnee refused. */
    REJECTED("https://w3id.org/dpv#ConsentRefused"),
    /** Replaced by a newer record for the same returnee and recipient. */
    SUPERSEDED("https://w3id.org/dpv#ConsentInvalidated");

    private final String dpv;

    ConsentStatus(String dpv) {
        this.dpv = dpv;
    }

    public String dpv() {
        return dpv;
    }
}
