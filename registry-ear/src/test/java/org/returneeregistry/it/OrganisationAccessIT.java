package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.IdentityProvider;
import org.returneeregistry.it.support.MetricsEndpoint;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Organisations as the token names them: a mission speaks and reads only for itself, whatever its
 * payload claims; suspending an organisation through the registry disables its Keycloak client and
 * stops its still-valid tokens at the registry at once; every business call leaves an audit entry
 * naming subject, organisation and client; refused authentication is counted.
 */
class OrganisationAccessIT extends DeployedRegistry {

    private static final String NOTIFICATIONS = API + "/return-notifications";

    @Test
    void aMissionCannotSubmitForAnotherMission() {
        Caller kuwait = Callers.mission("NPL-EMB-KWI");
        JsonObject claimingDoha = Samples.notification(Samples.notificationId(), Samples.passportNumber());
        assertEquals(Samples.MISSION, claimingDoha.getString("missionCode"));
        RegistryApi.sendAs(kuwait, post(NOTIFICATIONS, claimingDoha)).problem(403, "NotAuthorized");

        ReturnNotification soap = Samples.soapNotification(Samples.notificationId(), Samples.passportNumber());
        RegistryFault fault = assertThrows(
                RegistryFault.class, () -> RegistryApi.notificationPort(kuwait).submitReturnNotification(soap));
        assertEquals("NotAuthorized", fault.getFaultInfo().getCode());
        // nothing was written for either
        RegistryApi.get(NOTIFICATIONS + "/" + Samples.MISSION + "/" + claimingDoha.getString("notificationId"))
                .problem(404, "NotFound");
        RegistryApi.get(NOTIFICATIONS + "/" + Samples.MISSION + "/" + soap.getNotificationId())
                .problem(404, "NotFound");
    }

