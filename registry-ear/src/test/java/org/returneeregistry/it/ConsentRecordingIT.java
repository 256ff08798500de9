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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.consent.v1.ConsentRecording;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Who may record consent for whom, naming whom — through REST and SOAP with real tokens: a mission
 * only for people it notified and with the signed form's evidence, nobody for its own organisation,
 * no foreign institution without an agreement, no caller-chosen legal basis, supersession only of
 * records the caller may see; and a newer refusal withdrawing an older consent. Every refusal writes
 * nothing and is in the audit trail with its code.
 */
class ConsentRecordingIT extends DeployedRegistry {

    private static final List<String> ALL_CATEGORIES = List.of(
            "IDENTITY",
            "CONTACT",
            "MIGRATION_HISTORY",
            "RETURN_DETAILS",
            "SKILLS",
            "HEALTH",
            "VULNERABILITY",
            "FAMILY",
            "FINANCIAL",
            "SOCIAL_SECURITY");
    private static final String EVIDENCE = "5e".repeat(32);
    /** A well-formed registry number no returnee holds. */
    private static final String NOBODY = org.returneeregistry.shared.domain.RegistryNumber.fromSerial(99_999_998L)
            .value();

    /** The mission the tests act as, and one other mission. */
    private static Caller doha() {
        return Callers.mission(Samples.MISSION);
    }

    private static Caller colombo() {
        return Callers.mission("NPL-EMB-CMB");
    }

    /** The Ministry of Health, a domestic recipient, registered first if it is not yet. */
    private static String ministry() {
        return Callers.ministrySystem().organisation();
    }

    /** A new returnee, whose return the mission notified. */
    private static String notifiedBy(Caller mission) {
        return notifiedBy(mission, Samples.passportNumber());
    }

