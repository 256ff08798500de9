package org.returneeregistry.returnee.rest;

import java.time.LocalDate;

/** A migration episode: where and for whom a worker was employed abroad. */
public record Employment(
        String destinationCountry,
        String employer,
        String occupation,
        String sector,
        String recruitmentAgency,
        String channel,
        LocalDate departureDate,
        LocalDate endDate) {

    public static Employment from(org.returneeregistry.returnee.domain.Employment e) {
        return new Employment(
                e.destinationCountry(),
                e.employer(),
                e.occupation(),
                e.sector(),
                e.recruitmentAgency(),
                e.channel(),
                e.departureDate(),
                e.endDate());
    }

    public org.returneeregistry.returnee.domain.Employment toDomain() {
        return new org.returneeregistry.returnee.domain.Employment(
                destinationCountry, employer, occupation, sector, recruitmentAgency, channel, departureDate, endDate);
    }
}
