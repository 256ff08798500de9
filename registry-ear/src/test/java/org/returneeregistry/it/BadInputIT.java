package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;
import static org.returneeregistry.it.support.RegistryApi.XML;
import static org.returneeregistry.it.support.RegistryApi.assertNothingRecorded;
import static org.returneeregistry.it.support.RegistryApi.notificationPort;
import static org.returneeregistry.it.support.RegistryApi.post;
import static org.returneeregistry.it.support.RegistryApi.postJson;
import static org.returneeregistry.it.support.RegistryApi.postSoapNotification;
import static org.returneeregistry.it.support.RegistryApi.violationFields;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.notificationXml;
import static org.returneeregistry.it.support.Samples.notificationXmlContent;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.soapNotification;
import static org.returneeregistry.it.support.Samples.soapSubmission;
import static org.returneeregistry.it.support.Samples.with;
import static org.returneeregistry.it.support.Samples.without;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.schemas.common.v1.Violation;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Refusals: every invalid, malformed, hostile or oversized input gets a precise error (problem+json
 * for REST, a SOAP fault for SOAP), leaks nothing, and leaves no trace in the registry.
 */
class BadInputIT extends DeployedRegistry {

    private static final int MAX_BODY_BYTES = 262_144;

    /** A file only this test run knows the content of, so a leak of it cannot be a coincidence. */
    private static Path secretFile;

    private static String secret;

    @BeforeAll
    static void writeSecretFile() throws IOException {
        secret = "IT-SECRET-" + UUID.randomUUID();
        secretFile = Path.of("target/it").toAbsolutePath().resolve("secret-" + UUID.randomUUID() + ".txt");
        Files.createDirectories(secretFile.getParent());
        Files.writeString(secretFile, secret);
    }

    @AfterAll
    static void removeSecretFile() throws IOException {
        Files.deleteIfExists(secretFile);
    }