    /** The returnee with this passport, whose return the mission notified (a new one, or the one who holds it). */
    private static String notifiedBy(Caller mission, String passport) {
        JsonObject notification = Samples.with(
                Samples.notification(Samples.notificationId(), passport), "/missionCode", mission.organisation());
        return RegistryApi.sendAs(
                        mission,
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/return-notifications"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(notification.toString())))
                .expect(201)
                .json()
                .getString("registryNumber");
    }

    private static JsonObject body(String registryNumber, String recipient, String method, List<String> categories) {
        var c = Json.createArrayBuilder();
        categories.forEach(c::add);
        var body = Json.createObjectBuilder()
                .add("registryNumber", registryNumber)
                .add("recipient", recipient)
                .add(
                        "purposes",
                        Json.createArrayBuilder().add("REINTEGRATION_SERVICES").add("LEGAL_AID"))
                .add("categories", c)
                .add("method", method)
                .add("validUntil", Instant.now().plus(Duration.ofDays(365)).toString())
                .add("noticeVersion", "2026-1");
        if (!method.equals("SELF")) {
            body.add("evidenceHash", EVIDENCE);
        }
        if (method.equals("DELEGATED")) {
            body.add("representative", "Sita Thapa, sister");
        }
        return body.build();
    }

    private static JsonObject body(String registryNumber, String recipient, String method) {
        return body(registryNumber, recipient, method, ALL_CATEGORIES);
    }

    private static ConsentRecording soapBody(
            String registryNumber, String recipient, String method, Consumer<ConsentRecording> change) {
        ConsentRecording consent = new ConsentRecording();
        consent.setRegistryNumber(registryNumber);
        consent.setRecipient(recipient);
        consent.getPurpose().add("REINTEGRATION_SERVICES");
        consent.getCategory().addAll(ALL_CATEGORIES);
        consent.setMethod(method);
        if (!method.equals("SELF")) {
            consent.setEvidenceHash(EVIDENCE);
        }
        consent.setValidUntil(Instant.now().plus(Duration.ofDays(365)));
        consent.setNoticeVersion("2026-1");
        change.accept(consent);
        return consent;
    }

    /** The fault code of a refused SOAP RecordConsent. */
    private static String soapRefusal(Caller caller, ConsentRecording consent) {
        RegistryFault fault = assertThrows(
                RegistryFault.class, () -> RegistryApi.consentPort(caller).recordConsent(consent));
        return fault.getFaultInfo().getCode();
    }

    private static Answer read(Caller caller, String registryNumber, String purpose, String... categories) {
        StringBuilder path = new StringBuilder(API + "/returnees/" + registryNumber + "/disclosure?purpose=" + purpose);
        for (String c : categories) {
            path.append("&category=").append(c);
        }
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(path.toString()))
                        .header("Accept", JSON)
                        .GET());
    }

    /** The audit trail's outcomes of the organisation's RecordConsent calls since {@code from}. */
    private static List<String> auditedOutcomes(String organisation, Instant from) {
        return RegistryApi.sendAs(
                        Callers.auditor(),
                        HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.query(
                                        API + "/audit-entries",
                                        "organisation",
                                        organisation,
                                        "operation",
                                        "CONSENT_RECORD",
                                        "from",
                                        from.toString(),
                                        "pageSize",
                                        "100")))
                                .header("Accept", JSON)
                                .GET())
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("outcome"))
                .toList();
    }

    @Test
    void aMissionCannotGiveItselfConsentForSomeoneItDidNotNotifyNorReadThem() throws RegistryFault {
        Caller doha = doha();
        String rn = notifiedBy(colombo());

        // the reproduction: SELF, naming itself, every category
        Consents.post(doha, body(rn, doha.organisation(), "SELF")).problem(422, "ConsentEvidenceRequired");
        // with the signed form's evidence: the person is not one Doha notified, answered as nobody at all
        JsonObject notNotified =
                Consents.post(doha, body(rn, ministry(), "ASSISTED")).problem(404, "NotFound");
        JsonObject nobody =
                Consents.post(doha, body(NOBODY, ministry(), "ASSISTED")).problem(404, "NotFound");
        assertEquals(
                nobody.getString("detail").replace(NOBODY, "?"),
                notNotified.getString("detail").replace(rn, "?"),
                "a person another mission notified must answer exactly as a registry number nobody holds");
        Consents.post(doha, body(rn, doha.organisation(), "ASSISTED")).problem(404, "NotFound");

        assertEquals("ConsentEvidenceRequired", soapRefusal(doha, soapBody(rn, doha.organisation(), "SELF", c -> {})));
        assertEquals("NotFound", soapRefusal(doha, soapBody(rn, ministry(), "ASSISTED", c -> {})));
        assertEquals("NotFound", soapRefusal(doha, soapBody(NOBODY, ministry(), "ASSISTED", c -> {})));

        assertTrue(Consents.of(rn).isEmpty(), "no consent record may have been written");
        read(doha, rn, "REINTEGRATION_SERVICES").problem(403, "NoConsent");
    }

    @Test
    void aMissionRecordsOnlyEvidencedConsentAndNeverForItselfOrAForeignInstitution() throws RegistryFault {
        Instant start = Instant.now().minusSeconds(1);
        Caller doha = doha();
        String partner = Callers.partnerInstitution().organisation();
        String rn = notifiedBy(doha);

        Consents.post(doha, body(rn, ministry(), "SELF")).problem(422, "ConsentEvidenceRequired");
        Consents.post(
                        doha,
                        Json.createObjectBuilder(body(rn, ministry(), "DELEGATED"))
                                .remove("evidenceHash")
                                .build())
                .problem(422, "ConsentEvidenceRequired");
        Consents.post(doha, body(rn, doha.organisation(), "ASSISTED")).problem(403, "ConsentToOwnOrganisation");
        Consents.post(doha, body(rn, partner, "ASSISTED")).problem(403, "CrossBorderNeedsAgreement");
        JsonObject basis = Consents.post(
                        doha,
                        Json.createObjectBuilder(body(rn, ministry(), "ASSISTED"))
                                .add("legalBasis", "VITAL_INTEREST")
                                .build())
                .problem(400, "ValidationFailed");
        assertEquals(List.of("legalBasis"), RegistryApi.violationFields(basis));

        assertEquals("ConsentEvidenceRequired", soapRefusal(doha, soapBody(rn, ministry(), "SELF", c -> {})));
        assertEquals(
                "ConsentToOwnOrganisation", soapRefusal(doha, soapBody(rn, doha.organisation(), "ASSISTED", c -> {})));
        assertEquals("CrossBorderNeedsAgreement", soapRefusal(doha, soapBody(rn, partner, "ASSISTED", c -> {})));
        assertEquals(
                "ValidationFailed",
                soapRefusal(doha, soapBody(rn, ministry(), "ASSISTED", c -> c.setLegalBasis("LEGAL_OBLIGATION"))));
        assertTrue(Consents.of(rn).isEmpty(), "no refused record may have been written");

        // the signed form, for the Ministry of Health, for a person Doha notified: recorded, over both
        JsonObject recorded = Consents.post(doha, body(rn, ministry(), "ASSISTED"))
                .expect(201)
                .json();
        assertEquals("CONSENT", recorded.getJsonObject("legalBasis").getString("code"));
        RegistryApi.consentPort(doha)
                .recordConsent(soapBody(rn, ministry(), "DELEGATED", c -> c.setRepresentative("Sita Thapa, sister")));
        assertEquals(2, Consents.of(rn).size());
        read(Callers.ministrySystem(), rn, "LEGAL_AID", "IDENTITY").expect(200);

        List<String> audited = auditedOutcomes(doha.organisation(), start);
        for (String code : List.of(
                "ConsentEvidenceRequired",
                "ConsentToOwnOrganisation",
                "CrossBorderNeedsAgreement",
                "ValidationFailed",
                "OK")) {
            assertTrue(audited.contains(code), () -> code + " is not in the audit trail: " + audited);
        }
    }

    @Test
    void theOperatorsRegistrarNamesNeitherTheOperatorNorAForeignInstitutionNorALegalBasis() throws RegistryFault {
        Caller registrar = Callers.registrar();
        String partner = Callers.partnerInstitution().organisation();
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");

        Consents.post(registrar, body(rn, Callers.OPERATOR, "SELF")).problem(403, "ConsentToOwnOrganisation");
        Consents.post(registrar, body(rn, partner, "ASSISTED")).problem(403, "CrossBorderNeedsAgreement");
        JsonObject basis = Consents.post(
                        registrar,
                        Json.createObjectBuilder(body(rn, ministry(), "SELF"))
                                .add("legalBasis", "LEGAL_OBLIGATION")
                                .build())
                .problem(400, "ValidationFailed");
        assertEquals(List.of("legalBasis"), RegistryApi.violationFields(basis));
        assertEquals(
                "ConsentToOwnOrganisation", soapRefusal(registrar, soapBody(rn, Callers.OPERATOR, "SELF", c -> {})));
        assertEquals("CrossBorderNeedsAgreement", soapRefusal(registrar, soapBody(rn, partner, "SELF", c -> {})));
        assertEquals(
                "ValidationFailed",
                soapRefusal(registrar, soapBody(rn, ministry(), "SELF", c -> c.setLegalBasis("VITAL_INTEREST"))));
        assertTrue(Consents.of(rn).isEmpty(), "no refused record may have been written");

        // the returnee's own consent, at the resource centre, naming CONSENT explicitly: as before
        Consents.post(
                        registrar,
                        Json.createObjectBuilder(body(rn, ministry(), "SELF"))
                                .add("legalBasis", "CONSENT")
                                .build())
                .expect(201);
    }

    @Test
    void aRecordIsSupersededOnlyByWhoeverMaySeeIt() throws RegistryFault {
        Caller doha = doha();
        Caller colombo = colombo();
        String passport = Samples.passportNumber();
        String rn = notifiedBy(doha, passport);
        assertEquals(rn, notifiedBy(colombo, passport), "both missions notified the same person");
        String byRegistrar = Consents.post(Callers.registrar(), body(rn, ministry(), "SELF"))
                .expect(201)
                .json()
                .getString("consentId");
        String byDoha = Consents.post(doha, body(rn, ministry(), "ASSISTED", List.of("IDENTITY", "CONTACT")))
                .expect(201)
                .json()
                .getString("consentId");

        JsonObject narrower = body(rn, ministry(), "ASSISTED", List.of("IDENTITY"));
        Consents.post(
                        doha,
                        Json.createObjectBuilder(narrower)
                                .add("supersedes", byRegistrar)
                                .build())
                .problem(404, "NotFound");
        Consents.post(
                        colombo,
                        Json.createObjectBuilder(narrower)
                                .add("supersedes", byDoha)
                                .build())
                .problem(404, "NotFound");
        assertEquals(
                "NotFound", soapRefusal(colombo, soapBody(rn, ministry(), "ASSISTED", c -> c.setSupersedes(byDoha))));
        assertEquals("ACTIVE", Consents.get(byRegistrar).getJsonObject("status").getString("code"));
        assertEquals("ACTIVE", Consents.get(byDoha).getJsonObject("status").getString("code"));
        assertEquals(2, Consents.of(rn).size());

        String successor = Consents.post(
                        doha,
                        Json.createObjectBuilder(narrower)
                                .add("supersedes", byDoha)
                                .build())
                .expect(201)
                .json()
                .getString("consentId");
        JsonObject old = Consents.get(byDoha);
        assertEquals("SUPERSEDED", old.getJsonObject("status").getString("code"));
        assertEquals(successor, old.getString("supersededBy"));
    }

    @Test
    void aNewerRefusalWithdrawsAnOlderConsentWithoutSupersedingIt() throws RegistryFault {
        Caller registrar = Callers.registrar();
        Caller ministry = Callers.ministrySystem();
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        var consent = Json.createObjectBuilder(body(rn, ministry(), "ASSISTED", List.of("IDENTITY", "CONTACT")));
        consent.add("purposes", Json.createArrayBuilder().add("HEALTH_FOLLOW_UP"));
        String given =
                Consents.post(registrar, consent.build()).expect(201).json().getString("consentId");
        read(ministry, rn, "HEALTH_FOLLOW_UP", "IDENTITY", "CONTACT").expect(200);

        var refusal = Json.createObjectBuilder(body(rn, ministry(), "ASSISTED", List.of("CONTACT")));
        refusal.add("purposes", Json.createArrayBuilder().add("HEALTH_FOLLOW_UP"))
                .add("state", "REFUSED");
        String refused =
                Consents.post(registrar, refusal.build()).expect(201).json().getString("consentId");

        JsonObject rest = read(ministry, rn, "HEALTH_FOLLOW_UP", "IDENTITY", "CONTACT")
                .expect(200)
                .json();
        assertEquals(List.of("IDENTITY"), rest.getJsonArray("grantedCategories").getValuesAs(JsonString::getString));
        assertFalse(rest.containsKey("contact"), rest::toString);
        read(ministry, rn, "HEALTH_FOLLOW_UP", "CONTACT").problem(403, "ConsentRejected");
        RegistryFault soap = assertThrows(RegistryFault.class, () -> RegistryApi.consentPort(ministry)
                .readReturnee(rn, "HEALTH_FOLLOW_UP", List.of("CONTACT")));
        assertEquals("ConsentRejected", soap.getFaultInfo().getCode());
        assertEquals(
                List.of("IDENTITY"),
                RegistryApi.consentPort(ministry)
                        .readReturnee(rn, "HEALTH_FOLLOW_UP", List.of("IDENTITY", "CONTACT"))
                        .getGrantedCategory());

        // the older consent is not superseded: the refusal withdrew what it names, the rest stands
        assertEquals("ACTIVE", Consents.get(given).getJsonObject("status").getString("code"));
        JsonObject denied =
                RegistryApi.decisions(rn, "&outcome=DENY").getJsonArray("items").getJsonObject(0);
        assertEquals("CONSENT_REJECTED", denied.getString("reason"));
        assertEquals(refused, denied.getString("consentId"));
    }
}
