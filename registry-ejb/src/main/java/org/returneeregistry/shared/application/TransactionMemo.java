package org.returneeregistry.shared.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers kept for the rest of the current transaction: reference data a transaction asks for again and again
 * (the route of a service, the resource centre serving a district) when the batch job takes many notifications
 * in one transaction, and what one step of a transaction hands to a later one of another context (the referrals a
 * notification raised, for the case it opens). Kept with the transaction ({@link
 * TransactionSynchronizationRegistry#putResource}), so it is gone when the transaction ends and never seen by
 * another; outside a transaction nothing is kept. Within one transaction an answer is as fresh as its first
 * reading: the transaction reads as if it had asked once, at that moment.
 */
@ApplicationScoped
public class TransactionMemo {

    @Resource
    private TransactionSynchronizationRegistry transactions;

    TransactionMemo() {
        // for the container
    }

    TransactionMemo(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The answer for {@code kind} and {@code key} kept in this transaction, computed and kept on first use. */
    public <T> T get(String kind, Object key, Supplier<T> compute) {
        Map<List<Object>, Object> memo = memo();
        if (memo == null) {
            return compute.get();
        }
        List<Object> k = List.of(kind, key);
        if (memo.containsKey(k)) {
            @SuppressWarnings("unchecked")
            T kept = (T) memo.get(k);
            return kept;
        }
        T value = compute.get();
        memo.put(k, value);
        return value;
    }

    /** Keeps {@code value} for {@code kind} and {@code key} for the rest of this transaction (none: nothing kept). */
    public void put(String kind, Object key, Object value) {
        Map<List<Object>, Object> memo = memo();
        if (memo != null) {
            memo.put(List.of(kind, key), value);
        }
    }

    /** What {@link #put} kept for {@code kind} and {@code key} in this transaction; empty when nothing was. */
    public <T> Optional<T> kept(String kind, Object key) {
        Map<List<Object>, Object> memo = memo();
        if (memo == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T kept = (T) memo.get(List.of(kind, key));
        return Optional.ofNullable(kept);
    }

    private Map<List<Object>, Object> memo() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<List<Object>, Object> memo = (Map<List<Object>, Object>) transactions.getResource(TransactionMemo.class);
        if (memo == null) {
            memo = new HashMap<>();
            transactions.putResource(TransactionMemo.class, memo);
        }
        return memo;
    }
}
