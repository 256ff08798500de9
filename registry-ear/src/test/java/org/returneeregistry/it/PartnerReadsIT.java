package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.consent.v1.ReturneeDisclosure;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * A partner institution of another country reads a returnee through the registry's ordinary read
 * operations (REST disclosure, SOAP ReadReturnee) only under an agreement in force it is a party to, only
 * the categories the agreement's outbound scope covers for the purpose, and every decision — permit and
 * deny — is logged on channel PARTNER with the agreement's id and version. Tried as an abuser with a valid
 * token: without an agreement, with the agreement suspended, outside its categories and purposes, under
 * another country's agreement, and by searching the register.
 */
class PartnerReadsIT extends DeployedRegistry {

    /** Partner institutions of this test alone, so other tests' agreements do not decide for them. */
    private static final String QATAR = "QAT-XPARTNER";

    private static final String QATAR_B = "QAT-XPARTNERB";

    private static final String MALAYSIA = "MYS-XPARTNER";

    private static Caller partner(String code, String country) {
        Callers.registered(code, "PARTNER_INSTITUTION", country, "partner-institution");
        return new Caller(Callers.clientId(code), code, false, "partner-institution");
    }

    /** An agreement in force between the operator and the institution: IDENTITY by the agreement, HEALTH by consent. */
    private static JsonObject inForce(String institution, String country, String title) {
        JsonObject body = Agreements.registration(title)
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("country", "NPL")
                                        .add("institution", Callers.OPERATOR))
                                .add(Json.createObjectBuilder()
                                        .add("country", country)
                                        .add("institution", institution)))
                .add(
                        "scope",
                        Json.createArrayBuilder()
                                .add(Agreements.row(
                                        "OUTBOUND", "RETURN_NOTICE", "IDENTITY", "SOCIAL_SECURITY_CLAIM", "AGREEMENT"))
                                .add(Agreements.row(
                                        "OUTBOUND",
                                        "RETURN_NOTICE",
                                        "HEALTH",
                                        "SOCIAL_SECURITY_CLAIM",
                                        "CONSENT_REQUIRED"))
                                .add(Agreements.row(
                                        "INBOUND", "RETURN_NOTICE", "CONTACT", "SOCIAL_SECURITY_CLAIM", "AGREEMENT")))
                .build();
        JsonObject agreement = RegistryApi.sendAs(
                        Callers.registryAdmin(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/agreements"))
                                .header("Content-Type", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())))
                .expect(201)
                .json();
        String id = agreement.getString("agreementId");
        Agreements.post(id, "/entry-into-force", Agreements.reason("Ratified")).expect(200);
        return agreement;
    }

    private static RegistryApi.Answer read(Caller caller, String rn, String purpose, String... categories) {
        StringBuilder path = new StringBuilder(API + "/returnees/" + rn + "/disclosure?purpose=" + purpose);
        for (String c : categories) {
            path.append("&category=").append(c);
        }
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(path.toString()))
                        .header("Accept", JSON)
                        .GET());
    }

    private static String newReturnee() {
        return RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
    }

    /** The newest decision about the returnee by the organisation, as an auditor reads it. */
    private static JsonObject lastDecision(String rn, String organisation) {
        return RegistryApi.decisions(rn, "&organisation=" + organisation)
                .getJsonArray("items")
                .getJsonObject(0);
    }

    private static List<String> granted(JsonObject disclosure) {
        return disclosure.getJsonArray("grantedCategories").getValuesAs(JsonString::getString);
    }

    @Test
    void aPartnerReadsOnlyTheAgreementsCategoriesAndTheDecisionNamesTheAgreementAndVersion() throws RegistryFault {
        Caller qatar = partner(QATAR, "QAT");
        String rn = newReturnee();
        // no agreement yet: refused, and logged on the partner channel
        read(qatar, rn, "SOCIAL_SECURITY_CLAIM", "IDENTITY").problem(403, "CrossBorderNeedsAgreement");
        JsonObject refused = lastDecision(rn, QATAR);
        assertEquals("PARTNER", refused.getString("channel"), refused::toString);
        assertEquals("NO_AGREEMENT_IN_FORCE", refused.getString("reason"));

        String agreementId =
                inForce(QATAR, "QAT", "Partner reads " + System.nanoTime()).getString("agreementId");

        JsonObject disclosed = read(qatar, rn, "SOCIAL_SECURITY_CLAIM", "IDENTITY", "HEALTH", "CONTACT")
                .expect(200)
                .json();
        assertEquals(List.of("IDENTITY"), granted(disclosed));
        assertTrue(disclosed.containsKey("identity"), disclosed::toString);
        for (String absent : List.of("health", "contact", "migrationHistory", "returns")) {
            assertFalse(disclosed.containsKey(absent), () -> absent + " must be omitted: " + disclosed);
        }
        JsonObject permit = lastDecision(rn, QATAR);
        assertEquals("PARTNER", permit.getString("channel"));
        assertEquals("AGREEMENT", permit.getString("reason"));
        assertEquals(agreementId, permit.getString("agreementId"));
        assertEquals(1, permit.getInt("agreementVersion"));

        ReturneeDisclosure soap = RegistryApi.consentPort(qatar).readReturnee(rn, "SOCIAL_SECURITY_CLAIM", List.of());
        assertEquals(List.of("IDENTITY"), soap.getGrantedCategory());
        assertEquals("PARTNER", lastDecision(rn, QATAR).getString("channel"));

        // HEALTH needs the returnee's consent under this agreement, CONTACT is only inbound: refused with reasons
        read(qatar, rn, "SOCIAL_SECURITY_CLAIM", "HEALTH").problem(403, "NoConsent");
        assertEquals(agreementId, lastDecision(rn, QATAR).getString("agreementId"));
        read(qatar, rn, "SOCIAL_SECURITY_CLAIM", "CONTACT").problem(403, "CrossBorderNeedsAgreement");
        assertEquals("OUTSIDE_AGREEMENT_SCOPE", lastDecision(rn, QATAR).getString("reason"));
        // a purpose its role does not serve, whatever the agreement
        read(qatar, rn, "HEALTH_FOLLOW_UP", "IDENTITY").problem(403, "PurposeNotPermitted");
        RegistryFault outside = assertThrows(RegistryFault.class, () -> RegistryApi.consentPort(qatar)
                .readReturnee(rn, "SOCIAL_SECURITY_CLAIM", List.of("CONTACT")));
        assertEquals("CrossBorderNeedsAgreement", outside.getFaultInfo().getCode());

        // suspended: nothing crosses, at once
        Agreements.post(agreementId, "/suspension", Agreements.reason("Breach under review"))
                .expect(200);
        read(qatar, rn, "SOCIAL_SECURITY_CLAIM", "IDENTITY").problem(403, "CrossBorderNeedsAgreement");
        JsonObject suspended = lastDecision(rn, QATAR);
        assertEquals("NO_AGREEMENT_IN_FORCE", suspended.getString("reason"));
        assertEquals(agreementId, suspended.getString("agreementId"));
        Agreements.post(agreementId, "/resumption", Agreements.reason("Resolved"))
                .expect(200);
        read(qatar, rn, "SOCIAL_SECURITY_CLAIM", "IDENTITY").expect(200);
    }

    @Test
    void aPartnerDoesNotReadUnderAnotherCountrysAgreementNorSearchTheRegister() {
        Caller qatar = partner(QATAR_B, "QAT");
        Caller malaysia = partner(MALAYSIA, "MYS");
        inForce(QATAR_B, "QAT", "Qatar only " + System.nanoTime());
        String passport = Samples.passportNumber();
        String rn = RegistryApi.register(Samples.registration(passport)).getString("registryNumber");

        read(malaysia, rn, "SOCIAL_SECURITY_CLAIM", "IDENTITY").problem(403, "CrossBorderNeedsAgreement");
        JsonObject refused = lastDecision(rn, MALAYSIA);
        assertEquals("NO_AGREEMENT_IN_FORCE", refused.getString("reason"));
        assertEquals("PARTNER", refused.getString("channel"));

        // enumerating: the search is for the operator's registrars only
        RegistryApi.Answer search = RegistryApi.sendAs(
                malaysia,
                HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.query(
                                API + "/returnees",
                                "identifierType",
                                "PASSPORT",
                                "identifierNumber",
                                passport,
                                "issuingCountry",
                                Samples.COUNTRY,
                                "purpose",
                                "SOCIAL_SECURITY_CLAIM")))
                        .header("Accept", JSON)
                        .GET());
        assertEquals(403, search.status(), search::toString);
        assertFalse(search.body().contains(rn), search::toString);
        RegistryApi.Answer qatarSearch = RegistryApi.sendAs(
                qatar,
                HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.query(
                                API + "/returnees",
                                "identifierType",
                                "PASSPORT",
                                "identifierNumber",
                                passport,
                                "issuingCountry",
                                Samples.COUNTRY,
                                "purpose",
                                "SOCIAL_SECURITY_CLAIM")))
                        .header("Accept", JSON)
                        .GET());
        assertEquals(403, qatarSearch.status(), qatarSearch::toString);
        assertFalse(qatarSearch.body().contains(rn), qatarSearch::toString);
        // the whole record is not for partners either
        RegistryApi.Answer whole = RegistryApi.sendAs(
                qatar,
                HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn + "?purpose=SOCIAL_SECURITY_CLAIM"))
                        .header("Accept", JSON)
                        .GET());
        assertEquals(403, whole.status(), whole::toString);
    }
}
