package org.returneeregistry.shared.domain;

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
    String recomputeHash();

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
