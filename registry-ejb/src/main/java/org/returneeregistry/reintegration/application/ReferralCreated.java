package org.returneeregistry.reintegration.application;

import java.time.Instant;

/**
 * A referral was made to a ministry or service provider. Fired inside the transaction that created
 * it, so whatever observers write (an outbox message) commits or rolls back with the referral.
 */
public record ReferralCreated(String referralId, String registryNumber, String service, String recipient,
                              String purpose, Instant at) {
}
