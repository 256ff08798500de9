package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;
import static org.returneeregistry.it.support.Samples.MISSION;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.notificationXml;
import static org.returneeregistry.it.support.Samples.notificationXmlContent;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.soapSubmission;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;

/**
 * The registry reads XML, SOAP and JSON only: a body in Fast Infoset (which Metro would otherwise decode
 * past the hardened parsers and the schema validation) or any other type is refused with 415, over SOAP
 * with a Client fault, and nothing is recorded; a SOAP caller asking for a Fast Infoset answer gets XML.
 */
class ContentTypeIT extends DeployedRegistry {

    /** The smallest Fast Infoset document header (ITU-T X.891): identification 0xE0 0x00, version 0x00 0x01. */
    private static final byte[] FAST_INFOSET = {(byte) 0xE0, 0x00, 0x00, 0x01, 0x00, (byte) 0xF0};

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "application/fastinfoset",
                "application/soap+fastinfoset",
                "application/x-java-serialized-object",
                "application/x-www-form-urlencoded"
            })
    void soapRefusesABodyThatIsNotXml(String type) {
        Answer answer = RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri("/soap/ReturnNotificationService"))
                .header("Content-Type", type)
                .header("SOAPAction", "\"\"")
                .POST(BodyPublishers.ofByteArray(FAST_INFOSET)));

        assertEquals(415, answer.status(), answer::toString);
        assertTrue(answer.body().contains("<faultcode>S:Client</faultcode>"), answer::toString);
        assertTrue(answer.body().contains("UnsupportedMediaType"), answer::toString);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/fastinfoset", "application/soap+fastinfoset", "text/plain"})
    void restRefusesABodyThatIsNotJsonOrXml(String type) {
        String id = notificationId();
        String passport = passportNumber();

        RegistryApi.post(NOTIFICATIONS, type, RegistryApi.JSON, BodyPublishers.ofString(notificationXml(id, passport)))
                .problem(415, "UnsupportedMediaType");
        RegistryApi.get(NOTIFICATIONS + "/" + MISSION + "/" + id).problem(404, "NotFound");
    }

    @Test
    void aSoapCallerAskingForAFastInfosetAnswerGetsXml() {
        String envelope =
                soapSubmission("", notificationXmlContent(notificationId(), passportNumber(), "Contract completed"));

        Answer answer = RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri("/soap/ReturnNotificationService"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .header("Accept", "application/fastinfoset, text/xml")
                .POST(BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));

        assertEquals(200, answer.status(), answer::toString);
        String type = answer.header("Content-Type").orElse("");
        assertTrue(type.startsWith("text/xml"), answer::toString);
        assertFalse(type.contains("fastinfoset"), answer::toString);
        assertTrue(answer.body().contains("registryNumber"), answer::toString);
    }
}
