package org.returneeregistry.exchange.rest;

import java.time.LocalDate;
import org.returneeregistry.exchange.application.RequestEmploymentRecords;

/**
 * The body of a request for a returnee's employment records from a partner institution under an agreement: whose
 * (registry number), from whom (the institution and the agreement), why (a consent-purpose code) and, optionally,
 * for which period.
 */
public record EmploymentRecordRequest(
        String registryNumber,
        String agreementId,
        String recipientInstitution,
        String purpose,
        LocalDate periodFrom,
        LocalDate periodTo) {

    RequestEmploymentRecords toCommand() {
        return new RequestEmploymentRecords(agreementId, recipientInstitution, purpose, periodFrom, periodTo);
    }
}
