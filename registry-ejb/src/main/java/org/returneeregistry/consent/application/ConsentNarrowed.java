package org.returneeregistry.consent.application;

import java.time.Instant;
import java.util.Set;

/**
 * A consent record was superseded by one with narrower terms — a partial revocation. {@code recipients}
 * are the organisations that were given data under the earlier record; {@code withdrawnPurposes} and
 * {@code withdrawnCategories} (code names) are what they may no longer use, {@code validUntil} the
 * successor's end of validity. Fired inside the superseding transaction, so the notices commit with it.
 */
public record ConsentNarrowed(String consentId, String supersededBy, String registryNumber, Set<String> recipients,
                              Set<String> withdrawnPurposes, Set<String> withdrawnCategories, Instant validUntil,
                              Instant at) {
}
