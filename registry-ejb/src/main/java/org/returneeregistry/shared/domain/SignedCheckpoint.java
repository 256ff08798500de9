package org.returneeregistry.shared.domain;

import java.time.Instant;

/**
 * A checkpoint of a hash-chained log as it is stored, with its signature: the JWS (type
 * {@code log-checkpoint+jwt}) whose claims name the log, the sequence number, the hash and the time. What a
 * verifiable bundle carries, so that whoever holds the registry's public key can check it without the registry.
 */
public record SignedCheckpoint(
        String log, long sequence, String hash, Instant signedAt, Checkpoint.Source source, String jws) {}
