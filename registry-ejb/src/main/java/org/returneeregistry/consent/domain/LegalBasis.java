package org.returneeregistry.consent.domain;

/** Why processing is lawful, with its W3C DPV identifier. */
public enum LegalBasis {
    CONSENT("https://w3id.org/dpv#Consent"),
    /** An obligation under law or a bilateral agreement. */
    LEGAL_OBLIGATION("https://w3id.org/dpv#LegalObligation"),
    VITAL_INTEREST("https://w3id.org/dpv#VitalInterest");

    public static final int LENGTH = 32;

    private final String dpv;

    LegalBasis(String dpv) {
        this.dpv = dpv;
    }

    public String dpv() {
        return dpv;
    }
}
