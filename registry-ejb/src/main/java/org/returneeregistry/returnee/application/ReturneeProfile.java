package org.returneeregistry.returnee.application;

import java.time.LocalDate;

/**
 * What a reintegration case keeps of the returnee when it opens, so its statistics can be
 * disaggregated without reading the record again: sex (ISO 5218), date of birth, home district, the
 * destination of the last work abroad and the last return's modality and date (each null when the
 * record has none).
 */
public record ReturneeProfile(
        String sex,
        LocalDate dateOfBirth,
        String homeDistrict,
        String destinationCountry,
        String returnModality,
        LocalDate returnDate) {}
