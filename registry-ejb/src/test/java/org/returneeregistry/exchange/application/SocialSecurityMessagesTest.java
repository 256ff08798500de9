package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The social security messages the registry sends as the partner institution (its answer to a request, periods or
 * refusal) and as the home institution (the decision with its trace) follow the published contract.
 */
class SocialSecurityMessagesTest {

    private static final String AGREEMENT = "7c1f5e9a-3b2d-4c8e-9f10-2a3b4c5d6e7f";

    private static Schema contract() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(
                SocialSecurityMessagesTest.class.getClassLoader().getResource("contracts/v1/xsd/partner-exchange.xsd"));
    }

    private static PartnerMessages.Envelope envelope(String type) {
        return new PartnerMessages.Envelope(
                "m-" + type,
                AGREEMENT,
                "QAT-GOSI",
                "NPL-DOFE",
                Instant.parse("2026-03-10T08:15:30Z"),
                type,
                "SOCIAL_SECURITY_CLAIM",
                List.of("SOCIAL_SECURITY"));
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

    private static String text(Element in, String name) {
        return in.getElementsByTagNameNS(PartnerMessages.EXCHANGE, name).item(0).getTextContent();
    }

    @Test
    void anAnswerWithCertifiedPeriodsNamesTheRequestAndFollowsTheContract() throws Exception {
        PartnerPeriodAnswer answer = new PartnerPeriodAnswer(
                "claim-7",
                "QAT",
                List.of(new PartnerPeriodAnswer.Period(
                        "GOSI-1",
                        "QAT-GOSI",
                        LocalDate.of(2008, 1, 1),
                        LocalDate.of(2009, 12, 31),
                        "COMPULSORY_EMPLOYED",
                        null,
                        List.of("OLD_AGE"),
                        new BigDecimal("24"),
                        "MONTHS")));
        Element operation = operation(
                PartnerMessages.insurancePeriodAnswer(envelope("INSURANCE_PERIOD_ANSWER"), "request-3", answer));

        assertEquals("InsurancePeriodAnswer", operation.getLocalName());
        contract().newValidator().validate(new DOMSource(operation));
        assertEquals("request-3", text(operation, "correlationId"));
        assertEquals("2009-12-31", text(operation, "to"));
        assertEquals(
                0,
                operation
                        .getElementsByTagNameNS(PartnerMessages.EXCHANGE, "refusal")
                        .getLength());
    }

    @Test
    void aRefusalCarriesItsCodeAndNoPeriod() throws Exception {
        Element operation = operation(PartnerMessages.insurancePeriodAnswer(
                envelope("INSURANCE_PERIOD_ANSWER"),
                "request-3",
                new PartnerPeriodAnswer("claim-7", "QAT", List.of(), "PERSON_NOT_FOUND", "No such passport")));

        contract().newValidator().validate(new DOMSource(operation));
        assertEquals("PERSON_NOT_FOUND", text(operation, "code"));
        assertEquals(
                0,
                operation
                        .getElementsByTagNameNS(PartnerMessages.EXCHANGE, "period")
                        .getLength());
    }

    @Test
    void anUnknownRefusalCodeIsNotInTheContract() {
        Element operation = operation(PartnerMessages.insurancePeriodAnswer(
                envelope("INSURANCE_PERIOD_ANSWER"),
                "request-3",
                new PartnerPeriodAnswer("claim-7", "QAT", List.of(), "BORED", null)));

        assertThrows(SAXException.class, () -> contract().newValidator().validate(new DOMSource(operation)));
    }

    @Test
    void aDecisionCarriesItsAmountsAndEveryStepOfItsTrace() throws Exception {
        PartnerClaimDecision decision = new PartnerClaimDecision(
                "claim-7",
                "APPROVED",
                "ENTITLED",
                new BigDecimal("360.00"),
                "PRO_RATA",
                new BigDecimal("42"),
                "YEARS",
                1,
                LocalDate.of(2026, 12, 1),
                Instant.parse("2026-12-07T10:00:00Z"),
                "Entitled on totalised periods",
                List.of(
                        new PartnerClaimDecision.Step("TOTAL", "own 18 + foreign 24 = 42 years"),
                        new PartnerClaimDecision.Step("PRO_RATA", "own 18 ÷ fixed denominator 40 = 360")));
        Element operation = operation(PartnerMessages.claimDecision(envelope("CLAIM_DECISION"), "request-3", decision));

        assertEquals("ClaimDecision", operation.getLocalName());
        contract().newValidator().validate(new DOMSource(operation));
        assertEquals("360.00", text(operation, "payableAmount"));
        assertEquals(
                2,
                operation
                        .getElementsByTagNameNS(PartnerMessages.EXCHANGE, "traceStep")
                        .getLength());
        assertEquals(
                "own 18 ÷ fixed denominator 40 = 360",
                operation
                        .getElementsByTagNameNS(PartnerMessages.EXCHANGE, "text")
                        .item(1)
                        .getTextContent());
    }
}
