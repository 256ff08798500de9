package org.returneeregistry.socialsecurity.domain;

/** The type of an insurance period, as the EESSI P5000 document distinguishes them. */
public enum PeriodType {
    COMPULSORY_EMPLOYED(PeriodCategory.COMPULSORY),
    COMPULSORY_SELF_EMPLOYED(PeriodCategory.COMPULSORY),
    VOLUNTARY(PeriodCategory.VOLUNTARY),
    ASSIMILATED_SICKNESS(PeriodCategory.ASSIMILATED),
    ASSIMILATED_UNEMPLOYMENT(PeriodCategory.ASSIMILATED),
    ASSIMILATED_CHILD_RAISING(PeriodCategory.ASSIMILATED),
    ASSIMILATED_MILITARY_SERVICE(PeriodCategory.ASSIMILATED),
    ASSIMILATED_OTHER(PeriodCategory.ASSIMILATED),
    RESIDENCE(PeriodCategory.RESIDENCE);

    private final PeriodCategory category;

    PeriodType(PeriodCategory category) {
        this.category = category;
    }

    public PeriodCategory category() {
        return category;
    }
}
