package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;
import static org.returneeregistry.it.support.RegistryApi.XML;
import static org.returneeregistry.it.support.RegistryApi.assertNothingRecorded;
import static org.returneeregistry.it.support.RegistryApi.findByPassport;
import static org.returneeregistry.it.support.RegistryApi.notificationPort;
import static org.returneeregistry.it.support.RegistryApi.post;
import static org.returneeregistry.it.support.RegistryApi.postJson;
import static org.returneeregistry.it.support.RegistryApi.postSoapNotification;
import static org.returneeregistry.it.support.RegistryApi.registryPort;
import static org.returneeregistry.it.support.RegistryApi.violationFields;
import static org.returneeregistry.it.support.Samples.COUNTRY;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.notificationXml;
import static org.returneeregistry.it.support.Samples.notificationXmlContent;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.registration;
import static org.returneeregistry.it.support.Samples.soapNotification;
import static org.returneeregistry.it.support.Samples.soapRegistration;
import static org.returneeregistry.it.support.Samples.soapSubmission;
import static org.returneeregistry.it.support.Samples.with;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.schemas.common.v1.Violation;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;
import org.returneeregistry.schemas.returnee.v1.ReturneeRegistration;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Free text that would break a downstream format is refused at the door: an urgent-need note that
 * ends an MLLP frame and starts a forged HL7 message ({@code FS CR VT MSH|...}) and a name with a line
 * break answer a validation failure naming each field, over REST (JSON and XML) and SOAP, and leave no
 * notification and no returnee behind.
 */
class FreeTextIT extends DeployedRegistry {

    /** MLLP's end of block (FS CR) and start of block (VT), then a message of the sender's own. */
    private static final String FORGED_FRAME = "Needs follow-up\u001c\r\u000bMSH|^~\\&|RETURNEE-REGISTRY|NPL-DOFE|HMIS|"
            + "NPL-MOHP|20260310081530||ADT^A31^ADT_A05|FORGED|P|2.5.1\rPID|1||RR-0000-0001-3^^^RR^PI||Forged\n";

    @Test
    void restRefusesAForgedFrameInANoteAndALineBreakInANameAndWritesNothing() {
        String id = notificationId();
        String passport = passportNumber();
        JsonObject hostile = with(
                with(notification(id, passport), "/urgentNeeds/0/note", FORGED_FRAME),
                "/person/name/givenName",
                "Ram\nEVN|A31");

        JsonObject problem = postJson(NOTIFICATIONS, hostile).problem(400, "ValidationFailed");

        assertEquals(
                List.of("person.name.givenName", "urgentNeeds[0].note"),
                violationFields(problem).stream().sorted().toList(),
                problem::toString);
        problem.getJsonArray("violations").getValuesAs(JsonObject.class).forEach(v -> {
            assertEquals("Text", v.getString("rule"), problem::toString);
            assertTrue(v.getString("message").contains("U+"), problem::toString);
        });
        assertNothingRecorded(id, passport);
    }

    @Test
    void restRefusesC1AndLoneSurrogatesThatXmlCanNotCarryButJsonCan() {
        String id = notificationId();
        String passport = passportNumber();
        // a lone surrogate survives only as a JSON escape: encoded as UTF-8 it would become '?' on the way
        String hostile = with(
                        with(notification(id, passport), "/person/name/familyName", "Thapa\u0085"),
                        "/returnReason",
                        "Contract LONE-SURROGATE completed")
                .toString()
                .replace("LONE-SURROGATE", "\\ud800");

        JsonObject problem = post(NOTIFICATIONS, JSON, JSON, hostile).problem(400, "ValidationFailed");

        assertEquals(
                List.of("person.name.familyName", "returnReason"),
                violationFields(problem).stream().sorted().toList(),
                problem::toString);
        assertTrue(problem.toString().contains("U+D800"), problem::toString);
        assertNothingRecorded(id, passport);
    }

    @Test
    void aMultiLineNoteIsAccepted() {
        String id = notificationId();
        JsonObject multiLine =
                with(notification(id, passportNumber()), "/urgentNeeds/0/note", "Back injury.\r\n\tNeeds follow-up.");

        postJson(NOTIFICATIONS, multiLine).expect(201);
    }

    @Test
    void restXmlRefusesAControlCharacterTheSchemaExcludes() {
        String id = notificationId();
        String passport = passportNumber();

        Answer answer = post(NOTIFICATIONS, XML, JSON, notificationXml(id, passport, "", "Contract\u0085completed"));

        // an XML body is checked against the contract's schema first; its refusals are MalformedRequest
        JsonObject problem = answer.problem(400, "MalformedRequest");
        assertTrue(problem.getString("detail").contains("Text1000"), problem::toString);
        assertNothingRecorded(id, passport);
    }

    @Test
    void restRefusesALineBreakInARegistrarsRegistration() {
        String passport = passportNumber();
        JsonObject hostile = with(registration(passport), "/person/homeDistrict", "Kaski\u000bMSH|");

        JsonObject problem = postJson(API + "/returnees", hostile).problem(400, "ValidationFailed");

        assertEquals(List.of("person.homeDistrict"), violationFields(problem), problem::toString);
        assertEquals(0, findByPassport(passport, COUNTRY).size());
    }

    @Test
    void soapRefusesALineBreakInANameAndAC1CharacterInANote() {
        String id = notificationId();
        String passport = passportNumber();
        ReturnNotification hostile = soapNotification(id, passport);
        hostile.getPerson().getName().setGivenName("Ram\nEVN|A31");
        hostile.getUrgentNeed().get(0).setNote("Needs follow-up\u0085MSH|^~\\&|");

        RegistryFault fault =
                assertThrows(RegistryFault.class, () -> notificationPort().submitReturnNotification(hostile));

        assertEquals("ValidationFailed", fault.getFaultInfo().getCode());
        List<String> fields = fault.getFaultInfo().getViolation().stream()
                .map(Violation::getField)
                .toList();
        assertTrue(fields.stream().anyMatch(f -> f.endsWith("givenName")), fields::toString);
        assertTrue(fields.stream().anyMatch(f -> f.endsWith("note")), fields::toString);
        assertNothingRecorded(id, passport);
    }

    @Test
    void soapRefusesALineBreakInARegistration() {
        String passport = passportNumber();
        ReturneeRegistration hostile = soapRegistration(passport, "Thapa\nPID|1", LocalDate.parse("1990-04-12"));

        RegistryFault fault =
                assertThrows(RegistryFault.class, () -> registryPort().registerReturnee(hostile));

        assertEquals("ValidationFailed", fault.getFaultInfo().getCode());
        assertTrue(
                fault.getFaultInfo().getViolation().stream()
                        .anyMatch(v -> v.getField().endsWith("familyName")),
                () -> fault.getFaultInfo().getViolation().stream()
                        .map(Violation::getField)
                        .toList()
                        .toString());
        assertEquals(0, findByPassport(passport, COUNTRY).size());
    }

    @Test
    void aSoapEnvelopeWithTheFramingBytesAsCharacterReferencesIsAFault() {
        String id = notificationId();
        String passport = passportNumber();

        Answer answer = postSoapNotification(soapSubmission(
                "", notificationXmlContent(id, passport, "Contract completed&#x1C;&#x0D;&#x0B;MSH|^~\\&amp;|")));

        // XML 1.0 has no FS or VT, not even as a character reference: the envelope is not XML
        assertTrue(answer.body().contains("Fault>"), () -> "not a SOAP fault: " + answer);
        assertTrue(answer.body().contains("0x1c"), answer::toString);
        assertNothingRecorded(id, passport);
    }
}
