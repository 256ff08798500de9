package org.returneeregistry.consent.application;

import java.time.Instant;
import java.util.Set;

/**
 * A consent record was revoked. {@code recipients} are the organisations that were given data under
 * it. Fired inside the revoking transaction, so the notices to them commit with the revocation.
 */
public record ConsentRevoked(String consentId, String registryNumber, Set<String> recipients, String reason,
                             Instant at) {
}
