package org.returneeregistry.returnee.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a return notice to a partner institution says about the person: identifiers, name, date of birth, sex, home
 * district, and the latest period of work abroad. Handed out only for a disclosure the consent decision point
 * permitted (categories {@code IDENTITY} and {@code MIGRATION_HISTORY}).
 */
public record ReturneeNoticeFacts(
        List<ReturneeIdentifier> identifiers,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String sex,
        String homeDistrict,
        Episode lastEpisode) {

    /** One period of work abroad (code lists {@code country}, {@code isco-occupation}, {@code isic-section}). */
    public record Episode(
            String destinationCountry,
            String employer,
            String occupation,
            String sector,
            String channel,
            LocalDate departureDate,
            LocalDate endDate) {}

    public ReturneeNoticeFacts {
        identifiers = List.copyOf(identifiers);
    }
}
