package org.returneeregistry.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.returneeregistry.agreement.domain.Agreement;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.consent.domain.ConsentRecord;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionLogHead;
import org.returneeregistry.exchange.domain.DeliveryEndpoint;
import org.returneeregistry.exchange.domain.OutboxMessage;
import org.returneeregistry.notification.domain.ReturnNotification;
import org.returneeregistry.organisation.domain.Organisation;
import org.returneeregistry.reintegration.domain.Referral;
import org.returneeregistry.reintegration.domain.ReferralRoute;
import org.returneeregistry.returnee.domain.Returnee;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.persistence.MappedSchema.MappedColumn;
import org.returneeregistry.shared.persistence.MappedSchema.MappedSequence;
import org.returneeregistry.socialsecurity.domain.DecisionNotice;
import org.returneeregistry.socialsecurity.domain.PeriodStatement;

/**
 * What the migrations must give on every supported database: the schema the JPA mapping expects
 * and the unique keys the services rely on. Each test works in its own transaction, rolled back.
 */
abstract class MigrationsContract {

    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL; notification intake retries on it. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE class of integrity violations; a missing parent is 23503 on PostgreSQL but 23506 on H2. */
    private static final String INTEGRITY_VIOLATION = "23";

    private static final MappedSchema MAPPED = MappedSchema.reachableFrom(
            Returnee.class,
            ReturnNotification.class,
            Organisation.class,
            AuditEntry.class,
            ConsentRecord.class,
            DecisionLogEntry.class,
            DecisionLogHead.class,
            DeliveryEndpoint.class,
            OutboxMessage.class,
            Referral.class,
            ReferralRoute.class,
            Agreement.class,
            org.returneeregistry.reintegration.domain.ReintegrationCase.class,
            PeriodStatement.class,
            DecisionNotice.class);

    private Connection db;

    /** The migrated database of the subclass. */
    protected abstract DataSource dataSource();

    /** Migrates as the server does at start-up: through {@link SchemaMigration} itself. */
    static void migrate(DataSource dataSource) {
        try {
            SchemaMigration migration = new SchemaMigration();
            Field resource = SchemaMigration.class.getDeclaredField("dataSource");
            resource.setAccessible(true);
            resource.set(migration, dataSource);
            migration.migrate();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SchemaMigration no longer takes its data source as expected", e);
        }
    }

    @BeforeEach
    void begin() throws SQLException {
        db = dataSource().getConnection();
        db.setAutoCommit(false);
    }

    @AfterEach
    void rollBack() throws SQLException {
        db.rollback();
        db.close();
    }

    @Test
    void createsEveryTableTheEntitiesMap() throws SQLException {
        Set<String> missing = new TreeSet<>(MAPPED.tables());
        missing.removeAll(columnsInDatabase().keySet().stream()
                .map(c -> c.substring(0, c.indexOf('.')))
                .toList());

        assertEquals(Set.of(), missing);
        assertTrue(
                MAPPED.tables()
                        .containsAll(Set.of(
                                "returnee",
                                "returnee_identity",
                                "return_notification",
                                "organisation",
                                "organisation_role",
                                "organisation_event",
                                "audit_entry",
                                "referral",
                                "referral_event",
                                "referral_route",
                                "agreement",
                                "agreement_version",
                                "agreement_party",
                                "agreement_scope",
                                "agreement_event",
                                "agreement_certificate",
                                "agreement_endpoint")),
                "the mapping reader found the aggregates: " + MAPPED.tables());
    }

    @Test
    void everyMappedColumnExistsWithItsLengthAndNullability() throws SQLException {
        Map<String, DbColumn> inDatabase = columnsInDatabase();
        List<String> mismatches = new ArrayList<>();
        for (MappedColumn mapped : MAPPED.columns()) {
            DbColumn column = inDatabase.get(mapped.toString());
            if (column == null) {
                mismatches.add(mapped + " is missing");
            } else {
                mismatches.addAll(column.disagreementsWith(mapped));
            }
        }

        assertEquals(List.of(), mismatches);
    }

