package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.returneeregistry.returnee.application.ReturneeIdentifier;
import org.returneeregistry.returnee.application.ReturneeNoticeFacts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The REST twin of every message the outbox sends is its SOAP message under the twin's one naming rule: the members
 * the twin's transfer records read, repeated elements as arrays under plural names, numbers as numbers, the same
 * bytes on every attempt.
 */
class JsonTwinTest {

    private static final String AGREEMENT = "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2";

    private static PartnerMessages.Envelope envelope(String type, String correlationId, String... categories) {
        return new PartnerMessages.Envelope(
                "m-" + type,
                correlationId,
                AGREEMENT,
                "NPL-DOFE",
                "QAT-MOL",
                Instant.parse("2026-03-10T08:15:30Z"),
                type,
                "SOCIAL_SECURITY_CLAIM",
                List.of(categories));
    }

    private static JsonObject twin(String soap) {
        return Json.createReader(new ByteArrayInputStream(JsonTwin.of(soap))).readObject();
    }

    @Test
    void theEnvelopeIsTheTwinsEnvelopeWithItsCategoriesAsAnArray() {
        JsonObject json = twin(PartnerMessages.consentRevoked(
                envelope("CONSENT_REVOKED", null, "IDENTITY"), "CON-1", Instant.parse("2026-03-11T08:15:00Z")));

        JsonObject e = json.getJsonObject("envelope");
        assertEquals("m-CONSENT_REVOKED", e.getString("messageId"));
        assertFalse(e.containsKey("correlationId"), "absent, as in the XML");
        assertEquals(AGREEMENT, e.getString("agreementId"));
        assertEquals("NPL-DOFE", e.getString("senderInstitution"));
        assertEquals("QAT-MOL", e.getString("recipientInstitution"));
        assertEquals("2026-03-10T08:15:30Z", e.getString("timestamp"));
        assertEquals("CONSENT_REVOKED", e.getString("messageType"));
        assertEquals("SOCIAL_SECURITY_CLAIM", e.getString("purpose"));
        assertEquals(
                List.of("IDENTITY"), e.getJsonArray("dataCategories").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("CON-1", json.getJsonObject("revocation").getString("consentReference"));
        assertEquals("2026-03-11T08:15:00Z", json.getJsonObject("revocation").getString("revokedAt"));
        assertEquals(Set.of("envelope", "revocation"), json.keySet());
    }

    @Test
    void aReturnNoticeCarriesThePersonAndTheEmploymentAsTheTwinNamesThem() {
        ReturneeNoticeFacts person = new ReturneeNoticeFacts(
                List.of(new ReturneeIdentifier("PASSPORT", "PA1234567", "NPL")),
                "Ram",
                "Thapa",
                LocalDate.of(1990, 4, 12),
                "1",
                "Kaski",
                new ReturneeNoticeFacts.Episode(
                        "QAT", "Gulf Build LLC", "71", "F", "REGULAR", LocalDate.of(2021, 3, 1), null));
        JsonObject json = twin(PartnerMessages.returnNotice(
                envelope("RETURN_NOTICE", null, "IDENTITY", "MIGRATION_HISTORY"),
                person,
                new SendReturnNotice(
                        AGREEMENT,
                        "QAT-MOL",
                        "LABOUR_MIGRATION",
                        "END_OF_CONTRACT",
                        "Contract ended",
                        LocalDate.of(2026, 3, 5),
                        "KTM")));

        JsonObject notice = json.getJsonObject("notice");
        JsonObject p = notice.getJsonObject("person");
        assertEquals("PA1234567", p.getJsonArray("identifiers").getJsonObject(0).getString("number"));
        assertEquals("Thapa", p.getJsonObject("name").getString("familyName"));
        assertEquals("1990-04-12", p.getString("dateOfBirth"));
        assertEquals("Kaski", p.getString("homeDistrict"));
        assertEquals("Gulf Build LLC", notice.getJsonObject("employment").getString("employer"));
        assertFalse(notice.getJsonObject("employment").containsKey("endDate"));
        assertEquals("END_OF_CONTRACT", notice.getString("returnModality"));
        assertEquals("2026-03-05", notice.getString("exitDate"));
        assertEquals(
                List.of("IDENTITY", "MIGRATION_HISTORY"),
                json.getJsonObject("envelope")
                        .getJsonArray("dataCategories")
                        .getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void requestsAnswersAndDecisionsKeepTheirArraysAndNumbers() {
        JsonObject request = twin(PartnerMessages.employmentRecordRequest(
                envelope("EMPLOYMENT_RECORD_REQUEST", null, "IDENTITY"),
                List.of(new ReturneeIdentifier("PASSPORT", "PA1", "NPL")),
                LocalDate.of(2019, 1, 1),
                null));
        assertEquals(
                1, request.getJsonObject("query").getJsonArray("identifiers").size());
        assertEquals("2019-01-01", request.getJsonObject("query").getString("periodFrom"));

        JsonObject response = twin(PartnerMessages.employmentRecordResponse(
                envelope("EMPLOYMENT_RECORD_RESPONSE", "m-request", "MIGRATION_HISTORY"),
                new PartnerEmploymentAnswer(
                        "FOUND",
                        null,
                        null,
                        List.of(new PartnerEmploymentAnswer.Record(
                                "Gulf Build LLC", LocalDate.of(2021, 3, 1), LocalDate.of(2025, 12, 31), 57)))));
        assertEquals("m-request", response.getJsonObject("envelope").getString("correlationId"));
        JsonObject record =
                response.getJsonObject("answer").getJsonArray("records").getJsonObject(0);
        assertEquals(
                JsonValue.ValueType.NUMBER, record.get("contributionMonths").getValueType());
        assertEquals(57, record.getInt("contributionMonths"));

        JsonObject periodRequest = twin(PartnerMessages.insurancePeriodRequest(
                envelope("INSURANCE_PERIOD_REQUEST", null, "IDENTITY"),
                List.of(new ReturneeIdentifier("PASSPORT", "PA1", "NPL")),
                "CLM-1",
                "OLD_AGE",
                2));
        assertEquals(2, periodRequest.getJsonObject("query").getInt("reminder"));
        assertEquals("CLM-1", periodRequest.getJsonObject("query").getString("claimId"));

        JsonObject answer = twin(PartnerMessages.insurancePeriodAnswer(
                envelope("INSURANCE_PERIOD_ANSWER", null, "SOCIAL_SECURITY"),
                "m-period-request",
                new PartnerPeriodAnswer(
                        "CLM-1",
                        "QAT",
                        List.of(new PartnerPeriodAnswer.Period(
                                "GOSI-1",
                                "QAT-MOL",
                                LocalDate.of(1998, 1, 1),
                                LocalDate.of(2021, 12, 31),
                                "COMPULSORY_EMPLOYED",
                                null,
                                List.of("OLD_AGE"),
                                new BigDecimal("288.5"),
                                "MONTHS")))));
        JsonObject period =
                answer.getJsonObject("answer").getJsonArray("periods").getJsonObject(0);
        assertEquals(
                List.of("OLD_AGE"), period.getJsonArray("relevance").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(
                new BigDecimal("288.5"), period.getJsonNumber("totalAmount").bigDecimalValue());
        assertEquals("m-period-request", answer.getJsonObject("envelope").getString("correlationId"));

        JsonObject decision = twin(PartnerMessages.claimDecision(
                envelope("CLAIM_DECISION", null, "SOCIAL_SECURITY"),
                "m-period-request",
                new PartnerClaimDecision(
                        "CLM-1",
                        "APPROVED",
                        "ENTITLED",
                        new BigDecimal("360.00"),
                        "PRO_RATA",
                        new BigDecimal("40"),
                        "YEARS",
                        3,
                        LocalDate.of(2026, 3, 1),
                        Instant.parse("2026-03-12T10:00:00Z"),
                        "Entitled",
                        List.of(new PartnerClaimDecision.Step("1", "own 18 ÷ 40")))));
        JsonObject d = decision.getJsonObject("decision");
        assertEquals(new BigDecimal("360.00"), d.getJsonNumber("payableAmount").bigDecimalValue());
        assertEquals(3, d.getInt("sectionVersion"));
        assertEquals(
                "own 18 ÷ 40", d.getJsonArray("traceSteps").getJsonObject(0).getString("text"));
    }

    @Test
    void theSameStoredMessageGivesTheSameBytesOnEveryAttempt() {
        String soap = PartnerMessages.consentRevoked(
                envelope("CONSENT_REVOKED", null, "IDENTITY"), "CON-1", Instant.parse("2026-03-11T08:15:00Z"));
        assertArrayEquals(JsonTwin.of(soap), JsonTwin.of(soap));
        assertTrue(new String(JsonTwin.of(soap), StandardCharsets.UTF_8).startsWith("{\"envelope\":{\"messageId\""));
    }

    @Test
    void somethingElseThanAPartnerMessageHasNoTwin() {
        assertThrows(
                IllegalArgumentException.class,
                () -> JsonTwin.of("<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
                        + "<other xmlns=\"urn:other\"/></S:Body></S:Envelope>"));
    }

    /**
     * The naming rule knows every element the contract lets repeat and every numeric leaf: an element added to the
     * contract later fails here until the rule knows it.
     */
    @Test
    void theRuleKnowsEveryRepeatableAndNumericElementOfTheContract() throws Exception {
        Set<String> repeatable = new TreeSet<>();
        Set<String> numeric = new TreeSet<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document schema = factory.newDocumentBuilder()
                .parse(getClass().getClassLoader().getResourceAsStream("contracts/v1/xsd/partner-exchange.xsd"));
        NodeList elements = schema.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            String max = e.getAttribute("maxOccurs");
            if (!max.isEmpty() && !max.equals("1")) {
                repeatable.add(e.getAttribute("name"));
            }
            String type = e.getAttribute("type");
            NodeList restrictions = e.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "restriction");
            String base = restrictions.getLength() == 0 ? "" : ((Element) restrictions.item(0)).getAttribute("base");
            if (Set.of("xs:int", "xs:decimal").stream().anyMatch(t -> t.equals(type) || t.equals(base))) {
                numeric.add(e.getAttribute("name"));
            }
        }
        // the person of a return notice is returnee.xsd's, whose name may carry transliterations (common.xsd)
        repeatable.add("transliteration");
        assertEquals(repeatable, new TreeSet<>(JsonTwin.REPEATED.keySet()));
        numeric.remove("agreementVersion"); // the receipt's, which the registry answers and never sends
        assertEquals(numeric, new TreeSet<>(JsonTwin.NUMBERS));
    }
}
