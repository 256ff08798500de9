package org.returneeregistry.socialsecurity.domain;

/**
 * The families of periods Regulation (EC) 987/2009 Art. 12 ranks when periods coincide: compulsory insurance
 * over voluntary, real (contribution) periods over assimilated ones; residence periods last by default.
 */
public enum PeriodCategory {
    COMPULSORY,
    VOLUNTARY,
    ASSIMILATED,
    RESIDENCE
}
