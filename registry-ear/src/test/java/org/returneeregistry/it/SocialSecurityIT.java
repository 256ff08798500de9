package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Assessments;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.GuideExamples;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentRequest;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentResult;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort;

/**
 * Agreements' social security sections and what-if assessments on the deployed registry: a section set by an
 * administrator and read back; an officer's assessment under it and under an inline rule set, with the figures
 * of the official examples the engine's unit tests cite; every bad input refused with its specific code and
 * nothing written.
 */
class SocialSecurityIT extends DeployedRegistry {

    private static final String ASSESSMENTS = API + "/social-security/assessments";

    /** State A of the IZA policy paper's Table 7: €800 after 40 years, 2 % a year, pro-rata over 40 years. */
    static JsonObject stateA() {
        return Json.createObjectBuilder()
                .add("name", "State A (IZA Table 7)")
                .add("country", "NPL")
                .add("benefits", Json.createArrayBuilder().add("OLD_AGE"))
                .add("countingUnit", "YEARS")
                .add("minimums", Json.createObjectBuilder().add("combined", 20))
                .add(
                        "amounts",
                        Json.createObjectBuilder()
                                .add(
                                        "components",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("kind", "PER_YEAR")
                                                        .add("base", 800)
                                                        .add("ratePerYear", new BigDecimal("0.02"))
                                                        .add("maxYears", 40)
                                                        .add("fullAtYears", 40)))
                                .add(
                                        "proRata",
                                        Json.createObjectBuilder()
                                                .add("denominator", "FIXED")
                                                .add("fixed", 40))
                                .add("higherOf", true)
                                .add("independentOnTotalisedEntitlement", true))
                .build();
    }

    static JsonObjectBuilder period(String country, String from, String to) {
        return Json.createObjectBuilder()
                .add("country", country)
                .add("from", from)
                .add("to", to)
                .add("type", "COMPULSORY_EMPLOYED")
                .add("source", "HOME_INSTITUTION");
    }

    static JsonArrayBuilder career() {
        return Json.createArrayBuilder()
                .add(period("NPL", "1980-01-01", "1997-12-31"))
                .add(period("QAT", "1998-01-01", "2021-12-31").add("source", "PARTNER_CERTIFIED"));
    }

    static Answer assess(Caller caller, JsonObject body) {
        return Agreements.send(caller, "POST", ASSESSMENTS, body.toString());
    }

    static Answer section(String agreementId, String method, JsonObject body) {
        return Agreements.send(
                Callers.registryAdmin(),
                method,
                API + "/social-security/agreements/" + agreementId + "/section",
                body == null ? null : body.toString());
    }

    static void assertAmount(String expected, JsonObject result, String member) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(result.getJsonNumber(member).bigDecimalValue()),
                () -> member + " of " + result);
    }

    @Test
    void anOfficerAssessesPeriodsUnderAnAgreementsSectionWithItsTrace() {
        String agreementId =
                Agreements.registered("Social security " + UUID.randomUUID()).getString("agreementId");
        JsonObject set = section(
                        agreementId,
                        "PUT",
                        Json.createObjectBuilder()
                                .add("document", stateA())
                                .add("reason", "Totalisation rules of the protocol")
                                .build())
                .expect(200)
                .json();
        assertEquals(1, set.getInt("sectionVersion"));
        assertEquals(1, set.getInt("agreementVersion"));
        assertEquals(
                "FIXED",
                set.getJsonObject("document")
                        .getJsonObject("amounts")
                        .getJsonObject("proRata")
                        .getString("denominator"));

        JsonObject read = Agreements.send(
                        Callers.socialSecurityOfficer(),
                        "GET",
                        API + "/social-security/agreements/" + agreementId + "/section",
                        null)
                .expect(200)
                .json();
        assertEquals(set.getJsonObject("document"), read.getJsonObject("document"));

        JsonObject result = assess(
                        Callers.socialSecurityOfficer(),
                        Json.createObjectBuilder()
                                .add("agreementId", agreementId)
                                .add("benefit", "OLD_AGE")
                                .add("periods", career())
                                .build())
                .expect(200)
                .json();
        assertEquals(agreementId, result.getString("agreementId"));
        assertEquals(1, result.getInt("sectionVersion"));
        assertEquals("ENTITLED", result.getString("outcome"), result::toString);
        assertEquals(
                0,
                new BigDecimal("18")
                        .compareTo(result.getJsonNumber("ownPeriods").bigDecimalValue()));
        assertEquals(
                0,
                new BigDecimal("42")
                        .compareTo(result.getJsonNumber("totalisedPeriods").bigDecimalValue()));
        assertAmount("288.00", result, "independentAmount");
        assertAmount("800.00", result, "theoreticalAmount");
        assertAmount("360.00", result, "payableAmount");
        assertEquals("PRO_RATA", result.getString("payableBasis"));
        assertTrue(
                result.getJsonArray("trace").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(t -> t.getString("text").contains("own 18 ÷ fixed denominator 40 = 360")),
                result::toString);

        // the assessment is audited as a call; it names no record of a person
        java.util.List<JsonObject> entries = RegistryApi.get(RegistryApi.query(
                        API + "/audit-entries", "operation", "SOCIAL_SECURITY_ASSESS", "pageSize", "100"))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getString("outcome").equals("OK")), entries::toString);
        assertTrue(entries.stream().allMatch(e -> !e.containsKey("record") || e.isNull("record")), entries::toString);
    }

    @Test
    void anInlineRuleSetIsAssessedWithoutAnAgreement() {
        JsonObject irish = Json.createObjectBuilder()
                .add("name", "Flat rate by yearly average")
                .add("country", "IRL")
                .add("benefits", Json.createArrayBuilder().add("OLD_AGE"))
                .add("countingUnit", "WEEKS")
                .add(
                        "conversion",
                        Json.createObjectBuilder().add("daysPerWeek", 6).add("yearMaximum", 55))
                .add(
                        "amounts",
                        Json.createObjectBuilder()
                                .add(
                                        "components",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("kind", "AVERAGE_TABLE")
                                                        .add(
                                                                "bands",
                                                                Json.createArrayBuilder()
                                                                        .add(Json.createObjectBuilder()
                                                                                .add("fromAverage", 18)
                                                                                .add(
                                                                                        "amount",
                                                                                        new BigDecimal("180.70")))
                                                                        .add(Json.createObjectBuilder()
                                                                                .add("fromAverage", 48)
                                                                                .add(
                                                                                        "amount",
                                                                                        new BigDecimal("277.30"))))
                                                        .add("minimumAverage", 10)
                                                        .add("averageRounding", "HALF_UP")))
                                .add("higherOf", true))
                .build();
        JsonObject body = Json.createObjectBuilder()
                .add("ruleSet", irish)
                .add("benefit", "OLD_AGE")
                .add(
                        "periods",
                        Json.createArrayBuilder()
                                .add(period("IRL", "1990-01-01", "2000-12-31")
                                        .add(
                                                "total",
                                                Json.createObjectBuilder()
                                                        .add("amount", 600)
                                                        .add("unit", "WEEKS")))
                                .add(period("USA", "2001-01-01", "2023-12-31")
                                        .add(
                                                "total",
                                                Json.createObjectBuilder()
                                                        .add("amount", 1200)
                                                        .add("unit", "WEEKS"))))
                .build();

        JsonObject result =
                assess(Callers.socialSecurityOfficer(), body).expect(200).json();

        assertFalse(result.containsKey("agreementId"), result::toString);
        assertAmount("180.70", result, "independentAmount");
        assertAmount("277.30", result, "theoreticalAmount");
        assertAmount("180.70", result, "payableAmount");
    }

    @Test
    void badInputIsRefusedWithItsSpecificCodeAndNothingIsWritten() {
        Caller officer = Callers.socialSecurityOfficer();
        String agreementId =
                Agreements.registered("No section " + UUID.randomUUID()).getString("agreementId");

        // an agreement with no social security section
        assess(
                        officer,
                        Json.createObjectBuilder()
                                .add("agreementId", agreementId)
                                .add("benefit", "OLD_AGE")
                                .add("periods", career())
                                .build())
                .problem(422, "NoSocialSecuritySection");
        // an agreement that does not exist
        assess(
                        officer,
                        Json.createObjectBuilder()
                                .add("agreementId", UUID.randomUUID().toString())
                                .add("benefit", "OLD_AGE")
                                .add("periods", career())
                                .build())
                .problem(404, "NotFound");

        // to before from, an unknown unit, an unknown type: every violation in one answer
        JsonObject bad = assess(
                        officer,
                        Json.createObjectBuilder()
                                .add("ruleSet", stateA())
                                .add("benefit", "OLD_AGE")
                                .add(
                                        "periods",
                                        Json.createArrayBuilder()
                                                .add(period("NPL", "2000-01-01", "1999-12-31"))
                                                .add(period("QAT", "2000-01-01", "2001-12-31")
                                                        .add(
                                                                "total",
                                                                Json.createObjectBuilder()
                                                                        .add("amount", 10)
                                                                        .add("unit", "FORTNIGHTS")))
                                                .add(period("QAT", "2002-01-01", "2003-12-31")
                                                        .add("type", "MOONLIGHTING")))
                                .build())
                .problem(400, "ValidationFailed");
        assertEquals(
                java.util.List.of("periods[0].to", "periods[1].total.unit", "periods[2].type"),
                RegistryApi.violationFields(bad).stream().sorted().toList(),
                bad::toString);

        // a bounded number of periods
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 201; i++) {
            many.add(period("NPL", "2000-01-01", "2000-01-31"));
        }
        JsonObject tooMany = assess(
                        officer,
                        Json.createObjectBuilder()
                                .add("ruleSet", stateA())
                                .add("benefit", "OLD_AGE")
                                .add("periods", many)
                                .build())
                .problem(400, "ValidationFailed");
        assertEquals(java.util.List.of("periods"), RegistryApi.violationFields(tooMany), tooMany::toString);

        // both an agreement and a rule set, and a rule set with a misspelt member and an unknown unit
        JsonObject both = assess(
                        officer,
                        Json.createObjectBuilder()
                                .add("agreementId", agreementId)
                                .add("ruleSet", stateA())
                                .add("benefit", "OLD_AGE")
                                .add("periods", career())
                                .build())
                .problem(400, "ValidationFailed");
        assertEquals(java.util.List.of("agreementId"), RegistryApi.violationFields(both), both::toString);

        JsonObject misspelt = Json.createObjectBuilder(stateA())
                .add("countingUnit", "DECADES")
                .add("minimum", Json.createObjectBuilder().add("combined", 20))
                .build();
        JsonObject refused = section(
                        agreementId,
                        "PUT",
                        Json.createObjectBuilder().add("document", misspelt).build())
                .problem(400, "ValidationFailed");
        assertEquals(
                java.util.List.of("document.countingUnit", "document.minimum"),
                RegistryApi.violationFields(refused).stream().sorted().toList(),
                refused::toString);
        // nothing was written: the agreement still has no section
        section(agreementId, "GET", null).problem(422, "NoSocialSecuritySection");
    }

    @Test
    void theSoapServiceAssessesUnderAnAgreementAndRefusesWithRegistryFaultCodes() throws RegistryFault {
        String agreementId = Agreements.registered("Social security SOAP " + UUID.randomUUID())
                .getString("agreementId");
        SocialSecurityPort port = RegistryApi.socialSecurityPort(Callers.socialSecurityOfficer());

        assertEquals("NoSocialSecuritySection", faultCode(port, Assessments.soapUnder(agreementId)));

        section(
                        agreementId,
                        "PUT",
                        Json.createObjectBuilder().add("document", stateA()).build())
                .expect(200);
        AssessmentResult result = port.assess(Assessments.soapUnder(agreementId));
        assertEquals("ENTITLED", result.getOutcome());
        assertEquals(0, new BigDecimal("360.00").compareTo(result.getPayableAmount()));
        assertEquals(0, new BigDecimal("288.00").compareTo(result.getIndependentAmount()));
        assertEquals("PRO_RATA", result.getPayableBasis());
        assertTrue(result.getTrace().size() > 5);

        AssessmentRequest backwards = Assessments.soapUnder(agreementId);
        backwards.getPeriod().get(0).setTo(java.time.LocalDate.parse("1979-12-31"));
        backwards.getPeriod().get(1).setTotal(Assessments.total("10", "FORTNIGHTS"));
        RegistryFault fault =
                org.junit.jupiter.api.Assertions.assertThrows(RegistryFault.class, () -> port.assess(backwards));
        assertEquals("ValidationFailed", fault.getFaultInfo().getCode());
        assertEquals(
                java.util.List.of("assessment.period[0].to", "assessment.period[1].total.unit"),
                fault.getFaultInfo().getViolation().stream()
                        .map(v -> v.getField())
                        .sorted()
                        .toList());
    }

    private static String faultCode(SocialSecurityPort port, AssessmentRequest request) {
        try {
            port.assess(request);
            return "OK";
        } catch (RegistryFault fault) {
            return fault.getFaultInfo().getCode();
        }
    }

    @Test
    void theGuidesExamplesAnswerAsTheGuideSays() {
        GuideExamples guide = GuideExamples.of("social-security.md");
        String agreementId = Agreements.registered("Guide " + UUID.randomUUID()).getString("agreementId");
        JsonObject document;
        try (var reader = Json.createReader(new java.io.StringReader(guide.text("section")))) {
            document = reader.readObject();
        }
        section(
                        agreementId,
                        "PUT",
                        Json.createObjectBuilder()
                                .add("document", document)
                                .add("reason", "The guide's section")
                                .build())
                .expect(200);
        Caller officer = Callers.socialSecurityOfficer();

        JsonObject demo = Agreements.send(
                        officer,
                        "POST",
                        ASSESSMENTS,
                        guide.text("assessment-demo").replace("AGREEMENT_ID", agreementId))
                .expect(200)
                .json();
        assertAmount("60", demo, "ownPeriods");
        assertAmount("138", demo, "foreignPeriods");
        assertAmount("87111.76", demo, "theoreticalAmount");
        assertAmount("26397.50", demo, "payableAmount");
        assertTrue(demo.getJsonArray("trace").stream()
                .map(JsonObject.class::cast)
                .anyMatch(t -> t.getString("step").equals("SUPERSEDED")
                        && t.getString("text").startsWith("D-1")));

        JsonObject stateA = Agreements.send(officer, "POST", ASSESSMENTS, guide.text("assessment-fixed-denominator"))
                .expect(200)
                .json();
        assertAmount("288", stateA, "independentAmount");
        assertAmount("800", stateA, "theoreticalAmount");
        assertAmount("360", stateA, "payableAmount");

        JsonObject mary = Agreements.send(officer, "POST", ASSESSMENTS, guide.text("assessment-yearly-average"))
                .expect(200)
                .json();
        assertAmount("180.70", mary, "independentAmount");
        assertAmount("277.30", mary, "theoreticalAmount");
        assertAmount("92.43", mary, "proRataAmount");
        assertAmount("180.70", mary, "payableAmount");
    }
}
