package org.returneeregistry.shared.domain;

import java.time.Instant;

/**
 * A signed statement that a hash-chained log held entry {@code sequence} with hash {@code hash} at
 * {@code signedAt}, as a verifier reads it back: from the database or from the file outside it, and
 * whether the registry's key really signed it.
 */
public record Checkpoint(String log, long sequence, String hash, Instant signedAt, Source source, boolean signatureValid) {

    /** Where a checkpoint was read from. */
    public enum Source { DATABASE, EXTERNAL_FILE }

    public String describe() {
        return "the checkpoint of entry " + sequence + " signed at " + signedAt + " ("
                + (source == Source.DATABASE ? "database" : "external file") + ")";
    }
}
