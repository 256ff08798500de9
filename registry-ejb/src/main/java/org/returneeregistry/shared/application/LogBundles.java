package org.returneeregistry.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.returneeregistry.shared.domain.ChainHead;
import org.returneeregistry.shared.domain.ChainedEntry;
import org.returneeregistry.shared.domain.LogBundle;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.SignedCheckpoint;
import org.returneeregistry.shared.domain.Violation;

/**
 * Exports verifiable bundles of any hash-chained log ({@link ChainedLog}): the selected entries and the chain
 * around them from one signed checkpoint to the next, with the checkpoints' signatures and the registry's
 * public keys, so an auditor can verify the slice offline (ADR 0014). A log joins by implementing
 * {@link ChainedLog}; nothing here knows which log it exports.
 *
 * <p>The log is checkpointed first (what is pending is linked and the head signed), so every entry written
 * before the export lies under a signed checkpoint. The slice is widened to the checkpoint before the first
 * selected entry and the first checkpoint at or after the last one: a verifier then holds both ends against
 * a signature. A bundle holds at most {@value #MAX_ENTRIES} entries; a larger slice is refused, to be narrowed.
 */
@Stateless
@PermitAll
public class LogBundles {

    /** Entries in one bundle at most, whole and redacted together. */
    public static final int MAX_ENTRIES = 5_000;

    @Inject
    private ChainLinker linker;

    @Inject
    private LogCheckpoints checkpoints;

    @Inject
    private Keyring keyring;

    @Inject
    private Clock clock;

    @Inject
    private Validator validator;

    /**
     * The selection an auditor asked for, checked: a period ({@code from} and {@code to}, {@code to} after
     * {@code from}), or one returnee by registry number, optionally within a period. The returnee is held
     * only as the keyed hash the logs carry.
     */
    public LogBundle.Selection select(Instant from, Instant to, String returnee) {
        InputValidation validation = InputValidation.of(validator, new Object());
        validation.check(
                returnee != null && RegistryNumber.parse(returnee).isEmpty(),
                "returnee",
                "RegistryNumber",
                "must look like RR-0000-0042-7 with a valid check digit");
        validation.check(returnee == null && from == null, "from", "NotNull", "a period's bundle needs 'from'");
        validation.check(returnee == null && to == null, "to", "NotNull", "a period's bundle needs 'to'");
        validation.check(from != null && to != null && !to.isAfter(from), "to", "AfterFrom", "must be after 'from'");
        validation.throwIfInvalid();
        return new LogBundle.Selection(from, to, returnee == null ? null : keyring.keyedHash(returnee));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LogBundle export(ChainedLog log, LogBundle.Selection selection) {
        linker.checkpoint(log);
        return slice(log, selection);
    }

    private LogBundle slice(ChainedLog log, LogBundle.Selection selection) {
        List<Long> selected =
                log.sequencesWritten(selection.from(), selection.to(), selection.personHash(), MAX_ENTRIES + 1);
        List<SignedCheckpoint> stored = checkpoints.stored(log.name());
        String keys = keyring.publishedKeys();
        if (selected.isEmpty()) {
            return new LogBundle(
                    log.name(),
                    clock.instant(),
                    selection,
                    log.fieldNames(),
                    0,
                    ChainHead.GENESIS_HASH,
                    List.of(),
                    List.of(),
                    keys);
        }
        long first = selected.get(0);
        long last = selected.get(selected.size() - 1);
        SignedCheckpoint anchor = stored.stream()
                .filter(c -> c.sequence() < first)
                .reduce((a, b) -> b)
                .orElse(null);
        long anchorSequence = anchor == null ? 0 : anchor.sequence();
        long end = stored.stream()
                .mapToLong(SignedCheckpoint::sequence)
                .filter(s -> s >= last)
                .min()
                .orElse(last);
        if (end - anchorSequence > MAX_ENTRIES) {
            throw RegistryException.invalid(List.of(new Violation(
                    selection.wholeEntries() ? "to" : "from",
                    "BundleSize",
                    "the selection spans " + (end - anchorSequence) + " entries between checkpoints, more than "
                            + MAX_ENTRIES + " in one bundle: narrow the period")));
        }
        Set<Long> whole = new HashSet<>(selected);
        List<LogBundle.Entry> entries = new ArrayList<>();
        long next = anchorSequence + 1;
        while (next <= end) {
            List<? extends ChainedEntry> batch = log.slice(next, end, 1_000);
            if (batch.isEmpty()) {
                break;
            }
            for (ChainedEntry e : batch) {
                // a period's bundle carries every entry of the slice whole: an auditor may read them all
                entries.add(
                        selection.wholeEntries() || whole.contains(e.sequence())
                                ? LogBundle.Entry.whole(e)
                                : LogBundle.Entry.redacted(e));
            }
            next = batch.get(batch.size() - 1).sequence() + 1;
        }
        List<SignedCheckpoint> covering = stored.stream()
                .filter(c -> c.sequence() >= anchorSequence && c.sequence() <= end)
                .toList();
        return new LogBundle(
                log.name(),
                clock.instant(),
                selection,
                log.fieldNames(),
                anchorSequence,
                anchor == null ? ChainHead.GENESIS_HASH : anchor.hash(),
                entries,
                covering,
                keys);
    }
}
