package org.returneeregistry.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.returneeregistry.organisation.domain.Organisation;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.organisation.domain.OrganisationType;
import org.returneeregistry.organisation.persistence.OrganisationRepository;
import org.returneeregistry.shared.domain.Actor;

/** The operator organisation is inserted once, also when two instances start together: insert-or-ignore. */
class OperatorOrganisationTest {

    /** What the database holds, and a concurrent instance's insert that lands between our read and our write. */
    private static final class Database extends OrganisationRepository {
        final List<Organisation> rows = new ArrayList<>();
        final List<Organisation> pending = new ArrayList<>();
        Organisation concurrentInsert;
        RuntimeException failure;

        @Override
        public Organisation add(Organisation organisation) {
            pending.add(organisation);
            return organisation;
        }

        @Override
        public void flush() {
            if (concurrentInsert != null) {
                rows.add(concurrentInsert);
                concurrentInsert = null;
                pending.clear();
                throw new PersistenceException("duplicate key", new SQLException("unique violation", "23505"));
            }
            if (failure != null) {
                pending.clear();
                throw failure;
            }
        }

        @Override
        public Optional<Organisation> find(OrganisationCode code) {
            return rows.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        @Override
        public boolean exists(OrganisationType type) {
            return rows.stream().anyMatch(o -> o.type() == type);
        }
    }

    private static final class Transaction implements UserTransaction {
        final Database database;
        int status = Status.STATUS_NO_TRANSACTION;
        int commits;
        int rollbacks;

        Transaction(Database database) {
            this.database = database;
        }

        @Override
        public void begin() {
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() {
            database.rows.addAll(database.pending);
            database.pending.clear();
            commits++;
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void rollback() {
            database.pending.clear();
            rollbacks++;
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setTransactionTimeout(int seconds) {
            // not used
        }
    }

    private static Organisation operatorOfAnotherInstance() {
        return Organisation.register(OrganisationCode.parse("NPL-DOFE").orElseThrow(), "Department of Foreign Employment",
                OrganisationType.REGISTRY_OPERATOR, "NPL", OrganisationType.REGISTRY_OPERATOR.defaultRoles(),
                new Actor("registry", null), Instant.EPOCH, "created by the other instance");
    }

    private static OperatorOrganisation starting(Database database, Transaction transaction) {
        OperatorOrganisation bean = new OperatorOrganisation();
        bean.organisations = database;
        bean.transaction = transaction;
        bean.clock = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);
        bean.code = "NPL-DOFE";
        bean.name = "Department of Foreign Employment";
        bean.country = "NPL";
        return bean;
    }

    @Test
    void aFreshDatabaseGetsTheOperatorOnce() {
        Database database = new Database();
        Transaction transaction = new Transaction(database);

        starting(database, transaction).ensureOperator();
        starting(database, transaction).ensureOperator();

        assertEquals(1, database.rows.size());
        assertEquals("Department of Foreign Employment", database.rows.get(0).name());
    }

    @Test
    void anInsertThatLosesTheRaceReadsAgainAndKeepsTheOtherInstancesRow() {
        Database database = new Database();
        Organisation theirs = operatorOfAnotherInstance();
        database.concurrentInsert = theirs;
        Transaction transaction = new Transaction(database);

        starting(database, transaction).ensureOperator();

        assertEquals(1, database.rows.size(), "no second operator, and no failed start");
        assertSame(theirs, database.rows.get(0));
        assertEquals(1, transaction.rollbacks, "the losing insert was rolled back");
    }

    @Test
    void anyOtherFailureStillStopsTheStart() {
        Database database = new Database();
        database.failure = new PersistenceException("disk full", new SQLException("could not extend file", "53100"));
        Transaction transaction = new Transaction(database);

        assertThrows(PersistenceException.class, () -> starting(database, transaction).ensureOperator());
        assertEquals(0, database.rows.size());
        assertEquals(1, transaction.rollbacks);
    }
}
