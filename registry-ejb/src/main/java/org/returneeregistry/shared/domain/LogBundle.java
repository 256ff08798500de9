package org.returneeregistry.shared.domain;

import java.time.Instant;
import java.util.List;

/**
 * A verifiable slice of a hash-chained log: the linked entries from just after one signed checkpoint (or the
 * log's start) to a signed checkpoint, the checkpoints with their signatures, and the registry's public keys —
 * all a verifier outside the registry needs to recompute the chain and hold it against the signatures.
 *
 * <p>An entry the selection asked for is carried whole ({@code fields}); in a bundle for one person, the
 * others' entries between are carried only as their place and hashes ({@code fields} null), so the slice
 * stays a chain without disclosing what they record. Such a redacted entry's hash cannot be recomputed (the
 * chain hashes an entry's content, not a digest of it): the verifier checks that the chain links through it
 * and meets the checkpoints, and says how many it could not recompute (ADR 0014).
 *
 * @param anchorSequence the entry the slice chains to (0: the log's start)
 * @param anchorHash     its hash, as a checkpoint signed it (the genesis hash for 0)
 */
public record LogBundle(
        String log,
        Instant exportedAt,
        Selection selection,
        List<String> fieldNames,
        long anchorSequence,
        String anchorHash,
        List<Entry> entries,
        List<SignedCheckpoint> checkpoints,
        String publicKeys) {

    /** What the auditor asked for: entries written in a period, of one person (by keyed hash), or both. */
    public record Selection(Instant from, Instant to, String personHash) {

        public boolean wholeEntries() {
            return personHash == null;
        }
    }

    /**
     * One linked entry: its place, hashes and seal, and the values its hash covers (null when redacted). The
     * seal is a keyed hash only the registry can recompute; it is carried because the entry hash covers it.
     */
    public record Entry(long sequence, String previousHash, String entryHash, String seal, List<String> fields) {

        public static Entry whole(ChainedEntry e) {
            return new Entry(e.sequence(), e.previousHash(), e.entryHash(), e.seal(), e.chainedFields());
        }

        public static Entry redacted(ChainedEntry e) {
            return new Entry(e.sequence(), e.previousHash(), e.entryHash(), null, null);
        }
    }
}
