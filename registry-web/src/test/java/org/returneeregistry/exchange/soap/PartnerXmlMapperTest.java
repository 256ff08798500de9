package org.returneeregistry.exchange.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.returneeregistry.exchange.application.Receipt;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading a partner message from its envelope, and the receipt answer with the X-Road headers copied. */
class PartnerXmlMapperTest {

    private static final String MESSAGE = """

                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xrd="http://x-road.eu/xsd/xroad.xsd" xmlns:iden="http://x-road.eu/xsd/identifiers" xmlns:x="https://schemas.returneeregistry.org/exchange/v1" xmlns:r="https://schemas.returneeregistry.org/returnee/v1" xmlns:c="https://schemas.returneeregistry.org/common/v1">
                <S:Header>
                <xrd:client iden:objectType="SUBSYSTEM"><iden:xRoadInstance>IT</iden:xRoadInstance><iden:memberClass>GOV</iden:memberClass><iden:memberCode>QAT-GOSI</iden:memberCode><iden:subsystemCode>exchange</iden:subsystemCode></xrd:client>
                <xrd:service iden:objectType="SERVICE"><iden:xRoadInstance>IT</iden:xRoadInstance><iden:memberClass>GOV</iden:memberClass><iden:memberCode>NPL-DOFE</iden:memberCode><iden:subsystemCode>registry</iden:subsystemCode><iden:serviceCode>ReturnNotice</iden:serviceCode><iden:serviceVersion>v1</iden:serviceVersion></xrd:service>
                <xrd:id>IT-XROAD-h-1</xrd:id>
                <xrd:userId>QA-officer-7</xrd:userId>
                <xrd:issue>case-42</xrd:issue>
                <xrd:protocolVersion>4.0</xrd:protocolVersion>
                </S:Header>
                <S:Body>
                <x:ReturnNotice>
                    <x:envelope>
                        <x:messageId>m-1</x:messageId>
                        <x:agreementId>7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2</x:agreementId>
                        <x:senderInstitution>QAT-GOSI</x:senderInstitution>
                        <x:recipientInstitution>NPL-DOFE</x:recipientInstitution>
                        <x:timestamp>2026-12-06T23:50:00Z</x:timestamp>
                        <x:messageType>RETURN_NOTICE</x:messageType>
                        <x:purpose>REINTEGRATION_SERVICES</x:purpose>
                        <x:dataCategory>IDENTITY</x:dataCategory>
                    </x:envelope>
                    <x:notice>
                        <x:person>
                            <r:identifier><c:type>PASSPORT</c:type><c:number>PA1234567</c:number><c:issuingCountry>NPL</c:issuingCountry></r:identifier>
                            <r:name><c:givenName>Ram</c:givenName><c:familyName>Thapa</c:familyName></r:name>
                            <r:dateOfBirth>1990-04-12</r:dateOfBirth>
                            <r:sex>1</r:sex>
                            <r:homeDistrict>Kaski</r:homeDistrict>
                        </x:person>
                        <x:employment>
                            <c:destinationCountry>QAT</c:destinationCountry>
                            <c:employer>Gulf Build LLC</c:employer>
                            <c:occupation>71</c:occupation>
                            <c:sector>F</c:sector>
                            <c:channel>REGULAR</c:channel>
                            <c:departureDate>2021-03-01</c:departureDate>
                            <c:endDate>2025-02-28</c:endDate>
                        </x:employment>
                        <x:returnModality>END_OF_CONTRACT</x:returnModality>
                        <x:returnReason>Contract ended; exit through Hamad International Airport</x:returnReason>
                        <x:exitDate>2025-03-05</x:exitDate>
                        <x:portOfEntry>KTM</x:portOfEntry>
                    </x:notice>
                </x:ReturnNotice>
                </S:Body>
                </S:Envelope>
                """;

    @Test
    void theEnvelopeTheNoticeAndTheXRoadHeadersAreRead() {
        PartnerXmlMapper.Request request = PartnerXmlMapper.read(source(MESSAGE));

        assertEquals("RETURN_NOTICE", request.messageType());
        assertEquals("RETURN_NOTICE", request.message().operationMessageType());
        assertEquals("m-1", request.message().envelope().messageId());
        assertEquals("QAT-GOSI", request.message().envelope().senderInstitution());
        assertEquals(List.of("IDENTITY"), request.message().envelope().dataCategories());
        assertEquals("END_OF_CONTRACT", request.message().returnNotice().returnModality());
        assertEquals(
                "SUBSYSTEM:IT/GOV/QAT-GOSI/exchange", request.message().xroad().client());
        assertEquals(
                "SERVICE:IT/GOV/NPL-DOFE/registry/ReturnNotice/v1",
                request.message().xroad().service());
        assertEquals("IT-XROAD-h-1", request.message().xroad().id());
        assertEquals("4.0", request.message().xroad().protocolVersion());
        assertNull(request.message().xroad().representedParty());
    }

