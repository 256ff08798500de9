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
import java.util.Map;
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