    @Test
    void sequencesStepByTheAllocationSizeOfTheEntities() throws SQLException {
        Map<String, DbSequence> inDatabase = sequencesInDatabase();

        assertFalse(MAPPED.sequences().isEmpty(), "the entities use sequences");
        for (MappedSequence mapped : MAPPED.sequences()) {
            DbSequence sequence = inDatabase.get(mapped.name());
            assertNotNull(sequence, mapped.name() + " is missing");
            assertEquals(mapped.allocationSize(), sequence.increment(), mapped.name());
        }
    }

    @Test
    void firstBlockOfIdsStartsAtOne() throws SQLException {
        // EclipseLink takes each value as the last id of a block of allocationSize ids, and refuses
        // a sequence whose first block would start below zero.
        Map<String, DbSequence> inDatabase = sequencesInDatabase();

        for (MappedSequence mapped : MAPPED.sequences()) {
            long firstId = inDatabase.get(mapped.name()).start() - mapped.allocationSize() + 1;
            assertEquals(1, firstId, mapped.name());
        }
    }

    @Test
    void migratingAgainAppliesNothing() throws SQLException {
        long applied = appliedMigrations();

        migrate(dataSource());

        assertEquals(applied, appliedMigrations());
    }

    @Test
    void registryNumberBelongsToOneReturnee() throws SQLException {
        insertReturnee(1, 1);

        assertRefused(UNIQUE_VIOLATION, () -> insertReturnee(2, 1));
    }

    @Test
    void identityBelongsToOneReturneePerTypeNumberAndIssuingCountry() throws SQLException {
        insertReturnee(1, 1);
        insertReturnee(2, 2);
        insertIdentity(10, 1, "PASSPORT", "PA1234567", "NPL");
        insertIdentity(11, 2, "PASSPORT", "PA1234567", "IND");
        insertIdentity(12, 2, "NATIONAL_ID", "PA1234567", "NPL");
        insertIdentity(13, 2, "PASSPORT", "PA7654321", "NPL");

        assertRefused(UNIQUE_VIOLATION, () -> insertIdentity(14, 2, "PASSPORT", "PA1234567", "NPL"));
    }

    @Test
    void identityNeedsItsReturnee() {
        assertRefused(INTEGRITY_VIOLATION, () -> insertIdentity(10, 999, "PASSPORT", "PA1234567", "NPL"));
    }

    @Test
    void notificationIdIsUniquePerMission() throws SQLException {
        insertNotification(1, "NPL-EMB-DOH", "N-1");
        insertNotification(2, "NPL-EMB-KUL", "N-1");

        assertRefused(UNIQUE_VIOLATION, () -> insertNotification(3, "NPL-EMB-DOH", "N-1"));
    }

    @Test
    void historySequenceIsUniquePerReturnee() throws SQLException {
        insertReturnee(1, 1);
        insertReturnee(2, 2);
        insertHistory(10, 1, 1);
        insertHistory(11, 2, 1);
        insertHistory(12, 1, 2);

        assertRefused(UNIQUE_VIOLATION, () -> insertHistory(13, 1, 2));
    }

    @Test
    void organisationCodeBelongsToOneOrganisation() throws SQLException {
        insertOrganisation(1, "NPL-EMB-DOH", "npl-emb-doh");

        assertRefused(UNIQUE_VIOLATION, () -> insertOrganisation(2, "NPL-EMB-DOH", "npl-emb-doh-2"));
    }

    @Test
    void clientIdBelongsToOneOrganisationAndMayBeAbsent() throws SQLException {
        insertOrganisation(1, "NPL-EMB-DOH", "npl-emb-doh");
        insertOrganisation(2, "NPL-DOFE", null);
        insertOrganisation(3, "NPL-DOFE-OLD", null);

        assertRefused(UNIQUE_VIOLATION, () -> insertOrganisation(4, "NPL-EMB-RUH", "npl-emb-doh"));
    }

