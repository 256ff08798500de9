package org.returneeregistry.node.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returneeregistry.node.store.NodeKey;
import org.returneeregistry.node.store.NodeStore;

class CapturedNotificationsTest {

    @TempDir
    Path dir;

    private JdbcConnectionPool pool;
    private CapturedNotifications notifications;

    @BeforeEach
    void open() {
        pool = NodeStore.open(dir, NodeKey.derive("a test passphrase".toCharArray(), new byte[16]));
        NodeStore store = new NodeStore() {
            @Override
            public DataSource dataSource() {
                return pool;
            }
        };
        notifications = new CapturedNotifications();
        notifications.store = store;
        notifications.codeLists = new CodeLists();
        notifications.codeLists.store = store;
        notifications.missionCode = "NPL-EMB-DOH";
        notifications.clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        notifications.consentTerms = new ConsentTerms();
        notifications.consentTerms.recipient = Optional.of("NPL-MOHP");
        notifications.consentTerms.purposes = List.of("REINTEGRATION_SERVICES");
        notifications.consentTerms.categories = List.of("IDENTITY", "HEALTH");
        notifications.consentTerms.validity = "P730D";
        notifications.consentTerms.noticeVersion = "mission-form-1";
        notifications.consentTerms.noticeLanguage = "ne";
    }

    @Test
    void aConsentIsSentOnceItsNotificationIsAcknowledgedAlwaysUnderOneKeyAndBody() {
        Map<String, String> v = DraftRulesTest.valid();
        v.put("consentFormHash", "ab".repeat(32));
        String id = notifications.capture(Draft.of(v::get), "o", null).notificationId();
        assertTrue(notifications.consentsToSend(10).isEmpty(), "a consent was due before its notification was sent");
        notifications.record(id, "ACKNOWLEDGED", "ACCEPTED", "RR-0000-0007-6", "CREATED_NEW", null, null);

        CapturedNotifications.PendingConsent first =
                notifications.consentsToSend(10).get(0);
        CapturedNotifications.PendingConsent again =
                notifications.consentsToSend(10).get(0);
        assertEquals(first, again, "a resend must be the same request under the same key");
        assertTrue(first.idempotencyKey().startsWith("node-consent-"), first::toString);
        jakarta.json.JsonObject body = jakarta.json.Json.createReader(new java.io.StringReader(first.body()))
                .readObject();
        assertEquals("RR-0000-0007-6", body.getString("registryNumber"));
        assertEquals("NPL-MOHP", body.getString("recipient"));
        assertEquals("ASSISTED", body.getString("method"));
        assertEquals("ab".repeat(32), body.getString("evidenceHash"));
        assertEquals("2028-12-06T10:00:00Z", body.getString("validUntil"));

        // the personal data stays until the consent is recorded, then goes with the notification's
        notifications.clock = Clock.fixed(Instant.parse("2027-01-07T10:00:00Z"), ZoneOffset.UTC);
        assertEquals(0, notifications.purge(Duration.ofDays(7)));
        notifications.recordConsent(id, "RECORDED", "5d1f8b0e-0000-4000-8000-000000000001", null);
        assertTrue(notifications.consentsToSend(10).isEmpty());
        assertEquals(1, notifications.purge(Duration.ofDays(7)));
        Captured c = notifications.find(id).orElseThrow();
        assertEquals("RECORDED", c.consentStatus());
        assertEquals("5d1f8b0e-0000-4000-8000-000000000001", c.consentId());
    }

    @Test
    void withoutARecipientTheNodeKeepsTheHashAndSendsNoConsent() {
        notifications.consentTerms.recipient = Optional.empty();
        Map<String, String> v = DraftRulesTest.valid();
        v.put("consentFormHash", "ab".repeat(32));
        String id = notifications.capture(Draft.of(v::get), "o", null).notificationId();
        notifications.record(id, "ACKNOWLEDGED", "ACCEPTED", "RR-0000-0007-6", "CREATED_NEW", null, null);
        assertTrue(notifications.consentsToSend(10).isEmpty());
        assertTrue(notifications.find(id).orElseThrow().hasConsentForm());
    }

