package org.returneeregistry.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.shared.domain.ChainCheck;
import org.returneeregistry.shared.domain.ChainHead;
import org.returneeregistry.shared.domain.ChainWalk;
import org.returneeregistry.shared.domain.ChainedEntry;
import org.returneeregistry.shared.domain.Checkpoint;

/**
 * Append now, link later: the one mechanism behind every hash-chained log of the registry (ADR 0009).
 *
 * <p>An entry is written, sealed with a keyed hash of its content ({@link #seal}), in the transaction of
 * the call it records, and takes no shared lock: it commits or rolls back with the call. The linker then
 * gives the committed entries, in the order it finds them, their sequence numbers and the hashes that
 * chain them ({@link #link}); it holds the log's head row locked while it does, and it is the only one
 * that takes that lock, so two instances link one after the other and never twice. Checkpoints are signed
 * over the linked head ({@link #checkpoint}), and verification ({@link #verify}) covers linked entries
 * and says how many are still waiting to be linked.
 */
@Stateless
@PermitAll
public class ChainLinker {

    /** Entries linked in one transaction at most. */
    static final int LINK_BATCH = 500;

    private static final int VERIFY_BATCH = 1000;

    /** Entries not linked yet whose seals a verification checks at most (normally a few: linking is quick). */
    private static final int UNLINKED_CHECKED = 10_000;

    @Inject
    private Keyring keyring;

    @Inject
    private LogCheckpoints checkpoints;

    /** The seal of an entry's content, made when it is written. */
    public String seal(ChainedEntry entry) {
        return keyring.keyedHash(entry.sealedContent());
    }

    /** Links up to one batch of committed entries not linked yet; answers how many it linked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int link(ChainedLog log) {
        // look first, lock only when there is something to link: a SELECT ... FOR UPDATE writes to the head
        // row, and an idle registry would otherwise flush a commit per log and round. A count, not the
        // entries: entries read before the lock would stay in this transaction's persistence context and
        // be linked as they were then, not as they are once the lock is held
        if (log.unlinkedCount() == 0) {
            return 0;
        }
        return linkPending(log, log.lockHead());
    }

    /**
     * Links what is pending, then signs a checkpoint of the linked head unless one covers it already (see
     * {@link LogCheckpoints}); answers whether it signed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean checkpoint(ChainedLog log) {
        ChainHead head = log.lockHead();
        linkPending(log, head);
        return checkpoints.sign(log.name(), head.lastSequence(), head.lastHash());
    }

    private static int linkPending(ChainedLog log, ChainHead head) {
        List<? extends ChainedEntry> pending = log.unlinked(LINK_BATCH);
        pending.forEach(head::link);
        return pending.size();
    }

    /**
     * Recomputes the chain over linked entries {@code from}..{@code to} (the whole chain when both are null),
     * checks each entry's seal, and holds the chain against the signed checkpoints, from the database and
     * from the file outside it; then checks the seals of the entries not linked yet. Runs outside a
     * transaction, one short read per batch.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainCheck verify(ChainedLog log, Long from, Long to) {
        // Checkpoints first: every one read is then at or below the head read next. Entries linked while
        // the check runs lie beyond the head read here and are left for the next check.
        List<Checkpoint> signed = checkpoints.read(log.name());
        ChainHead head = log.head();
        long headSequence = head.lastSequence();
        long first = from == null ? 1 : from;
        long last = to == null ? headSequence : Math.min(to, headSequence);
        String previous = ChainHead.GENESIS_HASH;
        if (first > 1) {
            Optional<? extends ChainedEntry> before = log.entry(first - 1);
            if (before.isEmpty()) {
                return new ChainWalk(first, to, previous, List.of()).missingBefore();
            }
            previous = before.get().entryHash();
        }
        ChainWalk walk = new ChainWalk(first, to, previous, signed);
        while (walk.expected() <= last && !walk.isBroken()) {
            List<? extends ChainedEntry> batch = log.slice(walk.expected(), last, VERIFY_BATCH);
            if (batch.isEmpty()) {
                walk.missing();
            }
            for (ChainedEntry e : batch) {
                boolean sealIntact = e.seal() == null || e.seal().equals(seal(e));
                if (!walk.accept(e.sequence(), e.previousHash(), e.entryHash(), e.recomputeHash(), sealIntact)) {
                    break;
                }
            }
        }
        ChainCheck result = walk.finish(headSequence, head.lastHash());
        if (result.intact()) {
            for (ChainedEntry e : log.unlinked(UNLINKED_CHECKED)) {
                if (e.seal() == null || !e.seal().equals(seal(e))) {
                    return new ChainCheck(
                            false,
                            first,
                            result.entriesChecked(),
                            null,
                            null,
                            null,
                            ChainCheck.Problem.CONTENT_ALTERED,
                            "Entry with id " + e.id() + ", not linked yet: its"
                                    + " content does not match the seal made when it was written",
                            result.checkpointsChecked(),
                            result.lastCheckpointSequence(),
                            log.unlinkedCount());
                }
            }
        }
        return result.withNotYetLinked(log.unlinkedCount());
    }
}
