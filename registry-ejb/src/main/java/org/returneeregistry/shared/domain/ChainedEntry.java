package org.returneeregistry.shared.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An entry of a hash-chained log that is appended first and linked later: it is written, sealed, with the
 * call it records and without a place in the chain; the log's linker later gives it its sequence number and
 * the hash that chains it to the entry before ({@link #link}).
 */
public interface ChainedEntry {

    /** The number it has from the moment it is written. */
    Long id();

    /** Its place in the chain, or null while it is not linked yet. */
    Long sequence();

    String previousHash();

    String entryHash();

    /** The hash this entry should carry, from its stored fields, its seal and its stored previous hash. */
    default String recomputeHash() {
        return hash(sequence(), chainedFields(), previousHash(), seal());
    }

    /**
     * The values the entry hash covers between the sequence number and the previous hash, in that order
     * (absent values as empty texts); their names are the log's {@code ChainedLog.fieldNames()}. With them a
     * verifier outside the registry recomputes the hash ({@link #hash}) without knowing the entry's type.
     */
    List<String> chainedFields();

    /**
     * The chain's hash, the same for every log: SHA-256 of the sequence number, the fields, the previous hash
     * and the seal (when there is one), joined by line feeds.
     */
    static String hash(Long sequence, List<String> fields, String previousHash, String seal) {
        List<String> lines = new ArrayList<>(fields.size() + 3);
        lines.add(String.valueOf(sequence));
        lines.addAll(fields);
        lines.add(String.valueOf(previousHash));
        if (seal != null) {
            // entries written before entries were sealed keep the hash they were given
            lines.add(seal);
        }
        return Sha256.hex(String.join("\n", lines));
    }

    /**
     * The keyed hash of its content made when it was written (null for entries written before entries were
     * sealed); a verifier compares it with {@link #sealedContent()} keyed again.
     */
    String seal();

    /** The content the seal covers: every field but the place in the chain and the hashes. */
    String sealedContent();

    /** Gives the entry its place after the entry whose hash is {@code previousHash}, and its own hash. */
    void link(long sequence, String previousHash);
}
