package org.returneeregistry.exchange.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The person data of an HL7 ADT message to the Ministry of Health, as the caller was permitted to
 * disclose it: the caller asks the consent decision point first and leaves out what it may not send.
 * Only the registry number, a name and the date of birth are required.
 *
 * @param sex          ISO/IEC 5218 code (0, 1, 2, 9), or null
 * @param identifiers  passport, national id, labour permit (type as in the registry's identifier-type code list)
 * @param homeDistrict the district the returnee lives in at home
 * @param needCode     the urgent need, e.g. MEDICAL (the registry's urgent-need code list), or null
 * @param needNote     free text about the need, as short as it can be, or null
 */
public record AdtPerson(String registryNumber, String givenName, String familyName, LocalDate dateOfBirth, String sex,
                        List<Identifier> identifiers, String phone, String address, String homeDistrict,
                        String needCode, String needNote) {

    /** A personal identifier as issued: type (PASSPORT, NATIONAL_ID, LABOUR_PERMIT), number, issuing country. */
    public record Identifier(String type, String number, String issuingCountry) {
    }

    public AdtPerson {
        Objects.requireNonNull(registryNumber, "registryNumber");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
