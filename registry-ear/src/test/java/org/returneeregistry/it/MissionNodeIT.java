package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.MissionNode;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.SideBySide;

/**
 * A mission's day offline, as a mission node on Payara Micro lives it against the real registry and Keycloak:
 * officers capture while the registry is out of reach (the node points at a closed port), the node is killed -9
 * and started again, then pointed at the registry; its sync (through the registry's batch intake) is killed -9
 * half-way and started again, and again while it sends the consents captured with the notifications; in the end
 * every notification is on the registry exactly once with the registry number the node shows, and every consent
 * once, under the id the node shows. A notification the
 * registry answers with a conflict is shown, corrected as a new notification and synced. The node's store is an
 * encrypted file: unreadable without the passphrase, no captured name in it.
 */
class MissionNodeIT extends DeployedRegistry {

    private static final String MISSION = "NPL-EMB-NOD";
    private static final String PASSPHRASE = "mission node it passphrase";
    private static final int CAPTURED = 200;
    /** A day's capture in the test: enough for three batches of the node's batch size, the last one short. */
    private static final int DAY = 250;

    private static final int BATCH = 100;

    /**
     * The two tests drive mission nodes of their own, for missions of their own: they run side by side, each test
     * ending as its body ends (most of either is a Payara Micro start or a sync the registry answers).
     */
    private static final SideBySide NODES = new SideBySide(MissionNodeIT.class)
            .test("aDayOfflineSyncsExactlyOnceThroughKillsAndConflicts", MissionNodeIT::aDayOfflineThroughKills)
            .test("aDayCapturedOfflineSyncsOnceThroughSeveralBatches", MissionNodeIT::aDayCapturedOffline);

    @BeforeAll
    static void startTheNodesSideBySide() {
        NODES.start();
    }

    @Test
    void aDayOfflineSyncsExactlyOnceThroughKillsAndConflicts() throws Exception {
        NODES.outcome("aDayOfflineSyncsExactlyOnceThroughKillsAndConflicts");
    }

    /**
     * Issue 16's day offline: notifications captured with the registry out of reach, then one sync once the link is
     * back, through several batches (the node's batch size set below the count) — every one acknowledged once, with
     * its own registry number; the time it took is printed. The figure for a whole day (2,000) is a bench:
     * {@code bench/mission-node-day.sh}.
     */
    @Test
    void aDayCapturedOfflineSyncsOnceThroughSeveralBatches() throws Exception {
        NODES.outcome("aDayCapturedOfflineSyncsOnceThroughSeveralBatches");
    }