    private static String exchange(String operation, String type, String correlation, String content) {
        return """
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="https://schemas.returneeregistry.org/exchange/v1" xmlns:c="https://schemas.returneeregistry.org/common/v1">
                <S:Body><x:%s><x:envelope>
                    <x:messageId>m-2</x:messageId>%s
                    <x:agreementId>7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2</x:agreementId>
                    <x:senderInstitution>QAT-MOL</x:senderInstitution>
                    <x:recipientInstitution>NPL-DOFE</x:recipientInstitution>
                    <x:timestamp>2026-12-06T23:50:00Z</x:timestamp>
                    <x:messageType>%s</x:messageType>
                    <x:purpose>SOCIAL_SECURITY_CLAIM</x:purpose>
                    <x:dataCategory>IDENTITY</x:dataCategory>
                </x:envelope>%s</x:%s></S:Body></S:Envelope>
                """.formatted(
                        operation,
                        correlation == null ? "" : "<x:correlationId>" + correlation + "</x:correlationId>",
                        type,
                        content,
                        operation);
    }

    @Test
    void anEmploymentRecordRequestAndAnAnswerAreReadWithTheirContent() {
        PartnerXmlMapper.Request request = PartnerXmlMapper.read(source(exchange(
                "EmploymentRecordRequest",
                "EMPLOYMENT_RECORD_REQUEST",
                null,
                "<x:query><x:identifier><c:type>PASSPORT</c:type><c:number>PA1234567</c:number>"
                        + "<c:issuingCountry>NPL</c:issuingCountry></x:identifier>"
                        + "<x:periodFrom>2019-01-01</x:periodFrom></x:query>")));
        assertEquals(
                List.of(new org.returneeregistry.exchange.application.PartnerEmploymentQuery.Identifier(
                        "PASSPORT", "PA1234567", "NPL")),
                request.message().employmentQuery().identifiers());
        assertEquals(
                java.time.LocalDate.of(2019, 1, 1),
                request.message().employmentQuery().periodFrom());
        assertNull(request.message().employmentAnswer());

        PartnerXmlMapper.Request answer = PartnerXmlMapper.read(source(exchange(
                "EmploymentRecordResponse",
                "EMPLOYMENT_RECORD_RESPONSE",
                "m-1",
                "<x:answer><x:outcome>REFUSED</x:outcome><x:refusalCode>RECORDS_NOT_HELD</x:refusalCode>"
                        + "<x:refusalReason>Not kept here</x:refusalReason></x:answer>")));
        assertEquals("m-1", answer.message().envelope().correlationId());
        assertEquals("REFUSED", answer.message().employmentAnswer().outcome());
        assertEquals("RECORDS_NOT_HELD", answer.message().employmentAnswer().refusalCode());
        assertEquals(List.of(), answer.message().employmentAnswer().records());
    }

    @Test
    void theAnswerCarriesTheXRoadHeadersUnchangedAndInOrderAndTheReceipt() {
        PartnerXmlMapper.Request request = PartnerXmlMapper.read(source(MESSAGE));

        Document answer = PartnerXmlMapper.answer(
                request,
                new Receipt(
                        "r-1",
                        "m-1",
                        null,
                        "QAT-GOSI",
                        "NPL-DOFE",
                        "7d0c5d8e-3a1b-4c57-9f5e-2b8a41f0c6d2",
                        1,
                        Instant.parse("2026-12-06T10:00:00Z"),
                        "ACCEPTED",
                        "RR-0000-0001-3"));

        Element header = (Element) answer.getDocumentElement().getFirstChild();
        List<String> names = new java.util.ArrayList<>();
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
                assertEquals(PartnerXmlMapper.XROAD, e.getNamespaceURI());
            }
        }
        assertEquals(List.of("client", "service", "id", "userId", "issue", "protocolVersion"), names);
        assertEquals(
                "ACCEPTED",
                answer.getElementsByTagNameNS("https://schemas.returneeregistry.org/exchange/v1", "outcome")
                        .item(0)
                        .getTextContent());
        assertEquals("ReturnNoticeResponse", ((Element) header.getNextSibling().getFirstChild()).getLocalName());
    }

    @Test
    void aBodyAgainstTheSchemaIsRefusedWithItsViolations() {
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> PartnerXmlMapper.read(source(MESSAGE.replace(
                        "<x:messageType>RETURN_NOTICE</x:messageType>", "<x:messageType>GOSSIP</x:messageType>"))));

        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
    }

    @Test
    void anXRoadHeaderWithAControlCharacterIsRefused() {
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> PartnerXmlMapper.read(source(MESSAGE.replace("QA-officer-7", "QA-officer-7&#x85;"))));

        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
    }

    @Test
    void aDoctypeIsRefusedAsMalformed() {
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> PartnerXmlMapper.read(
                        source("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + MESSAGE.strip())));

        assertEquals(ErrorCode.MALFORMED_REQUEST, e.code());
    }

    @Test
    void aBodyNamingNoOperationIsMalformed() {
        RegistryException e = assertThrows(
                RegistryException.class,
                () -> PartnerXmlMapper.read(source(MESSAGE.replace("x:ReturnNotice>", "x:Gossip>"))));

        assertEquals(ErrorCode.MALFORMED_REQUEST, e.code());
    }

    @Test
    void theBytesAsSentAreReadLikeTheRuntimesSource() {
        PartnerXmlMapper.Request request =
                PartnerXmlMapper.read(MESSAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals("m-1", request.message().envelope().messageId());
        assertEquals("IT-XROAD-h-1", request.message().xroad().id());
    }

    private static StreamSource source(String xml) {
        return new StreamSource(new StringReader(xml));
    }
}