    @Test
    void anOrganisationHoldsARoleOnce() throws SQLException {
        insertOrganisation(1, "NPL-MOHP", "npl-mohp");
        insertRole(1, "MINISTRY_SYSTEM");
        insertRole(1, "SOCIAL_SECURITY_OFFICER");

        assertRefused(UNIQUE_VIOLATION, () -> insertRole(1, "MINISTRY_SYSTEM"));
    }

    @Test
    void organisationEventSequenceIsUniquePerOrganisation() throws SQLException {
        insertOrganisation(1, "NPL-EMB-DOH", "npl-emb-doh");
        insertOrganisation(2, "NPL-EMB-RUH", "npl-emb-ruh");
        insertOrganisationEvent(10, 1, 1);
        insertOrganisationEvent(11, 2, 1);
        insertOrganisationEvent(12, 1, 2);

        assertRefused(UNIQUE_VIOLATION, () -> insertOrganisationEvent(13, 1, 2));
    }

    @Test
    void organisationEventNeedsItsOrganisation() {
        assertRefused(INTEGRITY_VIOLATION, () -> insertOrganisationEvent(10, 999, 1));
    }

    @Test
    void referralIdBelongsToOneReferral() throws SQLException {
        insertReferral(1, "0b6f1d2e-3c4a-4b5c-8d9e-000000000001", null, "HEALTH", null, null);

        assertRefused(
                UNIQUE_VIOLATION,
                () -> insertReferral(2, "0b6f1d2e-3c4a-4b5c-8d9e-000000000001", null, "SHELTER", null, null));
    }

    @Test
    void aNotificationGivesOneReferralPerServiceWhileRegistrarsReferrals() throws SQLException {
        insertReferral(1, "0b6f1d2e-3c4a-4b5c-8d9e-000000000001", "NPL-EMB-DOH/N-1", "HEALTH", null, null);
        insertReferral(2, "0b6f1d2e-3c4a-4b5c-8d9e-000000000002", "NPL-EMB-DOH/N-1", "SHELTER", null, null);
        insertReferral(3, "0b6f1d2e-3c4a-4b5c-8d9e-000000000003", null, "HEALTH", null, null);
        insertReferral(4, "0b6f1d2e-3c4a-4b5c-8d9e-000000000004", null, "HEALTH", null, null);

        assertRefused(
                UNIQUE_VIOLATION,
                () -> insertReferral(
                        5, "0b6f1d2e-3c4a-4b5c-8d9e-000000000005", "NPL-EMB-DOH/N-1", "HEALTH", null, null));
    }

    @Test
    void anIdempotencyKeyGivesOneReferralPerOrganisation() throws SQLException {
        insertReferral(1, "0b6f1d2e-3c4a-4b5c-8d9e-000000000001", null, "HEALTH", "NPL-DOFE", "K-1");
        insertReferral(2, "0b6f1d2e-3c4a-4b5c-8d9e-000000000002", null, "HEALTH", "NPL-MRC", "K-1");

        assertRefused(
                UNIQUE_VIOLATION,
                () -> insertReferral(3, "0b6f1d2e-3c4a-4b5c-8d9e-000000000003", null, "SHELTER", "NPL-DOFE", "K-1"));
    }

    @Test
    void referralEventSequenceIsUniquePerReferral() throws SQLException {
        insertReferral(1, "0b6f1d2e-3c4a-4b5c-8d9e-000000000001", null, "HEALTH", null, null);
        insertReferral(2, "0b6f1d2e-3c4a-4b5c-8d9e-000000000002", null, "HEALTH", null, null);
        insertReferralEvent(10, 1, 1);
        insertReferralEvent(11, 1, 2);
        insertReferralEvent(12, 2, 1);

        assertRefused(UNIQUE_VIOLATION, () -> insertReferralEvent(13, 1, 2));
    }

