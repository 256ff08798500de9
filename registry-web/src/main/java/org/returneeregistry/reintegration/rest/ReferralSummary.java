package org.returneeregistry.reintegration.rest;

import java.time.Instant;

/** A referral in a list. */
public record ReferralSummary(
        String referralId,
        String registryNumber,
        String service,
        String recipient,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    static ReferralSummary from(org.returneeregistry.reintegration.application.ReferralSummary s) {
        return new ReferralSummary(
                s.referralId(),
                s.registryNumber(),
                s.service(),
                s.recipient(),
                s.status(),
                s.createdAt(),
                s.updatedAt());
    }
}