    private static void aDayOfflineThroughKills() throws Exception {
        String secret = Callers.registered(MISSION, "MISSION", "QAT", "mission-officer");
        Caller missionSystem = Callers.mission(MISSION);
        Path data = MissionNode.newDataDirectory();
        Map<String, String> offline =
                MissionNode.firstStart(MISSION, secret, PASSPHRASE, MissionNode.unreachableRegistryUrl());
        offline.put("NODE_CONSENT_RECIPIENT", Callers.ministrySystem().organisation());
        Map<String, String> online = MissionNode.laterStartOnline(offline);

        // 1. offline: capture through the form (a mistake first, shown next to its field) and the API
        Map<String, String> passports = new LinkedHashMap<>();
        String uniqueName = "Offline" + Samples.familyName();
        String conflicted;
        long started = System.nanoTime();
        MissionNode node = MissionNode.start(data, offline, "offline");
        long startSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("IT: mission node (Payara Micro) served its login page %d s after start%n", startSeconds);
        try {
            node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
            Map<String, String> form = fields(Samples.passportNumber(), uniqueName);
            form.put("idNumber", "pd-12");
            HttpResponse<String> refused = node.postForm("capture", form);
            assertEquals(400, refused.statusCode());
            assertTrue(
                    refused.body().contains("id=\"idNumber-error\">must be 5 to 20 upper-case letters or digits"),
                    refused.body());
            assertEquals(0, node.notifications().getJsonArray("items").size(), "a refused form saved something");
            String formPassport = Samples.passportNumber();
            form.put("idNumber", formPassport);
            HttpResponse<String> saved = node.postForm("capture", form);
            assertEquals(302, saved.statusCode(), saved::body);
            passports.put(node.ids("WAITING").get(0), formPassport);
            while (passports.size() < CAPTURED) {
                String passport = Samples.passportNumber();
                HttpResponse<String> answer =
                        node.postJson("notifications", json(fields(passport, Samples.familyName())));
                assertEquals(201, answer.statusCode(), answer::body);
                passports.put(
                        Json.createReader(new java.io.StringReader(answer.body()))
                                .readObject()
                                .getString("notificationId"),
                        passport);
            }
            JsonObject report = node.sync();
            assertTrue(report.containsKey("linkProblem"), report::toString);
            assertEquals(0, report.getInt("sent"));
            // the mission's other system uses one of the node's ids for something else: the registry will refuse
            conflicted = passports.keySet().iterator().next();
            RegistryApi.sendAs(
                            missionSystem,
                            HttpRequest.newBuilder(RegistryApi.uri(RegistryApi.NOTIFICATIONS))
                                    .header("Content-Type", RegistryApi.JSON)
                                    .POST(HttpRequest.BodyPublishers.ofString(Samples.with(
                                                    Samples.notification(conflicted, Samples.passportNumber()),
                                                    "/missionCode",
                                                    MISSION)
                                            .toString())))
                    .expect(201);
            node.kill(); // everything the officer saw saved survives SIGKILL
        } finally {
            node.close();
        }

        // 2. online: a sync killed half-way, then repeated
        node = MissionNode.start(data, online, "online");
        try {
            node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
            assertEquals(
                    Set.copyOf(passports.keySet()), Set.copyOf(node.ids("WAITING")), "lost by kill -9 while offline");
            MissionNode running = node;
            CompletableFuture<Void> sync = CompletableFuture.runAsync(() -> {
                try {
                    running.sync();
                } catch (RuntimeException | AssertionError expected) {
                    // the node is killed under it
                }
            });
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> running.notifications().getInt("sent") >= 20);
            node.kill();
            sync.join();
        } finally {
            node.close();
        }

