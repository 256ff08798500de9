package org.returneeregistry.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransactionMemoTest {

    /** A registry with at most one transaction, begun and ended by the test. */
    static final class Transactions implements TransactionSynchronizationRegistry {
        Object key;
        Map<Object, Object> resources = new HashMap<>();

        void begin(Object k) {
            key = k;
            resources = new HashMap<>();
        }

        void end() {
            key = null;
            resources = new HashMap<>();
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object k, Object value) {
            if (key == null) {
                throw new IllegalStateException("no transaction");
            }
            resources.put(k, value);
        }

        @Override
        public Object getResource(Object k) {
            if (key == null) {
                throw new IllegalStateException("no transaction");
            }
            return resources.get(k);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {}

        @Override
        public int getTransactionStatus() {
            return 0;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private final Transactions transactions = new Transactions();
    private final TransactionMemo memo = new TransactionMemo(transactions);
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> read() {
        reads.incrementAndGet();
        return Optional.of("NPL-MRC-KTM");
    }

    @Test
    void readsOncePerTransactionAndKeyAndAgainInTheNextTransaction() {
        transactions.begin("tx1");
        assertEquals(Optional.of("NPL-MRC-KTM"), memo.get("centre", "Kaski", this::read));
        assertEquals(Optional.of("NPL-MRC-KTM"), memo.get("centre", "Kaski", this::read));
        assertEquals(1, reads.get());
        memo.get("centre", "Jhapa", this::read);
        memo.get("route", "Kaski", this::read);
        assertEquals(3, reads.get(), "another key or kind is read on its own");
        transactions.end();
        transactions.begin("tx2");
        memo.get("centre", "Kaski", this::read);
        assertEquals(4, reads.get(), "nothing is kept across transactions");
    }

    @Test
    void keepsAnEmptyAnswerToo() {
        transactions.begin("tx1");
        memo.get("route", "HEALTH", () -> {
            reads.incrementAndGet();
            return Optional.empty();
        });
        assertEquals(Optional.empty(), memo.get("route", "HEALTH", this::read));
        assertEquals(1, reads.get());
    }

    @Test
    void outsideATransactionReadsEveryTimeAndKeepsNothing() {
        memo.get("centre", "Kaski", this::read);
        memo.get("centre", "Kaski", this::read);
        assertEquals(2, reads.get());
        memo.put("raised", "NPL-EMB-DOH/1", List.of("r1"));
        assertTrue(memo.kept("raised", "NPL-EMB-DOH/1").isEmpty());
    }

    @Test
    void handsOverWhatWasPutWithinTheTransactionOnly() {
        transactions.begin("tx1");
        assertTrue(memo.kept("raised", "NPL-EMB-DOH/1").isEmpty());
        memo.put("raised", "NPL-EMB-DOH/1", List.of("r1", "r2"));
        assertEquals(Optional.of(List.of("r1", "r2")), memo.kept("raised", "NPL-EMB-DOH/1"));
        assertTrue(memo.kept("raised", "NPL-EMB-DOH/2").isEmpty());
        transactions.end();
        transactions.begin("tx2");
        assertTrue(memo.kept("raised", "NPL-EMB-DOH/1").isEmpty());
    }
}
