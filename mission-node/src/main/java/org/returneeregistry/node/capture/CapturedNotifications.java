package org.returneeregistry.node.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.node.store.NodeStore;

/**
 * What the officers captured, kept in the node's store. A notification is saved (committed to the file) before
 * the officer is told so; its id is chosen here, once, and its body kept exactly as it will be sent, so every
 * resend is the same notification to the registry.
 */
@ApplicationScoped
public class CapturedNotifications {

    public static final String WAITING = "WAITING";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    public static final String HELD = "HELD";
    public static final String CONFLICT = "CONFLICT";
    public static final String REFUSED = "REFUSED";

    /** A consent's state on the node: waiting for its notification's acknowledgement or for the send. */
    public static final String CONSENT_PENDING = "PENDING";

    public static final String CONSENT_RECORDED = "RECORDED";
    public static final String CONSENT_REFUSED = "REFUSED";

    private static final String COLUMNS = "notification_id, display_name, captured_at, captured_by, status, attempts,"
            + " registry_status, registry_number, match_outcome, problem_code, problem, corrects, corrected_by,"
            + " consent_hash, purged_at, consent_status, consent_id";

    @Inject
    NodeStore store;

    @Inject
    CodeLists codeLists;

    @Inject
    @ConfigProperty(name = "node.mission-code")
    String missionCode;

    @Inject
    ConsentTerms consentTerms;

    Clock clock = Clock.systemUTC();

    /** The outcome of a capture: the new notification's id, or the broken rules by field. */
    public record Saved(String notificationId, Map<String, String> errors) {
        public boolean ok() {
            return notificationId != null;
        }
    }

    public String missionCode() {
        return missionCode;
    }