    static Stream<Arguments> invalidNotifications() {
        String nextYear = LocalDate.now().plusYears(1).toString();
        return Stream.of(
                Arguments.of(
                        "unknown code values",
                        (UnaryOperator<JsonObject>) n -> with(
                                with(n, "/person/identifiers/0/issuingCountry", "XXX"), "/returnModality", "HOLIDAY"),
                        List.of("issuingCountry", "returnModality")),
                Arguments.of(
                        "birth date in the future",
                        (UnaryOperator<JsonObject>) n -> with(n, "/person/dateOfBirth", nextYear),
                        List.of("dateOfBirth")),
                Arguments.of(
                        "arrival before departure",
                        (UnaryOperator<JsonObject>) n -> with(n, "/expectedArrivalDate", "2021-01-15"),
                        List.of("expectedArrivalDate")),
                Arguments.of(
                        "malformed passport number",
                        (UnaryOperator<JsonObject>) n -> with(n, "/person/identifiers/0/number", "pa-12"),
                        List.of("identifiers[0].number")),
                Arguments.of(
                        "missing fields, all reported at once",
                        (UnaryOperator<JsonObject>) n -> without(
                                without(without(without(n, "/person/name"), "/employment"), "/returnModality"),
                                "/expectedArrivalDate"),
                        List.of("name", "employment", "returnModality", "expectedArrivalDate")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidNotifications")
    void invalidNotificationIsRefusedWithEveryViolation(
            String name, UnaryOperator<JsonObject> breakIt, List<String> expectedFields) {
        String id = notificationId();
        String passport = passportNumber();

        JsonObject problem = postJson(NOTIFICATIONS, breakIt.apply(notification(id, passport)))
                .problem(400, "ValidationFailed");

        List<String> fields = violationFields(problem);
        for (String expected : expectedFields) {
            assertTrue(
                    fields.stream().anyMatch(f -> f.equals(expected) || f.endsWith("." + expected)),
                    () -> "no violation on " + expected + ": " + problem);
        }
        problem.getJsonArray("violations")
                .getValuesAs(JsonObject.class)
                .forEach(v -> assertTrue(
                        !v.getString("rule", "").isBlank()
                                && !v.getString("message", "").isBlank(),
                        problem::toString));
        assertNothingRecorded(id, passport);
    }

    @Test
    void malformedJsonIsRefusedAsMalformedRequest() {
        String id = notificationId();
        String passport = passportNumber();
        String json = notification(id, passport).toString();

        post(NOTIFICATIONS, JSON, JSON, json.substring(0, json.length() / 2)).problem(400, "MalformedRequest");
        assertNothingRecorded(id, passport);
    }

    @Test
    void xmlWithAnExternalEntityIsRefusedWithoutReadingTheFile() {
        String id = notificationId();
        String passport = passportNumber();
        String xml = notificationXml(
                id,
                passport,
                "<!DOCTYPE n:returnNotification [<!ENTITY secret SYSTEM \"" + secretFile.toUri() + "\">]>\n",
                "&secret;");

        Answer answer = post(NOTIFICATIONS, XML, JSON, xml);

        answer.problem(400, "MalformedRequest");
        assertFalse(answer.body().contains(secret), answer::toString);
        assertNothingRecorded(id, passport);
    }

    @Test
    void xmlWithAnEntityOnEtcHostnameIsRefused() throws IOException {
        String id = notificationId();
        String passport = passportNumber();
        String xml = notificationXml(
                id,
                passport,
                "<!DOCTYPE n:returnNotification [<!ENTITY host SYSTEM \"file:///etc/hostname\">]>\n",
                "&host;");

        Answer answer = post(NOTIFICATIONS, XML, JSON, xml);

        answer.problem(400, "MalformedRequest");
        Path hostname = Path.of("/etc/hostname");
        if (Files.isReadable(hostname) && Files.readString(hostname).strip().length() >= 6) {
            assertFalse(answer.body().contains(Files.readString(hostname).strip()), answer::toString);
        }
        assertNothingRecorded(id, passport);
    }

    @Test
    void xmlWithEntityExpansionIsRefused() {
        String id = notificationId();
        String passport = passportNumber();
        StringBuilder doctype = new StringBuilder("<!DOCTYPE n:returnNotification [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        doctype.append("]>\n");

        post(NOTIFICATIONS, XML, JSON, notificationXml(id, passport, doctype.toString(), "&lol9;"))
                .problem(400, "MalformedRequest");
        assertNothingRecorded(id, passport);
    }

    @Test
    void bodyOverTheLimitIsRefusedAsTooLarge() {
        String id = notificationId();
        String passport = passportNumber();

        post(NOTIFICATIONS, JSON, JSON, oversizedNotification(id, passport)).problem(413, "RequestTooLarge");
        assertNothingRecorded(id, passport);
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedAsTooLarge() {
        String id = notificationId();
        String passport = passportNumber();
        byte[] body = oversizedNotification(id, passport).getBytes(StandardCharsets.UTF_8);

        // no Content-Length: the server only learns the size by reading
        RegistryApi.send(HttpRequest.newBuilder(RegistryApi.uri(NOTIFICATIONS))
                        .header("Content-Type", JSON)
                        .header("Accept", JSON)
                        .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))))
                .problem(413, "RequestTooLarge");
        assertNothingRecorded(id, passport);
    }

    private static String oversizedNotification(String id, String passport) {
        return with(notification(id, passport), "/returnReason", "x".repeat(MAX_BODY_BYTES))
                .toString();
    }

    // ---- SOAP ----

    @Test
    void soapValidationFaultNamesEveryInvalidElement() {
        String id = notificationId();
        String passport = passportNumber();
        ReturnNotification notification = soapNotification(id, passport);
        notification.getPerson().getIdentifier().get(0).setIssuingCountry("XXX");
        notification.setReturnModality("HOLIDAY");
        notification.getPerson().setDateOfBirth(LocalDate.now().plusYears(1));

        assertSoapValidationFault(notification, "issuingCountry", "returnModality", "dateOfBirth");
        assertNothingRecorded(id, passport);
    }

    @Test
    void soapValidationFaultForABusinessRule() {
        String id = notificationId();
        String passport = passportNumber();
        ReturnNotification notification = soapNotification(id, passport);
        notification.setExpectedArrivalDate(LocalDate.parse("2021-01-15"));

        assertSoapValidationFault(notification, "expectedArrivalDate");
        assertNothingRecorded(id, passport);
    }

    private static void assertSoapValidationFault(ReturnNotification notification, String... expectedFields) {
        RegistryFault fault =
                assertThrows(RegistryFault.class, () -> notificationPort().submitReturnNotification(notification));

        assertEquals("ValidationFailed", fault.getFaultInfo().getCode());
        List<Violation> violations = fault.getFaultInfo().getViolation();
        String shown = violations.stream()
                .map(v -> v.getField() + " [" + v.getRule() + "] " + v.getMessage())
                .map(text -> text.replaceAll("enumeration '\\[[^\\]]*\\]'", "enumeration '[...]'"))
                .collect(Collectors.joining("; "));
        for (String expected : expectedFields) {
            assertTrue(
                    violations.stream()
                            .map(Violation::getField)
                            .anyMatch(f -> f.equals(expected) || f.endsWith("." + expected)),
                    () -> "no violation on " + expected + ": " + shown);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"secret-file", "etc-hostname"})
    void soapEnvelopeWithADoctypeIsAFaultAndReadsNoFile(String target) throws IOException {
        String id = notificationId();
        String passport = passportNumber();
        String systemId = target.equals("secret-file") ? secretFile.toUri().toString() : "file:///etc/hostname";

        Answer answer = postSoapNotification(soapSubmission(
                "<!DOCTYPE soapenv:Envelope [<!ENTITY secret SYSTEM \"" + systemId + "\">]>\n",
                notificationXmlContent(id, passport, "&secret;")));

        assertTrue(answer.status() == 400 || answer.status() == 500, answer::toString);
        assertTrue(answer.body().contains("Fault>"), () -> "not a SOAP fault: " + answer);
        assertFalse(answer.body().contains(secret), answer::toString);
        assertNothingRecorded(id, passport);
    }

    @Test
    void soapEnvelopeOverTheLimitIsAFaultWithRequestTooLarge() {
        String id = notificationId();
        String passport = passportNumber();

        Answer answer = postSoapNotification(
                soapSubmission("", notificationXmlContent(id, passport, "x".repeat(MAX_BODY_BYTES))));

        assertTrue(answer.body().contains("Fault>") && answer.body().contains("RequestTooLarge"), answer::toString);
        assertNothingRecorded(id, passport);
    }

    // ---- helpers ----
}
