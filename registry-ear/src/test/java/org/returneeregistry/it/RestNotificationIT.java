package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;
import static org.returneeregistry.it.support.RegistryApi.REGISTRY_NUMBER;
import static org.returneeregistry.it.support.RegistryApi.XML;
import static org.returneeregistry.it.support.RegistryApi.findByPassport;
import static org.returneeregistry.it.support.RegistryApi.get;
import static org.returneeregistry.it.support.RegistryApi.post;
import static org.returneeregistry.it.support.RegistryApi.postJson;
import static org.returneeregistry.it.support.RegistryApi.returnee;
import static org.returneeregistry.it.support.RegistryApi.submitNew;
import static org.returneeregistry.it.support.Samples.COUNTRY;
import static org.returneeregistry.it.support.Samples.MISSION;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.notificationXml;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.with;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.w3c.dom.Document;

/** Return notifications over REST: first receipt, replay, conflict, status, matching, XML. */
class RestNotificationIT extends DeployedRegistry {

    @Test
    void firstReceiptIsCreatedWithAnAcknowledgementAndARegisteredReturnee() {
        String id = notificationId();
        String passport = passportNumber();
        Instant before = Instant.now().minusSeconds(5);

        Answer created = postJson(NOTIFICATIONS, notification(id, passport)).expect(201);

        JsonObject ack = created.json();
        assertEquals(MISSION, ack.getString("missionCode"));
        assertEquals(id, ack.getString("notificationId"));
        assertEquals("ACCEPTED", ack.getString("status"));
        assertEquals("CREATED_NEW", ack.getString("match"));
        assertTrue(ack.getString("registryNumber").matches(REGISTRY_NUMBER), ack::toString);
        Instant receivedAt = Instant.parse(ack.getString("receivedAt"));
        assertTrue(
                receivedAt.isAfter(before) && receivedAt.isBefore(Instant.now().plusSeconds(5)), ack::toString);
        assertTrue(
                created.header("Location").orElse("").endsWith("/return-notifications/" + MISSION + "/" + id),
                created::toString);

        JsonObject returnee = returnee(ack.getString("registryNumber"));
        assertEquals(
                passport,
                returnee.getJsonObject("person")
                        .getJsonArray("identifiers")
                        .getJsonObject(0)
                        .getString("number"));
        List<JsonObject> returns = returnee.getJsonArray("returnEvents").getValuesAs(JsonObject.class);
        assertEquals(1, returns.size(), returnee::toString);
        assertEquals("END_OF_CONTRACT", returns.get(0).getString("modality"), returnee::toString);
        assertEquals(MISSION, returns.get(0).getString("notifyingMission"), returnee::toString);
        assertEquals(id, returns.get(0).getString("notificationId"), returnee::toString);
        assertEquals(1, returnee.getJsonArray("migrationEpisodes").size(), returnee::toString);
    }

    @Test
    void exactReplayAnswersTheSameAcknowledgementAndRecordsNoSecondReturn() {
        JsonObject notification = notification(notificationId(), passportNumber());
        JsonObject first = submitNew(notification);

        Answer replay = postJson(NOTIFICATIONS, notification).expect(200);

        assertEquals(first, replay.json());
        assertEquals(
                1,
                returnee(first.getString("registryNumber"))
                        .getJsonArray("returnEvents")
                        .size());
    }

    @Test
    void sameKeyWithOtherContentIsRefusedAsAConflictAndChangesNothing() {
        JsonObject notification = notification(notificationId(), passportNumber());
        String registryNumber = submitNew(notification).getString("registryNumber");

        postJson(NOTIFICATIONS, with(notification, "/returnReason", "Contract terminated early"))
                .problem(409, "DuplicateNotificationConflict");

        JsonObject returnee = returnee(registryNumber);
        assertEquals(1, returnee.getJsonArray("returnEvents").size(), returnee::toString);
        assertEquals(
                "Contract completed",
                returnee.getJsonArray("returnEvents").getJsonObject(0).getString("reason"));
    }

    @Test
    void statusAnswersTheAcknowledgementOfTheFirstReceipt() {
        String id = notificationId();
        JsonObject ack = submitNew(notification(id, passportNumber()));

        assertEquals(
                ack, get(NOTIFICATIONS + "/" + MISSION + "/" + id).expect(200).json());
    }

    @Test
    void statusOfAnUnknownNotificationIsNotFound() {
        get(NOTIFICATIONS + "/" + MISSION + "/" + notificationId()).problem(404, "NotFound");
    }

    @Test
    void secondNotificationForTheSamePassportMatchesTheReturneeAndAddsASecondReturn() {
        String passport = passportNumber();
        String firstId = notificationId();
        String secondId = notificationId();
        JsonObject first = submitNew(notification(firstId, passport));

        JsonObject second = submitNew(with(
                with(notification(secondId, passport), "/returnModality", "DISTRESS_RESCUE"),
                "/expectedArrivalDate",
                "2025-09-10"));

        assertEquals("CREATED_NEW", first.getString("match"));
        assertEquals("MATCHED_EXISTING", second.getString("match"));
        assertEquals(first.getString("registryNumber"), second.getString("registryNumber"));
        JsonObject returnee = returnee(first.getString("registryNumber"));
        Set<String> notified = returnee.getJsonArray("returnEvents").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("notificationId"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(firstId, secondId), notified, returnee::toString);
        assertEquals(1, findByPassport(passport, COUNTRY).size(), "one person, one returnee");
    }

    @Test
    void xmlNotificationIsAcceptedAndItsJsonTwinIsAReplay() throws Exception {
        String id = notificationId();
        String passport = passportNumber();

        JsonObject ack = post(NOTIFICATIONS, XML, JSON, notificationXml(id, passport))
                .expect(201)
                .json();
        assertEquals("CREATED_NEW", ack.getString("match"));
        assertEquals(id, ack.getString("notificationId"));
        assertEquals(
                passport,
                returnee(ack.getString("registryNumber"))
                        .getJsonObject("person")
                        .getJsonArray("identifiers")
                        .getJsonObject(0)
                        .getString("number"));

        Answer xmlReplay =
                post(NOTIFICATIONS, XML, XML, notificationXml(id, passport)).expect(200);
        Document document = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xmlReplay.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("acknowledgement", document.getDocumentElement().getLocalName(), xmlReplay::toString);
        assertEquals(
                ack.getString("registryNumber"),
                document.getElementsByTagNameNS("*", "registryNumber").item(0).getTextContent(),
                xmlReplay::toString);

        assertEquals(
                ack,
                postJson(NOTIFICATIONS, notification(id, passport)).expect(200).json(),
                "the same notification in JSON is a replay of the XML one");
    }

    @Test
    void notificationIsStoredInThePostgreSqlDatabase() throws Exception {
        String id = notificationId();
        JsonObject ack = submitNew(notification(id, passportNumber()));

        try (Connection db = DriverManager.getConnection(
                        System.getProperty("registry.it.jdbcUrl"),
                        System.getProperty("registry.it.jdbcUser"),
                        System.getProperty("registry.it.jdbcPassword"));
                PreparedStatement query = db.prepareStatement(
                        "SELECT registry_number, match_outcome FROM return_notification WHERE mission_code = ? AND notification_id = ?")) {
            assertTrue(db.getMetaData().getDatabaseProductName().contains("PostgreSQL"));
            query.setString(1, MISSION);
            query.setString(2, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the notification row is in PostgreSQL");
                assertEquals(ack.getString("registryNumber"), row.getString(1));
                assertEquals("CREATED_NEW", row.getString(2));
            }
        }
    }
}
