package org.returneeregistry.agreement.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A SOAP fault names a violated field as the agreement XSD does, not as the REST JSON does. */
class AgreementXmlMapperTest {

    @ParameterizedTest
    @CsvSource({
        "parties, party",
        "parties[1].institution, party[1].institution",
        "scope, scopeRow",
        "scope[0], scopeRow[0]",
        "scope[3].purpose, scopeRow[3].purpose",
        "validUntil, validUntil",
        "scopeless, scopeless",
        "partiesX, partiesX",
        "url, url"
    })
    void violatedFieldsAreNamedAsTheSoapContractNamesThem(String rest, String soap) {
        assertEquals(soap, AgreementXmlMapper.soapField(rest));
    }
}