    @Test
    void referralEventNeedsItsReferral() {
        assertRefused(INTEGRITY_VIOLATION, () -> insertReferralEvent(10, 999, 1));
    }

    @Test
    void aServiceHasOneRoute() throws SQLException {
        execute(
                "INSERT INTO referral_route (service, version, recipient, updated_at, updated_by)"
                        + " VALUES ('HEALTH', 1, 'NPL-MOHP', ?, 'admin@NPL-DOFE')",
                now());

        assertRefused(
                UNIQUE_VIOLATION,
                () -> execute(
                        "INSERT INTO referral_route (service, version, recipient,"
                                + " updated_at, updated_by) VALUES ('HEALTH', 1, 'NPL-MOWCSC', ?, 'admin@NPL-DOFE')",
                        now()));
    }

    private void insertReferral(
            long id, String referralId, String notification, String service, String owner, String key)
            throws SQLException {
        execute(
                "INSERT INTO referral (id, referral_id, version, registry_number, service, purpose, recipient, source,"
                        + " source_notification, reason, status, idempotency_owner, idempotency_key, created_at, updated_at)"
                        + " VALUES (?, ?, 1, ?, ?, 'REINTEGRATION_SERVICES', 'NPL-MOHP', 'ASSESSMENT', ?, 'Needs help', 'SENT',"
                        + " ?, ?, ?, ?)",
                id,
                referralId,
                RegistryNumber.fromSerial(1).value(),
                service,
                notification,
                owner,
                key,
                now(),
                now());
    }

    private void insertReferralEvent(long id, long referralId, int seq) throws SQLException {
        execute(
                "INSERT INTO referral_event (id, referral_id, seq, status, recorded_at, actor)"
                        + " VALUES (?, ?, ?, 'SENT', ?, 'registrar-1@NPL-DOFE')",
                id,
                referralId,
                seq,
                now());
    }

    private void insertOrganisation(long id, String code, String clientId) throws SQLException {
        execute(
                "INSERT INTO organisation (id, code, version, name, org_type, country, status, client_id,"
                        + " registered_at, updated_at) VALUES (?, ?, 1, 'Embassy of Nepal, Doha', 'MISSION', 'NPL', 'ACTIVE',"
                        + " ?, ?, ?)",
                id,
                code,
                clientId,
                now(),
                now());
    }

    private void insertRole(long organisationId, String role) throws SQLException {
        execute("INSERT INTO organisation_role (organisation_id, role_name) VALUES (?, ?)", organisationId, role);
    }

    private void insertOrganisationEvent(long id, long organisationId, int seq) throws SQLException {
        execute(
                "INSERT INTO organisation_event (id, organisation_id, seq, event_type, recorded_at, actor)"
                        + " VALUES (?, ?, ?, 'REGISTERED', ?, 'admin-1@NPL-DOFE')",
                id,
                organisationId,
                seq,
                now());
    }

    private void insertReturnee(long id, long serial) throws SQLException {
        execute(
                "INSERT INTO returnee (id, registry_number, version, given_name, date_of_birth, sex, registered_at,"
                        + " updated_at) VALUES (?, ?, 1, 'Ram', ?, '1', ?, ?)",
                id,
                RegistryNumber.fromSerial(serial).value(),
                LocalDate.of(1990, 4, 12),
                now(),
                now());
    }

    private void insertIdentity(long id, long returneeId, String type, String number, String country)
            throws SQLException {
        execute(
                "INSERT INTO returnee_identity (id, returnee_id, id_type, id_number, issuing_country)"
                        + " VALUES (?, ?, ?, ?, ?)",
                id,
                returneeId,
                type,
                number,
                country);
    }

