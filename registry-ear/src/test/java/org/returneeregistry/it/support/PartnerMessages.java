package org.returneeregistry.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/**
 * The bodies the registry's officers post to send a partner institution a message ({@code POST
 * /partner-messages/return-notices}, {@code …/employment-record-requests}) and to answer a partner's employment record
 * request ({@code …/employment-record-requests/{id}/answer}).
 */
public final class PartnerMessages {

    public static final String RETURN_NOTICES = RegistryApi.API + "/partner-messages/return-notices";
    public static final String EMPLOYMENT_RECORD_REQUESTS =
            RegistryApi.API + "/partner-messages/employment-record-requests";

    private PartnerMessages() {}

    /** A return notice of the returnee {@code rn}: end of contract, left the destination two days ago. */
    public static JsonObject returnNotice(String rn, String agreementId, String recipient, String purpose) {
        return addressed(rn, agreementId, recipient, purpose)
                .add("returnModality", "END_OF_CONTRACT")
                .add("returnReason", "Contract ended; exit through Hamad International Airport")
                .add("exitDate", LocalDate.now().minusDays(2).toString())
                .add("portOfEntry", "KTM")
                .build();
    }

    /** A request for the employment records of the returnee {@code rn} since 2019. */
    public static JsonObject employmentRecordRequest(String rn, String agreementId, String recipient, String purpose) {
        return addressed(rn, agreementId, recipient, purpose)
                .add("periodFrom", "2019-01-01")
                .build();
    }

    private static JsonObjectBuilder addressed(String rn, String agreementId, String recipient, String purpose) {
        return Json.createObjectBuilder()
                .add("registryNumber", rn)
                .add("agreementId", agreementId)
                .add("recipientInstitution", recipient)
                .add("purpose", purpose);
    }

    /** An answer with the records of the returnee {@code rn}: 57 months with Gulf Build LLC from March 2021. */
    public static JsonObject recordsFound(String rn) {
        return Json.createObjectBuilder()
                .add("outcome", "FOUND")
                .add("registryNumber", rn)
                .add(
                        "records",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("employer", "Gulf Build LLC")
                                        .add("from", "2021-03-01")
                                        .add("to", "2025-12-31")
                                        .add("contributionMonths", 57)))
                .build();
    }

    /** An answer refusing the request for want of the returnee's consent. */
    public static JsonObject refusedForWantOfConsent() {
        return Json.createObjectBuilder()
                .add("outcome", "REFUSED")
                .add("refusalCode", "NO_CONSENT")
                .add("refusalReason", "The returnee has not consented to this disclosure")
                .build();
    }

    /** The id of the message a partner-message call queued (202 Accepted). */
    public static String queued(RegistryApi.Answer answer) {
        return answer.expect(202).json().getString("messageId");
    }

    /** Where an officer answers the partner's employment record request {@code requestId}. */
    public static String answerPath(String requestId) {
        return EMPLOYMENT_RECORD_REQUESTS + "/" + requestId + "/answer";
    }
}