    @Test
    void aMissionReadsOnlyItsOwnNotifications() throws RegistryFault {
        JsonObject ack =
                RegistryApi.submitNew(Samples.notification(Samples.notificationId(), Samples.passportNumber()));
        String path = NOTIFICATIONS + "/" + Samples.MISSION + "/" + ack.getString("notificationId");

        RegistryApi.sendAs(
                        Callers.mission(Samples.MISSION),
                        HttpRequest.newBuilder(RegistryApi.uri(path)).GET())
                .expect(200);
        RegistryApi.sendAs(
                        Callers.missionOfficer(),
                        HttpRequest.newBuilder(RegistryApi.uri(path)).GET())
                .expect(200);
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(path)).GET())
                .expect(200);

        Caller other = Callers.mission("NPL-EMB-KUL");
        RegistryApi.sendAs(other, HttpRequest.newBuilder(RegistryApi.uri(path)).GET())
                .problem(403, "NotAuthorized");
        RegistryFault fault = assertThrows(RegistryFault.class, () -> RegistryApi.notificationPort(other)
                .getNotificationStatus(Samples.MISSION, ack.getString("notificationId")));
        assertEquals("NotAuthorized", fault.getFaultInfo().getCode());
        assertEquals(
                ack.getString("registryNumber"),
                RegistryApi.notificationPort(Callers.mission(Samples.MISSION))
                        .getNotificationStatus(Samples.MISSION, ack.getString("notificationId"))
                        .getRegistryNumber());
    }

    @Test
    void suspendingAnOrganisationDisablesItsClientAndStopsItsTokensAtOnce() throws RegistryFault {
        String code = "NPL-EMB-SUS";
        Caller mission = Callers.mission(code);
        String token = mission.token();
        JsonObject notification = Samples.with(
                Samples.notification(Samples.notificationId(), Samples.passportNumber()), "/missionCode", code);
        RegistryApi.send(post(NOTIFICATIONS, notification).header("Authorization", "Bearer " + token))
                .expect(201);
        assertTrue(clientEnabled(code));
        // two people of the mission: one active, one whose account was disabled for its own reasons
        String officer = person("officer.sus", code, true);
        String former = person("former.sus", code, false);

        JsonObject suspended = RegistryApi.send(post(
                        API + "/organisations/" + code + "/suspension",
                        Json.createObjectBuilder()
                                .add("reason", "Mission closed pending review")
                                .build()))
                .expect(200)
                .json();
        assertEquals("SUSPENDED", suspended.getString("status"), suspended::toString);

        // the same, unexpired token: refused by the registry's own status, over REST and SOAP
        JsonObject again = Samples.with(
                Samples.notification(Samples.notificationId(), Samples.passportNumber()), "/missionCode", code);
        RegistryApi.send(post(NOTIFICATIONS, again).header("Authorization", "Bearer " + token))
                .problem(403, "OrganisationSuspended");
        ReturnNotification soap = Samples.soapNotification(Samples.notificationId(), Samples.passportNumber());
        soap.setMissionCode(code);
        RegistryFault fault = assertThrows(RegistryFault.class, () -> RegistryApi.withAuthorization(
                        RegistryApi.notificationPort(null), "Bearer " + token)
                .submitReturnNotification(soap));
        assertEquals("OrganisationSuspended", fault.getFaultInfo().getCode());
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(
                                        NOTIFICATIONS + "/" + code + "/" + again.getString("notificationId")))
                                .GET())
                .problem(404, "NotFound");

        // and in Keycloak: the client and the mission's people are disabled, no new token is issued
        assertFalse(clientEnabled(code));
        assertFalse(accountEnabled(officer));
        assertFalse(tokenIssued(code), "Keycloak still issues tokens to the suspended organisation's client");

        JsonObject reinstated = RegistryApi.send(post(
                        API + "/organisations/" + code + "/reinstatement",
                        Json.createObjectBuilder()
                                .add("reason", "Review completed")
                                .build()))
                .expect(200)
                .json();
        assertEquals("ACTIVE", reinstated.getString("status"));
        assertTrue(clientEnabled(code));
        assertTrue(accountEnabled(officer), "the suspension disabled this account; the reinstatement enables it");
        assertFalse(accountEnabled(former), "an account disabled before the suspension stays disabled");
        RegistryApi.send(post(NOTIFICATIONS, again).header("Authorization", "Bearer " + token))
                .expect(201);
    }

    @Test
    void everyBusinessCallIsAuditedWithSubjectOrganisationAndClient() throws RegistryFault {
        JsonObject returnee = RegistryApi.register(Samples.registration(Samples.passportNumber()));
        String registryNumber = returnee.getString("registryNumber");
        RegistryApi.returnee(registryNumber);
        RegistryApi.registryPort().getReturnee(registryNumber, "REINTEGRATION_SERVICES");
        RegistryApi.sendAs(
                        Callers.mission(Samples.MISSION),
                        HttpRequest.newBuilder(RegistryApi.uri(
                                        API + "/returnees/" + registryNumber + "?purpose=REINTEGRATION_SERVICES"))
                                .GET())
                .problem(403, "NotAuthorized");

        String subject = subjectOf(Callers.registrar().token());
        List<JsonObject> entries = RegistryApi.get(RegistryApi.query(
                        API + "/audit-entries", "subject", subject, "operation", "RETURNEE_READ", "pageSize", "100"))
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
        JsonObject rest = entries.stream()
                .filter(e -> e.getString("channel").equals("REST"))
                .reduce((a, b) -> b)
                .orElseThrow();
        JsonObject soap = entries.stream()
                .filter(e -> e.getString("channel").equals("SOAP"))
                .reduce((a, b) -> b)
                .orElseThrow();
        for (JsonObject entry : List.of(rest, soap)) {
            assertEquals("registrar.demo", entry.getString("username"), entry::toString);
            assertEquals(Callers.OPERATOR, entry.getString("organisation"), entry::toString);
            assertEquals("registry-cli", entry.getString("client"), entry::toString);
            assertEquals("OK", entry.getString("outcome"), entry::toString);
        }
        // the registry text never names the returnee in the audit entry
        assertFalse(entries.toString().contains(registryNumber));

        // registering was audited as well, and outside the registrar's own calls nothing is visible to them
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/audit-entries"))
                                .GET())
                .problem(403, "NotAuthorized");
        assertTrue(RegistryApi.get(RegistryApi.query(
                                API + "/audit-entries", "subject", subject, "operation", "RETURNEE_REGISTER"))
                        .expect(200)
                        .array()
                        .size()
                >= 1);
    }

    @Test
    void badInputToTheNewResourcesIsRefusedWithEveryViolationAndNothingWritten() {
        JsonObject bad = Json.createObjectBuilder()
                .add("code", "not a code")
                .add("name", "")
                .add("type", "EMBASSY")
                .add("country", "XXX")
                .build();
        JsonObject problem = RegistryApi.send(post(API + "/organisations", bad)).problem(400, "ValidationFailed");
        assertTrue(problem.getJsonArray("violations").size() >= 4, problem::toString);
        RegistryApi.get(API + "/organisations?pageSize=100")
                .expect(200)
                .array()
                .forEach(o -> assertFalse(o.asJsonObject().getString("code").contains(" "), o::toString));

        Callers.mission(Samples.MISSION); // registered
        RegistryApi.send(post(
                        API + "/organisations/NPL-EMB-DOH/suspension",
                        Json.createObjectBuilder().build()))
                .problem(400, "ValidationFailed");
        assertEquals(
                "ACTIVE",
                RegistryApi.get(API + "/organisations/NPL-EMB-DOH")
                        .expect(200)
                        .json()
                        .getString("status"));

        JsonObject unreadable = RegistryApi.get(
                        RegistryApi.query(API + "/audit-entries", "from", "yesterday", "pageSize", "many"))
                .problem(400, "ValidationFailed");
        assertEquals(2, unreadable.getJsonArray("violations").size(), unreadable::toString);
    }

    @Test
    void refusedAuthenticationIsCountedByReason() {
        double before = refusals("MissingToken");
        RegistryApi.sendAnonymously(HttpRequest.newBuilder(RegistryApi.uri(API + "/code-lists"))
                        .GET())
                .problem(401, "NotAuthenticated");
        RegistryApi.sendAnonymously(HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/RR-0000-0001-3"))
                        .GET())
                .problem(401, "NotAuthenticated");
        assertEquals(before + 2, refusals("MissingToken"));
    }

    private static double refusals(String reason) {
        MetricsEndpoint.Reply answer = MetricsEndpoint.get("/metrics?scope=application", RegistryApi.metricsReader());
        if (answer.status() == 404) {
            return 0; // no application metric yet since this deployment: nothing refused so far
        }
        assertEquals(200, answer.status(), answer::toString);
        String metrics = answer.body();
        Matcher m = Pattern.compile("registry_access_refused_total\\{[^}]*reason=\"" + reason
                        + "\"[^}]*interface=\"REST\"[^}]*} ([0-9.E]+)|registry_access_refused_total\\{[^}]*interface=\"REST\"[^}]*reason=\""
                        + reason + "\"[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return total;
    }

    private static boolean clientEnabled(String code) {
        try (Keycloak admin = IdentityProvider.admin()) {
            ClientRepresentation client = admin.realm(Callers.realm())
                    .clients()
                    .findByClientId(Callers.clientId(code))
                    .get(0);
            return Boolean.TRUE.equals(client.isEnabled());
        }
    }

    /** A person of the organisation, created directly in Keycloak as an administrator would; answers the account id. */
    private static String person(String username, String code, boolean enabled) {
        try (Keycloak admin = IdentityProvider.admin()) {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(enabled);
            user.setFirstName("Test");
            user.setLastName("Officer");
            user.setEmail(username + "@example.org");
            user.setAttributes(Map.of("organisation", List.of(code)));
            try (Response created = admin.realm(Callers.realm()).users().create(user)) {
                assertEquals(201, created.getStatus(), "creating " + username);
                String path = created.getLocation().getPath();
                return path.substring(path.lastIndexOf('/') + 1);
            }
        }
    }

    private static boolean accountEnabled(String accountId) {
        try (Keycloak admin = IdentityProvider.admin()) {
            return Boolean.TRUE.equals(admin.realm(Callers.realm())
                    .users()
                    .get(accountId)
                    .toRepresentation()
                    .isEnabled());
        }
    }

    private static boolean tokenIssued(String code) {
        try {
            Callers.tokenResponse(
                    Callers.tokenEndpoint(),
                    Map.of(
                            "grant_type",
                            "client_credentials",
                            "client_id",
                            Callers.clientId(code),
                            "client_secret",
                            Callers.registered(code, "MISSION", "QAT", "mission-officer")));
            return true;
        } catch (AssertionError refused) {
            return false;
        }
    }

    private static String subjectOf(String token) {
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return Json.createReader(new java.io.StringReader(payload)).readObject().getString("sub");
    }

    private static HttpRequest.Builder post(String path, JsonObject body) {
        return HttpRequest.newBuilder(RegistryApi.uri(path))
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
}
