package org.returneeregistry.exchange.rest;

import java.time.LocalDate;
import org.returneeregistry.exchange.application.SendReturnNotice;

/**
 * The body of a return notice to a partner institution under an agreement: whose (registry number), to whom (the
 * institution and the agreement), why (a consent-purpose code), how (a return-modality code, optional reason) and
 * when the worker left, and optionally the port of entry. The person and their latest work abroad come from the
 * record.
 */
public record ReturnNoticeRequest(
        String registryNumber,
        String agreementId,
        String recipientInstitution,
        String purpose,
        String returnModality,
        String returnReason,
        LocalDate exitDate,
        String portOfEntry) {

    SendReturnNotice toCommand() {
        return new SendReturnNotice(
                agreementId, recipientInstitution, purpose, returnModality, returnReason, exitDate, portOfEntry);
    }
}
