package org.returneeregistry.socialsecurity.application;

import java.time.Instant;

/**
 * A statement of periods abroad as issued: its id, whom it is about, when and by whom it was issued, the key that
 * signed it, how many certified periods it carries, the digest of its signed payload and the verification address
 * its QR code leads to. {@code created} is false when an earlier request with the same key issued it.
 */
public record StatementView(
        String statementId,
        String registryNumber,
        String issuer,
        Instant issuedAt,
        String issuedBy,
        String keyId,
        int periodCount,
        String digest,
        String verificationUrl,
        boolean created) {}
