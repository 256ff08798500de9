package org.returneeregistry.reintegration.application;

import java.time.Instant;

/** One referral in a list. */
public record ReferralSummary(String referralId, String registryNumber, String service, String recipient,
                              String status, Instant createdAt, Instant updatedAt) {
}
