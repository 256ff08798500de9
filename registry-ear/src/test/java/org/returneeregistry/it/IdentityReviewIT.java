package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;
import static org.returneeregistry.it.support.RegistryApi.get;
import static org.returneeregistry.it.support.RegistryApi.notificationPort;
import static org.returneeregistry.it.support.RegistryApi.postJson;
import static org.returneeregistry.it.support.RegistryApi.returnee;
import static org.returneeregistry.it.support.RegistryApi.submitNew;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.soapNotification;
import static org.returneeregistry.it.support.Samples.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.schemas.notification.v1.Acknowledgement;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * One identifier does not decide a person. A notification from another mission under a passport the
 * registry holds, with another name or date of birth, is received and held for a registrar, recorded on
 * no one, and its acknowledgement tells the mission neither that the passport is registered nor under
 * which number; the registrar merges it into the returnee or splits it off as a new person, and the
 * mission's acknowledgement then carries the number.
 */
class IdentityReviewIT extends DeployedRegistry {

    private static final String OTHER_MISSION = "NPL-EMB-RUH";
    private static final String REVIEWS = API + "/identity-reviews";

    @Test
    void aSamePassportWithAnotherNameAndBirthDateIsHeldNotMerged() {
        String passport = passportNumber();
        String registered = submitNew(notification(notificationId(), passport)).getString("registryNumber");
        String heldId = notificationId();

        Answer answer = submitAs(otherMission(), impostor(heldId, passport, "Sita", "Gurung", "1985-01-01"));

        answer.expect(201);
        JsonObject ack = answer.json();
        assertEquals("HELD_FOR_REVIEW", ack.getString("status"), ack::toString);
        assertEquals("PENDING_REVIEW", ack.getString("match"), ack::toString);
        assertFalse(ack.containsKey("registryNumber") && !ack.isNull("registryNumber"), () -> "number leaked: " + ack);
        assertFalse(answer.body().contains(registered), answer::toString);
        assertEquals(1, returnee(registered).getJsonArray("returnEvents").size(), "nothing recorded on the holder");
        JsonObject review = review(heldId);
        assertEquals(registered, review.getString("candidate"), review::toString);
        assertEquals("NAME_AND_BIRTH_DATE_DIFFER", review.getString("reason"), review::toString);
        assertEquals("Sita", review.getString("givenName"), review::toString);
        JsonObject replay = submitAs(otherMission(), impostor(heldId, passport, "Sita", "Gurung", "1985-01-01"))
                .expect(200)
                .json();
        assertEquals(ack, replay, "a replay of a held notification answers the same");
    }

    @Test
    void aRegistrarSplitsAHeldNotificationIntoANewPerson() {
        String passport = passportNumber();
        String registered = submitNew(notification(notificationId(), passport)).getString("registryNumber");
        String heldId = notificationId();
        submitAs(otherMission(), impostor(heldId, passport, "Sita", "Gurung", "1985-01-01"))
                .expect(201);

        JsonObject ack = decide("split", heldId, "Different person; passport number mistyped by the mission")
                .expect(200)
                .json();

        assertEquals("ACCEPTED", ack.getString("status"), ack::toString);
        assertEquals("CREATED_NEW", ack.getString("match"), ack::toString);
        String separate = ack.getString("registryNumber");
        assertNotEquals(registered, separate);
        JsonObject person = returnee(separate);
        assertEquals(
                "Sita", person.getJsonObject("person").getJsonObject("name").getString("givenName"), person::toString);
        assertEquals(1, person.getJsonArray("returnEvents").size(), person::toString);
        assertEquals(1, returnee(registered).getJsonArray("returnEvents").size(), "the holder is untouched");
        JsonObject registration = history(separate).get(0);
        assertEquals("REGISTERED", registration.getString("action"), registration::toString);
        assertTrue(registration.getString("reason").contains("passport number mistyped"), registration::toString);
        assertEquals(ack, statusAs(otherMission(), heldId), "the mission's acknowledgement now carries the number");
        decide("split", heldId, "again").problem(409, "ReviewAlreadyResolved");
        assertFalse(inQueue(heldId), "left the queue");
    }

    @Test
    void aRegistrarMergesAHeldNotificationIntoTheHolder() {
        String passport = passportNumber();
        String registered = submitNew(notification(notificationId(), passport)).getString("registryNumber");
        String heldId = notificationId();
        submitAs(otherMission(), impostor(heldId, passport, "Ram", "Thapa", "1990-04-21"))
                .expect(201);
        assertEquals("BIRTH_DATE_DIFFERS", review(heldId).getString("reason"));

        JsonObject ack = decide("merge", heldId, "Same person; date of birth transposed on the mission's form")
                .expect(200)
                .json();

        assertEquals("ACCEPTED", ack.getString("status"), ack::toString);
        assertEquals("MATCHED_EXISTING", ack.getString("match"), ack::toString);
        assertEquals(registered, ack.getString("registryNumber"));
        assertEquals(2, returnee(registered).getJsonArray("returnEvents").size());
        List<JsonObject> history = history(registered);
        JsonObject merged = history.get(history.size() - 1);
        assertTrue(merged.getString("reason").contains("date of birth transposed"), merged::toString);
        assertEquals(Callers.OPERATOR, merged.getString("actorOrganisation"), merged::toString);
    }