    /**
     * Checks and saves a draft; {@code corrects} names the conflicting or refused notification it replaces (which
     * is then marked as corrected, in the same transaction).
     */
    public Saved capture(Draft draft, String officer, String corrects) {
        Map<String, String> errors = new DraftRules(codeLists::codes).check(draft, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            return new Saved(null, errors);
        }
        String id = "node-" + UUID.randomUUID();
        String payload = draft.toRegistryJson(missionCode, id).toString();
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                if (corrects != null) {
                    try (PreparedStatement mark =
                            c.prepareStatement("update notification set corrected_by = ? where notification_id = ?"
                                    + " and status in ('CONFLICT', 'REFUSED') and corrected_by is null")) {
                        mark.setString(1, id);
                        mark.setString(2, corrects);
                        if (mark.executeUpdate() != 1) {
                            c.rollback();
                            return new Saved(null, Map.of("corrects", "is not a conflict waiting for a correction"));
                        }
                    }
                }
                OffsetDateTime now = OffsetDateTime.now(clock);
                Optional<JsonObject> consent = draft.has("consentFormHash")
                        ? consentTerms.body(draft.get("consentFormHash"), now.toInstant())
                        : Optional.empty();
                try (PreparedStatement insert = c.prepareStatement(
                        "insert into notification (notification_id,"
                                + " captured_by, captured_at, display_name, payload, status, corrects, consent_hash,"
                                + " consent_key, consent_body, consent_status) values (?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, officer);
                    insert.setObject(3, now);
                    insert.setString(4, draft.displayName());
                    insert.setString(5, payload);
                    insert.setString(6, corrects);
                    insert.setString(7, draft.get("consentFormHash"));
                    insert.setString(
                            8,
                            consent.map(b -> "node-consent-" + UUID.randomUUID())
                                    .orElse(null));
                    insert.setString(9, consent.map(JsonObject::toString).orElse(null));
                    insert.setString(10, consent.map(b -> CONSENT_PENDING).orElse(null));
                    insert.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the notification", e);
        }
        return new Saved(id, Map.of());
    }

    /** Every notification, newest first. */
    public List<Captured> all() {
        return query("select " + COLUMNS + " from notification order by captured_at desc", null);
    }

    public Optional<Captured> find(String id) {
        return query("select " + COLUMNS + " from notification where notification_id = ?", id).stream()
                .findFirst();
    }

    /** The body a notification was (or will be) sent with; empty once purged. */
    public Optional<JsonObject> payload(String id) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement q =
                        c.prepareStatement("select payload from notification where notification_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    return Optional.of(
                            Json.createReader(new StringReader(rs.getString(1))).readObject());
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the notification", e);
        }
    }

    /** A notification waiting to be sent, with its body. */
    public record Waiting(String notificationId, String payload) {}

    /** The oldest notifications waiting to be sent. */
    public List<Waiting> waiting(int limit) {
        return pairs("select notification_id, payload from notification where status = 'WAITING'"
                + " and batch_id is null order by captured_at, notification_id limit " + limit);
    }

    /** Notes the registry batch that took these waiting notifications in (one commit). */
    public void sentInBatch(List<String> ids, String batchId) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement(
                    "update notification set batch_id = ? where notification_id = ? and status = 'WAITING'")) {
                for (String id : ids) {
                    u.setString(1, batchId);
                    u.setString(2, id);
                    u.addBatch();
                }
                u.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot note the batch", e);
        }
    }

    /** Forgets a batch: the notifications of it still waiting are sent again in the next one. */
    public void forgetBatch(String batchId) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement u =
                        c.prepareStatement("update notification set batch_id = null where batch_id = ?")) {
            u.setString(1, batchId);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot forget the batch", e);
        }
    }

    /** The batches the registry accepted whose outcome the node does not have yet, with their waiting ids. */
    public Map<String, Set<String>> batchesInFlight() {
        Map<String, Set<String>> batches = new LinkedHashMap<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("select batch_id, notification_id from notification"
                        + " where status = 'WAITING' and batch_id is not null order by captured_at");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                batches.computeIfAbsent(rs.getString(1), b -> new HashSet<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the batches", e);
        }
        return batches;
    }

    /** Notifications the registry holds for review: asked again until they are accepted. */
    public List<String> held() {
        return pairs("select notification_id, payload from notification where status = 'HELD' order by captured_at")
                .stream()
                .map(Waiting::notificationId)
                .toList();
    }

    /** Stores what the registry answered about a notification (one commit per answer). */
    public void record(
            String id,
            String status,
            String registryStatus,
            String registryNumber,
            String match,
            String problemCode,
            String problem) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement u = c.prepareStatement("update notification set status = ?, registry_status = ?,"
                        + " registry_number = ?, match_outcome = ?, problem_code = ?, problem = ?,"
                        + " attempts = attempts + 1, last_attempt_at = ?,"
                        + " acknowledged_at = case when ? = 'ACKNOWLEDGED' then ? else acknowledged_at end"
                        + " where notification_id = ?")) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            u.setString(1, status);
            u.setString(2, registryStatus);
            u.setString(3, registryNumber);
            u.setString(4, match);
            u.setString(5, problemCode);
            u.setString(6, problem);
            u.setObject(7, now);
            u.setString(8, status);
            u.setObject(9, now);
            u.setString(10, id);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the registry's answer", e);
        }
    }

    /**
     * A consent to send: the body captured with its notification, completed with the registry number the
     * registry gave, and the key it is always sent under.
     */
    public record PendingConsent(String notificationId, String idempotencyKey, String body) {}

    /** Consents captured with notifications the registry has acknowledged, not yet recorded at the registry. */
    public List<PendingConsent> consentsToSend(int limit) {
        List<PendingConsent> rows = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement("select notification_id, consent_key, consent_body,"
                        + " registry_number from notification where consent_status = 'PENDING'"
                        + " and status = 'ACKNOWLEDGED' and registry_number is not null"
                        + " order by captured_at, notification_id limit " + limit);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                JsonObject template =
                        Json.createReader(new StringReader(rs.getString(3))).readObject();
                String body = Json.createObjectBuilder(template)
                        .add("registryNumber", rs.getString(4))
                        .build()
                        .toString();
                rows.add(new PendingConsent(rs.getString(1), rs.getString(2), body));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the consents", e);
        }
        return rows;
    }

    /** Stores what the registry answered about a consent: its record id, or why it refused it. */
    public void recordConsent(String notificationId, String status, String consentId, String problem) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement u = c.prepareStatement(
                        "update notification set consent_status = ?,"
                                + " consent_id = ?, consent_problem = ? where notification_id = ? and consent_status = 'PENDING'")) {
            u.setString(1, status);
            u.setString(2, consentId);
            u.setString(3, problem);
            u.setString(4, notificationId);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the registry's answer about a consent", e);
        }
    }

    /**
     * Removes the personal data of notifications the registry acknowledged longer than {@code after} ago: the
     * body, the name and the consent form's hash go; the id, the status and the registry number stay, so the
     * officer can still answer "was it sent?". Returns how many were purged.
     */
    public int purge(Duration after) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement u = c.prepareStatement("update notification set payload = null,"
                        + " display_name = null, consent_hash = null, consent_body = null, purged_at = ?"
                        + " where status = 'ACKNOWLEDGED' and purged_at is null and acknowledged_at <= ?"
                        + " and (consent_status is null or consent_status <> 'PENDING')")) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            u.setObject(1, now);
            u.setObject(2, now.minus(after));
            return u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge", e);
        }
    }

    private List<Waiting> pairs(String sql) {
        List<Waiting> rows = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement(sql);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new Waiting(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the notifications", e);
        }
        return rows;
    }

    private List<Captured> query(String sql, String id) {
        List<Captured> rows = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement q = c.prepareStatement(sql)) {
            if (id != null) {
                q.setString(1, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Captured(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10),
                            rs.getString(11),
                            rs.getString(12),
                            rs.getString(13),
                            rs.getString(14) != null,
                            rs.getObject(15) != null,
                            rs.getString(16),
                            rs.getString(17)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the notifications", e);
        }
        return rows;
    }
}
