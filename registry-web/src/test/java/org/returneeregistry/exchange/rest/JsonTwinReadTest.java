package org.returneeregistry.exchange.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.application.InboundMessage;
import org.returneeregistry.exchange.application.JsonTwin;
import org.returneeregistry.exchange.application.XRoadHeader;

/**
 * The JSON the outbox derives from a stored SOAP message ({@link JsonTwin}) is what the REST twin's transfer records
 * read: every part of each message type arrives where the SOAP mapper puts it, so a registry's outbound twin is taken
 * in by another's inbound one.
 */
class JsonTwinReadTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final String SOAP = """
            <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="https://schemas.returneeregistry.org/exchange/v1" xmlns:r="https://schemas.returneeregistry.org/returnee/v1" xmlns:c="https://schemas.returneeregistry.org/common/v1"><S:Header/><S:Body>%s</S:Body></S:Envelope>""";

    private static String envelope(String type, String correlationId, String... categories) {
        StringBuilder e = new StringBuilder("<x:envelope><x:messageId>m-1</x:messageId>");
        if (correlationId != null) {
            e.append("<x:correlationId>").append(correlationId).append("</x:correlationId>");
        }
        e.append("<x:agreementId>7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2</x:agreementId>")
                .append("<x:senderInstitution>NPL-DOFE</x:senderInstitution>")
                .append("<x:recipientInstitution>QAT-MOL</x:recipientInstitution>")
                .append("<x:timestamp>2026-03-10T08:15:30Z</x:timestamp>")
                .append("<x:messageType>")
                .append(type)
                .append("</x:messageType><x:purpose>SOCIAL_SECURITY_CLAIM</x:purpose>");
        for (String c : categories) {
            e.append("<x:dataCategory>").append(c).append("</x:dataCategory>");
        }
        return e.append("</x:envelope>").toString();
    }

    private static InboundMessage read(String operation) {
        byte[] json = JsonTwin.of(SOAP.formatted(operation));
        return JSONB.fromJson(new String(json, StandardCharsets.UTF_8), SignedPartnerMessage.class)
                .toMessage(XRoadHeader.NONE);
    }

    @Test
    void aReturnNotice() {
        InboundMessage m = read("<x:ReturnNotice>" + envelope("RETURN_NOTICE", null, "IDENTITY", "MIGRATION_HISTORY")
                + "<x:notice><x:person>"
                + "<r:identifier><c:type>PASSPORT</c:type><c:number>PA1234567</c:number><c:issuingCountry>NPL</c:issuingCountry></r:identifier>"
                + "<r:name><c:givenName>Ram</c:givenName><c:familyName>Thapa</c:familyName></r:name>"
                + "<r:dateOfBirth>1990-04-12</r:dateOfBirth><r:sex>1</r:sex><r:homeDistrict>Kaski</r:homeDistrict>"
                + "</x:person><x:employment><c:destinationCountry>QAT</c:destinationCountry>"
                + "<c:employer>Gulf Build LLC</c:employer><c:departureDate>2021-03-01</c:departureDate></x:employment>"
                + "<x:returnModality>END_OF_CONTRACT</x:returnModality><x:exitDate>2026-03-05</x:exitDate>"
                + "<x:portOfEntry>KTM</x:portOfEntry></x:notice></x:ReturnNotice>");

        assertEquals("m-1", m.envelope().messageId());
        assertEquals(Instant.parse("2026-03-10T08:15:30Z"), m.envelope().timestamp());
        assertEquals(List.of("IDENTITY", "MIGRATION_HISTORY"), m.envelope().dataCategories());
        assertEquals("PA1234567", m.returnNotice().person().identifiers().get(0).number());
        assertEquals("Thapa", m.returnNotice().person().name().familyName());
        assertEquals(LocalDate.of(1990, 4, 12), m.returnNotice().person().dateOfBirth());
        assertEquals("Kaski", m.returnNotice().person().homeDistrict());
        assertEquals("Gulf Build LLC", m.returnNotice().employment().employer());
        assertEquals(LocalDate.of(2021, 3, 1), m.returnNotice().employment().departureDate());
        assertEquals("END_OF_CONTRACT", m.returnNotice().returnModality());
        assertEquals(LocalDate.of(2026, 3, 5), m.returnNotice().exitDate());
        assertEquals("KTM", m.returnNotice().portOfEntry());
    }

    @Test
    void requestsAndTheEmploymentAnswer() {
        InboundMessage request =
                read("<x:EmploymentRecordRequest>" + envelope("EMPLOYMENT_RECORD_REQUEST", null, "IDENTITY")
                        + "<x:query><x:identifier><c:type>PASSPORT</c:type><c:number>PA1</c:number><c:issuingCountry>NPL</c:issuingCountry></x:identifier>"
                        + "<x:periodFrom>2019-01-01</x:periodFrom></x:query></x:EmploymentRecordRequest>");
        assertEquals("PA1", request.employmentQuery().identifiers().get(0).number());
        assertEquals(LocalDate.of(2019, 1, 1), request.employmentQuery().periodFrom());

        InboundMessage answer = read("<x:EmploymentRecordResponse>"
                + envelope("EMPLOYMENT_RECORD_RESPONSE", "m-0", "MIGRATION_HISTORY")
                + "<x:answer><x:outcome>FOUND</x:outcome><x:record><x:employer>Gulf Build LLC</x:employer>"
                + "<x:from>2021-03-01</x:from><x:to>2025-12-31</x:to><x:contributionMonths>57</x:contributionMonths>"
                + "</x:record></x:answer></x:EmploymentRecordResponse>");
        assertEquals("m-0", answer.envelope().correlationId());
        assertEquals("FOUND", answer.employmentAnswer().outcome());
        assertEquals(
                Integer.valueOf(57), answer.employmentAnswer().records().get(0).contributionMonths());
        assertEquals(
                LocalDate.of(2025, 12, 31),
                answer.employmentAnswer().records().get(0).to());

        InboundMessage periods =
                read("<x:InsurancePeriodRequest>" + envelope("INSURANCE_PERIOD_REQUEST", null, "IDENTITY")
                        + "<x:query><x:claimId>CLM-1</x:claimId><x:benefit>OLD_AGE</x:benefit>"
                        + "<x:identifier><c:type>PASSPORT</c:type><c:number>PA1</c:number><c:issuingCountry>NPL</c:issuingCountry></x:identifier>"
                        + "<x:reminder>2</x:reminder></x:query></x:InsurancePeriodRequest>");
        assertEquals("CLM-1", periods.periodRequest().claimId());
        assertEquals(Integer.valueOf(2), periods.periodRequest().reminder());
        assertEquals("PA1", periods.periodRequest().identifiers().get(0).number());
    }

    @Test
    void thePeriodAnswerAndTheDecision() {
        InboundMessage answer =
                read("<x:InsurancePeriodAnswer>" + envelope("INSURANCE_PERIOD_ANSWER", "m-0", "SOCIAL_SECURITY")
                        + "<x:answer><x:claimId>CLM-1</x:claimId><x:country>QAT</x:country><x:period>"
                        + "<x:reference>GOSI-1</x:reference><x:institution>QAT-MOL</x:institution><x:from>1998-01-01</x:from>"
                        + "<x:to>2021-12-31</x:to><x:periodType>COMPULSORY_EMPLOYED</x:periodType><x:relevance>OLD_AGE</x:relevance>"
                        + "<x:totalAmount>288.5</x:totalAmount><x:totalUnit>MONTHS</x:totalUnit></x:period></x:answer>"
                        + "</x:InsurancePeriodAnswer>");
        assertEquals("QAT", answer.periodAnswer().country());
        assertEquals(List.of("OLD_AGE"), answer.periodAnswer().periods().get(0).relevance());
        assertEquals(
                new BigDecimal("288.5"), answer.periodAnswer().periods().get(0).totalAmount());

        InboundMessage decision = read(
                "<x:ClaimDecision>" + envelope("CLAIM_DECISION", "m-0", "SOCIAL_SECURITY")
                        + "<x:decision><x:claimId>CLM-1</x:claimId><x:decision>APPROVED</x:decision><x:outcome>ENTITLED</x:outcome>"
                        + "<x:payableAmount>360.00</x:payableAmount><x:sectionVersion>3</x:sectionVersion>"
                        + "<x:decidedAt>2026-03-12T10:00:00Z</x:decidedAt>"
                        + "<x:traceStep><x:step>1</x:step><x:text>own 18 ÷ 40</x:text></x:traceStep></x:decision></x:ClaimDecision>");
        assertEquals("APPROVED", decision.claimDecision().decision());
        assertEquals(new BigDecimal("360.00"), decision.claimDecision().payableAmount());
        assertEquals(Integer.valueOf(3), decision.claimDecision().sectionVersion());
        assertEquals(
                Instant.parse("2026-03-12T10:00:00Z"), decision.claimDecision().decidedAt());
        assertEquals("own 18 ÷ 40", decision.claimDecision().trace().get(0).text());

        InboundMessage revoked = read("<x:ConsentRevoked>" + envelope("CONSENT_REVOKED", null, "IDENTITY")
                + "<x:revocation><x:consentReference>CON-1</x:consentReference>"
                + "<x:revokedAt>2026-03-11T08:15:00Z</x:revokedAt></x:revocation></x:ConsentRevoked>");
        assertEquals("CONSENT_REVOKED", revoked.envelope().messageType());
    }
}