    @Test
    void aSamePassportNameAndBirthDateStillMatchesWithoutReview() {
        String passport = passportNumber();
        String registered = submitNew(notification(notificationId(), passport)).getString("registryNumber");

        JsonObject ack = submitAs(otherMission(), impostor(notificationId(), passport, " RAM ", "thapa", "1990-04-12"))
                .expect(201)
                .json();

        assertEquals("MATCHED_EXISTING", ack.getString("match"), ack::toString);
        assertEquals(registered, ack.getString("registryNumber"));
    }

    @Test
    void overSoapAHeldNotificationCarriesNoRegistryNumber() throws RegistryFault {
        String passport = passportNumber();
        String registered = submitNew(notification(notificationId(), passport)).getString("registryNumber");
        ReturnNotification impostor = soapNotification(notificationId(), passport);
        impostor.getPerson().getName().setGivenName("Sita");
        impostor.getPerson().setDateOfBirth(LocalDate.parse("1985-01-01"));

        Acknowledgement ack = notificationPort().submitReturnNotification(impostor);

        assertEquals("HELD_FOR_REVIEW", ack.getStatus());
        assertEquals("PENDING_REVIEW", ack.getMatch());
        assertNull(ack.getRegistryNumber());
        assertEquals(1, returnee(registered).getJsonArray("returnEvents").size());
        assertEquals(registered, review(impostor.getNotificationId()).getString("candidate"));
    }

    @Test
    void aDecisionNeedsAReason() {
        String passport = passportNumber();
        submitNew(notification(notificationId(), passport));
        String heldId = notificationId();
        submitAs(otherMission(), impostor(heldId, passport, "Sita", "Gurung", "1985-01-01"))
                .expect(201);

        JsonObject problem = decide("merge", heldId, " ").problem(400, "ValidationFailed");

        assertEquals(List.of("reason"), RegistryApi.violationFields(problem));
        assertEquals(heldId, review(heldId).getString("notificationId"), "still held");
    }

    // ---- helpers ----

    private static Caller otherMission() {
        return Callers.mission(OTHER_MISSION);
    }

    private static JsonObject impostor(String id, String passport, String given, String family, String birth) {
        JsonObject n = with(notification(id, passport), "/missionCode", OTHER_MISSION);
        n = with(n, "/person/name/givenName", given);
        n = with(n, "/person/name/familyName", family);
        return with(n, "/person/dateOfBirth", birth);
    }

    private static Answer submitAs(Caller caller, JsonObject notification) {
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(NOTIFICATIONS))
                        .header("Content-Type", RegistryApi.JSON)
                        .header("Accept", RegistryApi.JSON)
                        .POST(BodyPublishers.ofString(notification.toString())));
    }

    private static JsonObject statusAs(Caller caller, String id) {
        return RegistryApi.sendAs(
                        caller,
                        HttpRequest.newBuilder(RegistryApi.uri(NOTIFICATIONS + "/" + OTHER_MISSION + "/" + id))
                                .header("Accept", RegistryApi.JSON)
                                .GET())
                .expect(200)
                .json();
    }

    private static Answer decide(String how, String id, String reason) {
        return postJson(
                REVIEWS + "/" + OTHER_MISSION + "/" + id + "/" + how,
                Json.createObjectBuilder().add("reason", reason).build());
    }

    private static JsonObject review(String notificationId) {
        JsonObject row = find(notificationId);
        assertTrue(row != null, "not in the review queue: " + notificationId);
        return row;
    }

    private static boolean inQueue(String notificationId) {
        return find(notificationId) != null;
    }

    /** The held notification's row, paging through the whole queue; null when it is not there. */
    private static JsonObject find(String notificationId) {
        for (int page = 1; ; page++) {
            List<JsonObject> rows = get(REVIEWS + "?pageSize=100&page=" + page)
                    .expect(200)
                    .array()
                    .getValuesAs(JsonObject.class);
            if (rows.isEmpty()) {
                return null;
            }
            for (JsonObject row : rows) {
                if (row.getString("notificationId").equals(notificationId)) {
                    return row;
                }
            }
        }
    }

    private static List<JsonObject> history(String registryNumber) {
        return get(API + "/returnees/" + registryNumber + "/history?purpose=REINTEGRATION_SERVICES")
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
    }
}
