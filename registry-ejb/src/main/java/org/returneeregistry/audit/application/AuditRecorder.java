package org.returneeregistry.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.returneeregistry.audit.domain.AuditEntry;
import org.returneeregistry.shared.application.Keyring;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.application.ServiceCallEnded;
import org.returneeregistry.shared.application.ServiceCallSucceeding;

/**
 * Records each business call that ended in the audit trail, choosing the transaction: a call that
 * succeeded, in its own transaction (its entry commits with what it did, or not at all — and if that
 * transaction then rolls back, the call is recorded {@code FAILED} in a transaction of its own once the
 * rollback is done); a call that failed or whose transaction is already doomed, at once in a transaction
 * of its own. A call whose unit of work runs in a transaction of its own ({@code CompletesCall}) is recorded
 * in that transaction when the unit returns, one commit for both; if it does not commit, the call's end is
 * recorded as above. A plain CDI observer, not an enterprise bean: the container would refuse to call a bean
 * method in a transaction already marked for rollback, and the refusal must be recorded all the same.
 */
@ApplicationScoped
public class AuditRecorder {

    @EJB
    private AuditChain trail;

    @Inject
    private Keyring keyring;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    void record(@Observes ServiceCallEnded call) {
        String record = call.record() == null ? null : keyring.keyedHash(call.record());
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (ServiceCall.OK.equals(call.outcome())
                && inTransaction
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            trail.appendWithCall(entry(call, call.outcome(), record));
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the entry is written with the transaction
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        executor.execute(() -> trail.appendAlone(entry(call, AuditChain.FAILED, record)));
                    }
                }
            });
        } else {
            String outcome =
                    ServiceCall.OK.equals(call.outcome()) && inTransaction ? AuditChain.FAILED : call.outcome();
            trail.appendAlone(entry(call, outcome, record));
        }
    }

    void recordWithin(@Observes ServiceCallSucceeding call) {
        if (transactions.getTransactionKey() == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // the call's end is recorded when it comes
        }
        String record = call.record() == null ? null : keyring.keyedHash(call.record());
        trail.appendWithCall(
                new AuditEntry(call.at(), call.actor(), call.channel(), call.operation(), ServiceCall.OK, record));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the entry is written with the transaction
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    call.recorded().run();
                }
            }
        });
    }

    private static AuditEntry entry(ServiceCallEnded call, String outcome, String record) {
        return new AuditEntry(call.at(), call.actor(), call.channel(), call.operation(), outcome, record);
    }
}