        // 3. the rest synced, then the consents sent as their notifications are acknowledged: killed half-way
        node = MissionNode.start(data, online, "resumed");
        try {
            node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
            JsonObject before = node.notifications();
            assertEquals(CAPTURED, before.getJsonArray("items").size());
            int sentBefore = before.getInt("sent");
            assertTrue(sentBefore >= 20 && sentBefore < CAPTURED, () -> "sent before the kill: " + sentBefore);
            MissionNode running = node;
            long syncStarted = System.nanoTime();
            CompletableFuture<Void> sync = CompletableFuture.runAsync(() -> {
                try {
                    running.sync();
                } catch (RuntimeException | AssertionError expected) {
                    // the node is killed under it
                }
            });
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> running.notifications().getInt("waiting") == 0);
            System.out.printf(
                    "IT: mission node synced the remaining %d of %d notifications through a batch in %d ms%n",
                    CAPTURED - sentBefore,
                    CAPTURED,
                    Duration.ofNanos(System.nanoTime() - syncStarted).toMillis());
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> recordedConsents(running.notifications()) >= 20);
            node.kill();
            sync.join();
        } finally {
            node.close();
        }

        online.put("NODE_PURGE_AFTER", "PT0S");
        node = MissionNode.start(data, online, "final");
        try {
            node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
            int consentsBefore = recordedConsents(node.notifications());
            assertTrue(
                    consentsBefore >= 20 && consentsBefore < CAPTURED - 1,
                    () -> "consents recorded before the kill: " + consentsBefore);
            JsonObject report = node.sync();
            assertFalse(report.containsKey("linkProblem"), report::toString);
            assertEquals(CAPTURED - 1 - consentsBefore, report.getInt("consentsRecorded"), report::toString);
            JsonObject after = node.notifications();
            assertEquals(0, after.getInt("waiting"));
            assertEquals(CAPTURED - 1, after.getInt("sent"));
            assertEquals(1, after.getInt("inConflict"));

            // exactly once on the registry: each id there once, with the node's registry number and one return
            Map<String, String> numbers = new HashMap<>();
            for (JsonObject item : after.getJsonArray("items").getValuesAs(JsonObject.class)) {
                String id = item.getString("notificationId");
                if (id.equals(conflicted)) {
                    assertEquals("CONFLICT", item.getString("status"));
                    assertEquals("DuplicateNotificationConflict", item.getString("problemCode"));
                    continue;
                }
                assertEquals("ACKNOWLEDGED", item.getString("status"), item::toString);
                assertTrue(item.getBoolean("purged"), () -> "personal data kept after acknowledgement: " + item);
                assertFalse(item.containsKey("displayName"));
                JsonObject status = RegistryApi.sendAs(
                                missionSystem,
                                HttpRequest.newBuilder(
                                        RegistryApi.uri(RegistryApi.NOTIFICATIONS + "/" + MISSION + "/" + id)))
                        .expect(200)
                        .json();
                assertEquals(item.getString("registryNumber"), status.getString("registryNumber"));
                numbers.put(id, status.getString("registryNumber"));
                // the consent captured with it: recorded once at the registry, under the id the node shows
                assertEquals("RECORDED", item.getString("consentStatus", null), item::toString);
                JsonArray consents = RegistryApi.sendAs(
                                Callers.registrar(),
                                HttpRequest.newBuilder(RegistryApi.uri(
                                        RegistryApi.API + "/consents?returnee=" + status.getString("registryNumber"))))
                        .expect(200)
                        .array();
                assertEquals(1, consents.size(), () -> "consent recorded twice: " + consents);
                assertEquals(
                        item.getString("consentId"), consents.getJsonObject(0).getString("consentId"));
                assertEquals(MISSION, consents.getJsonObject(0).getString("recordedByOrganisation"));
            }
            assertEquals(CAPTURED - 1, new HashSet<>(numbers.values()).size(), "two notifications on one returnee");
            for (String id : List.copyOf(numbers.keySet()).subList(0, 5)) {
                JsonObject returnee = RegistryApi.returnee(numbers.get(id));
                assertEquals(1, returnee.getJsonArray("returnEvents").size(), returnee::toString);
            }

            // the conflict, corrected as a new notification from the form the node fills in from the refused one
            String page = node.get("capture?corrects=" + conflicted).body();
            assertTrue(
                    page.contains("value=\"" + passports.get(conflicted) + "\""),
                    "the correction form is not filled in");
            Map<String, String> correction = fields(passports.get(conflicted), Samples.familyName());
            correction.put("corrects", conflicted);
            assertEquals(302, node.postForm("capture", correction).statusCode());
            JsonObject corrected = node.sync();
            assertEquals(1, corrected.getInt("acknowledged"), corrected::toString);
            JsonObject last = node.notifications();
            assertEquals(0, last.getInt("waiting"));
            assertEquals(CAPTURED, last.getInt("sent"));
            JsonObject old = last.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("notificationId").equals(conflicted))
                    .findFirst()
                    .orElseThrow();
            assertTrue(old.containsKey("correctedBy"), old::toString);

            // officers: one adds another; a wrong password or an unknown officer does not get in
            JsonObject second = Json.createObjectBuilder()
                    .add("username", "officer.two")
                    .add("password", "second-officer-password")
                    .build();
            assertEquals(201, node.postJson("officers", second).statusCode());
            assertEquals(409, node.postJson("officers", second).statusCode());
            assertEquals(
                    400,
                    node.postJson(
                                    "officers",
                                    Json.createObjectBuilder()
                                            .add("username", "officer.three")
                                            .add("password", "short")
                                            .build())
                            .statusCode());
            assertFalse(node.anotherSession().tryLogin("officer.two", "not-the-password-at-all"));
            assertFalse(node.anotherSession().tryLogin("officer.three", "short"));
            assertTrue(node.anotherSession().tryLogin("officer.two", "second-officer-password"));
        } finally {
            node.close();
        }

        // 3. the store: no captured name in clear, and it does not open without the node's key
        byte[] file = Files.readAllBytes(data.resolve("node.mv.db"));
        for (java.nio.charset.Charset charset :
                List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            assertFalse(new String(file, charset).contains(uniqueName), "a captured name is readable in the store");
        }
        String url = "jdbc:h2:file:" + data.resolve("node") + ";IFEXISTS=TRUE";
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "node", "")
                .close());
        assertThrows(SQLException.class, () -> DriverManager.getConnection(
                        url + ";CIPHER=AES", "node", PASSPHRASE + " " + PASSPHRASE)
                .close());
    }

    private static void aDayCapturedOffline() throws Exception {
        String mission = "NPL-EMB-NDB";
        String secret = Callers.registered(mission, "MISSION", "QAT", "mission-officer");
        Path data = MissionNode.newDataDirectory();
        Map<String, String> offline =
                MissionNode.firstStart(mission, secret, PASSPHRASE, MissionNode.unreachableRegistryUrl());
        offline.put("NODE_BATCH_SIZE", Integer.toString(BATCH));
        int day = DAY;
        MissionNode node = MissionNode.start(data, offline, "day-offline");
        try {
            node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
            for (int i = 0; i < day; i++) {
                Map<String, String> f = fields(Samples.passportNumber(), Samples.familyName());
                f.remove("consentFormHash");
                HttpResponse<String> answer = node.postJson("notifications", json(f));
                assertEquals(201, answer.statusCode(), answer::body);
            }
        } finally {
            node.close();
        }
        node = MissionNode.start(data, MissionNode.laterStartOnline(offline), "day-online");
        try {
            node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
            long started = System.nanoTime();
            JsonObject report = node.sync();
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            System.out.printf(
                    "IT: mission node synced %d notifications captured offline in %d ms (node's own count %d ms)%n",
                    day, millis, report.getInt("millis"));
            assertFalse(report.containsKey("linkProblem"), report::toString);
            assertEquals(day, report.getInt("acknowledged"), report::toString);
            node.assertEachAcknowledgedOnce(day);
            // on the registry: each notification once, through batches of the node's size, oldest first
            try (Connection db = DriverManager.getConnection(
                    System.getProperty("registry.it.jdbcUrl"),
                    System.getProperty("registry.it.jdbcUser"),
                    System.getProperty("registry.it.jdbcPassword"))) {
                assertEquals(
                        List.of(BATCH, BATCH, DAY - 2 * BATCH),
                        integers(
                                db,
                                "SELECT item_count FROM notification_batch WHERE mission_code = ?"
                                        + " ORDER BY created_at, id",
                                mission));
                assertEquals(
                        List.of(day),
                        integers(
                                db,
                                "SELECT COUNT(DISTINCT notification_id) FROM return_notification"
                                        + " WHERE mission_code = ?",
                                mission));
                assertEquals(
                        List.of(day),
                        integers(db, "SELECT COUNT(*) FROM return_notification WHERE mission_code = ?", mission));
            }
        } finally {
            node.close();
        }
    }

    private static List<Integer> integers(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                List<Integer> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getInt(1));
                }
                return values;
            }
        }
    }

    private static int recordedConsents(JsonObject notifications) {
        return (int) notifications.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> "RECORDED".equals(i.getString("consentStatus", null)))
                .count();
    }

    /** A valid notification's form fields. */
    static Map<String, String> fields(String passport, String familyName) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("givenName", "Sita");
        f.put("familyName", familyName);
        f.put("dateOfBirth", "1990-03-14");
        f.put("sex", "2");
        f.put("idType", "PASSPORT");
        f.put("idNumber", passport);
        f.put("idCountry", "NPL");
        f.put("destinationCountry", "QAT");
        f.put("employer", "Doha Care Services");
        f.put("departureDate", "2023-01-10");
        f.put("returnModality", "END_OF_CONTRACT");
        f.put("returnReason", "Contract completed");
        f.put("expectedArrivalDate", LocalDate.now().plusDays(20).toString());
        f.put("urgentNeed", "MEDICAL");
        f.put("urgentNote", "Needs follow-up");
        f.put("consentFormHash", "9f2d1c0b7a6e5d4c3b2a19081726354453627180a9b8c7d6e5f4a3b2c1d0e9f8");
        return f;
    }

    static JsonObject json(Map<String, String> fields) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        fields.forEach(b::add);
        return b.build();
    }
}
