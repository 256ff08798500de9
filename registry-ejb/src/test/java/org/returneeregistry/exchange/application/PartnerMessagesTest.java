package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.wss.WsSecurity;
import org.returneeregistry.returnee.application.ReturneeIdentifier;
import org.returneeregistry.returnee.application.ReturneeNoticeFacts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The partner messages the registry sends follow the published contract (partner-exchange.xsd). */
class PartnerMessagesTest {

    private static final PartnerMessages.Envelope REQUEST = new PartnerMessages.Envelope(
            "5b0e7c1e-3a51-4f55-8d7e-3c1f7f0b9a10",
            "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2",
            "NPL-DOFE",
            "QAT-GOSI",
            Instant.parse("2026-03-10T08:15:30Z"),
            "EMPLOYMENT_RECORD_REQUEST",
            "SOCIAL_SECURITY_CLAIM",
            List.of("IDENTITY"));

    private static Schema contract() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(
                PartnerMessagesTest.class.getClassLoader().getResource("contracts/v1/xsd/partner-exchange.xsd"));
    }

    private static Element operation(String soap) {
        Document parsed = WsSecurity.parse(soap.getBytes(StandardCharsets.UTF_8));
        for (Node n = WsSecurity.body(parsed).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("an empty Body: " + soap);
    }

    @Test
    void anEmploymentRecordRequestFollowsTheContract() throws Exception {
        String soap = PartnerMessages.employmentRecordRequest(
                REQUEST,
                List.of(new ReturneeIdentifier("PASSPORT", "PA1234567", "NPL")),
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2024, 12, 31));
        Element operation = operation(soap);

        assertEquals("EmploymentRecordRequest", operation.getLocalName());
        contract().newValidator().validate(new DOMSource(operation));
    }

    @Test
    void anEmploymentRecordResponseFollowsTheContractAndNamesTheRequest() throws Exception {
        PartnerMessages.Envelope envelope = new PartnerMessages.Envelope(
                "m-err-1",
                "5b0e7c1e-3a51-4f55-8d7e-3c1f7f0b9a10",
                "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2",
                "QAT-MOL",
                "NPL-DOFE",
                Instant.parse("2026-03-10T08:15:30Z"),
                "EMPLOYMENT_RECORD_RESPONSE",
                "SOCIAL_SECURITY_CLAIM",
                List.of("MIGRATION_HISTORY"));
        Element found = operation(PartnerMessages.employmentRecordResponse(
                envelope,
                new PartnerEmploymentAnswer(
                        "FOUND",
                        null,
                        null,
                        List.of(
                                new PartnerEmploymentAnswer.Record(
                                        "Gulf Build LLC", LocalDate.of(2021, 3, 1), LocalDate.of(2025, 12, 31), 57),
                                new PartnerEmploymentAnswer.Record(
                                        "Doha Facilities", LocalDate.of(2026, 1, 5), null, null)))));
        assertEquals("EmploymentRecordResponse", found.getLocalName());
        contract().newValidator().validate(new DOMSource(found));
        assertEquals(
                "5b0e7c1e-3a51-4f55-8d7e-3c1f7f0b9a10",
                found.getElementsByTagNameNS(PartnerMessages.EXCHANGE, "correlationId")
                        .item(0)
                        .getTextContent());
        assertEquals(
                2,
                found.getElementsByTagNameNS(PartnerMessages.EXCHANGE, "record").getLength());

        Element refused = operation(PartnerMessages.employmentRecordResponse(
                envelope, new PartnerEmploymentAnswer("REFUSED", "NO_CONSENT", "No consent on file", List.of())));
        contract().newValidator().validate(new DOMSource(refused));
        assertEquals(
                "NO_CONSENT",
                refused.getElementsByTagNameNS(PartnerMessages.EXCHANGE, "refusalCode")
                        .item(0)
                        .getTextContent());
        assertEquals(
                0,
                operation(PartnerMessages.employmentRecordRequest(
                                REQUEST, List.of(new ReturneeIdentifier("PASSPORT", "PA1", "NPL")), null, null))
                        .getElementsByTagNameNS(PartnerMessages.EXCHANGE, "correlationId")
                        .getLength(),
                "a request answers nothing");
    }

    @Test
    void anInsurancePeriodRequestFollowsTheContractAndCountsItsReminder() throws Exception {
        PartnerMessages.Envelope envelope = new PartnerMessages.Envelope(
                "m-ipr-1",
                "7c1f5e9a-3b2d-4c8e-9f10-2a3b4c5d6e7f",
                "NPL-DOFE",
                "QAT-GOSI",
                Instant.parse("2026-03-10T08:15:30Z"),
                "INSURANCE_PERIOD_REQUEST",
                "SOCIAL_SECURITY_CLAIM",
                List.of("IDENTITY"));
        List<ReturneeIdentifier> ids = List.of(new ReturneeIdentifier("PASSPORT", "PA1234567", "NPL"));
        Element first = operation(PartnerMessages.insurancePeriodRequest(
                envelope, ids, "0b6f2c1e-7d4a-4f3b-9e8d-1c2b3a4d5e6f", "OLD_AGE", 0));
        Element reminder = operation(PartnerMessages.insurancePeriodRequest(
                envelope, ids, "0b6f2c1e-7d4a-4f3b-9e8d-1c2b3a4d5e6f", "OLD_AGE", 2));

        assertEquals("InsurancePeriodRequest", first.getLocalName());
        contract().newValidator().validate(new DOMSource(first));
        contract().newValidator().validate(new DOMSource(reminder));
        assertEquals(
                0,
                first.getElementsByTagNameNS(PartnerMessages.EXCHANGE, "reminder")
                        .getLength());
        assertEquals(
                "2",
                reminder.getElementsByTagNameNS(PartnerMessages.EXCHANGE, "reminder")
                        .item(0)
                        .getTextContent());
    }

    @Test
    void aRequestCarriesAtMostTheContractsFiveIdentifiers() throws Exception {
        List<ReturneeIdentifier> six = List.of(
                new ReturneeIdentifier("PASSPORT", "PA1234561", "NPL"),
                new ReturneeIdentifier("PASSPORT", "PA1234562", "NPL"),
                new ReturneeIdentifier("PASSPORT", "PA1234563", "NPL"),
                new ReturneeIdentifier("PASSPORT", "PA1234564", "NPL"),
                new ReturneeIdentifier("PASSPORT", "PA1234565", "NPL"),
                new ReturneeIdentifier("PASSPORT", "PA1234566", "NPL"));
        Element operation = operation(PartnerMessages.employmentRecordRequest(REQUEST, six, null, null));

        assertEquals(
                5,
                operation
                        .getElementsByTagNameNS(PartnerMessages.COMMON, "number")
                        .getLength());
        contract().newValidator().validate(new DOMSource(operation));
    }

    @Test
    void aConsentRevokedNoticeFollowsTheContractAndNamesNoReturnee() throws Exception {
        PartnerMessages.Envelope envelope = new PartnerMessages.Envelope(
                "6b0e7c1e-3a51-4f55-8d7e-3c1f7f0b9a11",
                REQUEST.agreementId(),
                "NPL-DOFE",
                "QAT-GOSI",
                Instant.parse("2026-03-11T08:15:30Z"),
                "CONSENT_REVOKED",
                "SOCIAL_SECURITY_CLAIM",
                List.of("IDENTITY"));
        Element operation =
                operation(PartnerMessages.consentRevoked(envelope, "CON-1", Instant.parse("2026-03-11T08:15:00Z")));

        assertEquals("ConsentRevoked", operation.getLocalName());
        assertEquals(
                0,
                operation
                        .getElementsByTagNameNS(PartnerMessages.EXCHANGE, "registryNumber")
                        .getLength());
        contract().newValidator().validate(new DOMSource(operation));
    }

    @Test
    void aReturnNoticeFollowsTheContract() throws Exception {
        PartnerMessages.Envelope envelope = new PartnerMessages.Envelope(
                "7b0e7c1e-3a51-4f55-8d7e-3c1f7f0b9a12",
                REQUEST.agreementId(),
                "QAT-MOL",
                "NPL-DOFE",
                Instant.parse("2026-03-12T08:15:30Z"),
                "RETURN_NOTICE",
                "SOCIAL_SECURITY_CLAIM",
                List.of("IDENTITY", "MIGRATION_HISTORY"));
        ReturneeNoticeFacts person = new ReturneeNoticeFacts(
                List.of(new ReturneeIdentifier("PASSPORT", "PA1234567", "NPL")),
                "Ram",
                null,
                LocalDate.of(1990, 4, 12),
                "1",
                "Kaski",
                new ReturneeNoticeFacts.Episode(
                        "QAT", "Gulf Build LLC", "71", "F", "REGULAR", LocalDate.of(2021, 3, 1), null));
        Element operation = operation(PartnerMessages.returnNotice(
                envelope,
                person,
                new SendReturnNotice(
                        REQUEST.agreementId(),
                        "NPL-DOFE",
                        "SOCIAL_SECURITY_CLAIM",
                        "END_OF_CONTRACT",
                        "Contract ended",
                        LocalDate.of(2026, 3, 5),
                        null)));

        assertEquals("ReturnNotice", operation.getLocalName());
        assertEquals(
                "Gulf Build LLC",
                operation
                        .getElementsByTagNameNS(PartnerMessages.COMMON, "employer")
                        .item(0)
                        .getTextContent());
        assertEquals(
                0,
                operation
                        .getElementsByTagNameNS(PartnerMessages.COMMON, "familyName")
                        .getLength());
        contract().newValidator().validate(new DOMSource(operation));
    }

    @Test
    void theContractRefusesWhatItShould() throws Exception {
        // the check above can fail: an envelope without its message type is not the contract's
        String soap = PartnerMessages.consentRevoked(
                new PartnerMessages.Envelope(
                        "m-1",
                        REQUEST.agreementId(),
                        "NPL-DOFE",
                        "QAT-GOSI",
                        Instant.now(),
                        "NOT_A_TYPE",
                        "SOCIAL_SECURITY_CLAIM",
                        List.of("IDENTITY")),
                "CON-1",
                Instant.now());
        Element operation = operation(soap);

        assertThrows(SAXException.class, () -> contract().newValidator().validate(new DOMSource(operation)));
    }
}