    @Test
    void aBatchInFlightIsFollowedAndItsRowsAreNotSentAgainMeanwhile() {
        String a = notifications
                .capture(Draft.of(DraftRulesTest.valid()::get), "o", null)
                .notificationId();
        Map<String, String> v = DraftRulesTest.valid();
        v.put("idNumber", "PA7654321");
        String b = notifications.capture(Draft.of(v::get), "o", null).notificationId();
        notifications.sentInBatch(List.of(a, b), "batch-1");
        assertTrue(notifications.waiting(10).isEmpty(), "a notification in a batch was offered again");
        assertEquals(Map.of("batch-1", java.util.Set.of(a, b)), notifications.batchesInFlight());
        notifications.record(a, "ACKNOWLEDGED", "ACCEPTED", "RR-0000-0007-6", "CREATED_NEW", null, null);
        assertEquals(Map.of("batch-1", java.util.Set.of(b)), notifications.batchesInFlight());
        notifications.forgetBatch("batch-1");
        assertEquals(
                List.of(b),
                notifications.waiting(10).stream()
                        .map(CapturedNotifications.Waiting::notificationId)
                        .toList());
        assertTrue(notifications.batchesInFlight().isEmpty());
    }

    @AfterEach
    void close() {
        pool.dispose();
    }

    @Test
    void aValidDraftWaitsWithTheBodyItWillBeSentWith() {
        CapturedNotifications.Saved saved = notifications.capture(Draft.of(DraftRulesTest.valid()::get), "o", null);
        assertTrue(saved.ok(), saved.errors()::toString);
        Captured c = notifications.find(saved.notificationId()).orElseThrow();
        assertEquals("WAITING", c.status());
        assertEquals("Kamala Bhandari", c.displayName());
        assertEquals(
                saved.notificationId(),
                notifications.payload(saved.notificationId()).orElseThrow().getString("notificationId"));
        assertEquals(1, notifications.waiting(10).size());
    }

    @Test
    void anInvalidDraftSavesNothing() {
        Map<String, String> v = DraftRulesTest.valid();
        v.remove("givenName");
        CapturedNotifications.Saved saved = notifications.capture(Draft.of(v::get), "o", null);
        assertFalse(saved.ok());
        assertEquals("is required", saved.errors().get("givenName"));
        assertTrue(notifications.all().isEmpty());
    }

    @Test
    void aConflictIsCorrectedOnceByANewNotification() {
        String first = notifications
                .capture(Draft.of(DraftRulesTest.valid()::get), "o", null)
                .notificationId();
        assertFalse(
                notifications
                        .capture(Draft.of(DraftRulesTest.valid()::get), "o", first)
                        .ok(),
                "a waiting one is not corrected");
        notifications.record(first, "CONFLICT", null, null, null, "DuplicateNotificationConflict", "{}");
        String second = notifications
                .capture(Draft.of(DraftRulesTest.valid()::get), "o", first)
                .notificationId();
        assertEquals(second, notifications.find(first).orElseThrow().correctedBy());
        assertEquals(first, notifications.find(second).orElseThrow().corrects());
        assertFalse(
                notifications
                        .capture(Draft.of(DraftRulesTest.valid()::get), "o", first)
                        .ok(),
                "corrected twice");
    }

    @Test
    void personalDataIsPurgedOnlyAfterTheAcknowledgementAndTheDelay() {
        String acked = notifications
                .capture(Draft.of(DraftRulesTest.valid()::get), "o", null)
                .notificationId();
        String waiting = notifications
                .capture(Draft.of(DraftRulesTest.valid()::get), "o", null)
                .notificationId();
        notifications.record(acked, "ACKNOWLEDGED", "ACCEPTED", "RR-0000-0007-6", "CREATED_NEW", null, null);
        assertEquals(0, notifications.purge(Duration.ofDays(7)));
        notifications.clock = Clock.offset(notifications.clock, Duration.ofDays(8));
        assertEquals(1, notifications.purge(Duration.ofDays(7)));
        Captured purged = notifications.find(acked).orElseThrow();
        assertTrue(purged.purged());
        assertNull(purged.displayName());
        assertEquals("RR-0000-0007-6", purged.registryNumber());
        assertTrue(notifications.payload(acked).isEmpty());
        assertTrue(notifications.payload(waiting).isPresent(), "a waiting notification was purged");
    }
}
