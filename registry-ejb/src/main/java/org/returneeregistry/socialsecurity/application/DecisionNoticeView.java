package org.returneeregistry.socialsecurity.application;

import java.time.Instant;

/**
 * A claim's decision notice as issued: its id, the claim and the decision it notifies (the status and the claim
 * transition that decided), when and by whom it was issued, the key that signed it, the digest of its signed payload
 * and the verification address its QR code leads to. What it is, not what it says.
 */
public record DecisionNoticeView(
        String noticeId,
        String claimId,
        String decision,
        int decisionSequence,
        Instant issuedAt,
        String issuedBy,
        String keyId,
        String digest,
        String verificationUrl) {}