    private void insertNotification(long id, String missionCode, String notificationId) throws SQLException {
        execute(
                "INSERT INTO return_notification (id, mission_code, notification_id, version, content_hash, content,"
                        + " registry_number, match_outcome, status, received_at, received_by, return_modality,"
                        + " expected_arrival) VALUES (?, ?, ?, 1, ?, '{}', ?, 'CREATED_NEW', 'ACCEPTED', ?,"
                        + " 'officer-7@NPL-EMB-DOH', 'END_OF_CONTRACT', ?)",
                id,
                missionCode,
                notificationId,
                "0".repeat(64),
                RegistryNumber.fromSerial(1).value(),
                now(),
                LocalDate.of(2025, 3, 10));
    }

    private void insertHistory(long id, long returneeId, int seq) throws SQLException {
        execute(
                "INSERT INTO returnee_history (id, returnee_id, seq, recorded_at, actor, action)"
                        + " VALUES (?, ?, ?, ?, 'registrar-1', 'REGISTERED')",
                id,
                returneeId,
                seq,
                now());
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private long appliedMigrations() throws SQLException {
        // Flyway creates its table with a quoted lower-case name on every database.
        try (PreparedStatement statement = db.prepareStatement("SELECT COUNT(*) FROM \"flyway_schema_history\"");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.of(2025, 3, 1, 9, 30);
    }

    private static void assertRefused(String sqlState, Executable insert) {
        SQLException refused = assertThrows(SQLException.class, insert);
        assertTrue(String.valueOf(refused.getSQLState()).startsWith(sqlState), refused::getMessage);
    }

    /** Columns of the current schema by "table.column", in lower case. */
    private Map<String, DbColumn> columnsInDatabase() throws SQLException {
        Map<String, DbColumn> columns = new HashMap<>();
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet rows = meta.getColumns(db.getCatalog(), db.getSchema(), "%", "%")) {
            while (rows.next()) {
                String key = lower(rows.getString("TABLE_NAME")) + "." + lower(rows.getString("COLUMN_NAME"));
                columns.put(
                        key,
                        new DbColumn(
                                rows.getInt("COLUMN_SIZE"),
                                rows.getInt("DECIMAL_DIGITS"),
                                rows.getInt("NULLABLE") == DatabaseMetaData.columnNullable));
            }
        }
        return columns;
    }

    private Map<String, DbSequence> sequencesInDatabase() throws SQLException {
        Map<String, DbSequence> sequences = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement("SELECT sequence_name, start_value, increment"
                + " FROM information_schema.sequences WHERE sequence_schema = ?")) {
            statement.setString(1, db.getSchema());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // PostgreSQL answers the numbers as text, H2 as numbers.
                    sequences.put(
                            lower(rows.getString(1)),
                            new DbSequence(Long.parseLong(rows.getString(2)), Long.parseLong(rows.getString(3))));
                }
            }
        }
        return sequences;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private record DbSequence(long start, long increment) {}

    private record DbColumn(int size, int decimalDigits, boolean nullable) {

        List<String> disagreementsWith(MappedColumn mapped) {
            List<String> found = new ArrayList<>();
            if (mapped.mapping() == null) {
                return found;
            }
            if (nullable != mapped.mapping().nullable()) {
                found.add(mapped + (nullable ? " is nullable" : " is NOT NULL") + " but mapped the other way");
            }
            boolean text =
                    mapped.javaType() == String.class || mapped.javaType().isEnum();
            if (text && size != mapped.mapping().length()) {
                found.add(mapped + " holds " + size + " characters but is mapped as "
                        + mapped.mapping().length());
            }
            if (mapped.javaType() == BigDecimal.class
                    && (size != mapped.mapping().precision()
                            || decimalDigits != mapped.mapping().scale())) {
                found.add(mapped + " is (" + size + ", " + decimalDigits + ") but mapped as ("
                        + mapped.mapping().precision() + ", " + mapped.mapping().scale() + ")");
            }
            return found;
        }
    }
}
