package org.returneeregistry.consent.application;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A consent record was revoked. {@code recipients} are the organisations that were given data under
 * it; {@code partnerGrants} those of them that are partner institutions abroad, each with the agreement (and the
 * purpose) it received data under, so the notice goes to it under that agreement. Fired inside the revoking
 * transaction, so the notices to them commit with the revocation.
 */
public record ConsentRevoked(
        String consentId,
        String registryNumber,
        Set<String> recipients,
        String reason,
        Instant at,
        Map<String, PartnerGrant> partnerGrants) {

    /** The agreement and purpose a partner institution was given data under. */
    public record PartnerGrant(String agreementId, String purpose) {}

    public ConsentRevoked {
        partnerGrants = partnerGrants == null ? Map.of() : Map.copyOf(partnerGrants);
    }

    public ConsentRevoked(String consentId, String registryNumber, Set<String> recipients, String reason, Instant at) {
        this(consentId, registryNumber, recipients, reason, at, Map.of());
    }
}
