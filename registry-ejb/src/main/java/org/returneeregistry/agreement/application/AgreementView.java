package org.returneeregistry.agreement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as the registry answers it: its status and current version, the terms and scope of the version
 * asked for ({@code version}, the current one unless an earlier one was asked), its endpoints, certificates
 * and history.
 */
public record AgreementView(
        String agreementId,
        String type,
        String status,
        int currentVersion,
        int version,
        String title,
        String legalReference,
        LocalDate signatureDate,
        LocalDate entryIntoForceDate,
        LocalDate validFrom,
        LocalDate validUntil,
        int retentionDays,
        List<AgreementParty> parties,
        List<AgreementScope> scope,
        Instant versionCreatedAt,
        String versionCreatedBy,
        String versionReason,
        List<EndpointView> endpoints,
        List<CertificateView> certificates,
        List<AgreementEventView> history,
        Instant registeredAt,
        Instant updatedAt) {

    /** A party institution's endpoint for one transport. */
    public record EndpointView(String institution, String transport, String url, Instant updatedAt, String updatedBy) {}

    /** A registered signing certificate and whether it is revoked. */
    public record CertificateView(
            String certificateId,
            String institution,
            String subject,
            String issuer,
            String serialNumber,
            String sha256Fingerprint,
            Instant notBefore,
            Instant notAfter,
            String keyAlgorithm,
            Instant attachedAt,
            String attachedBy,
            Instant revokedAt,
            String revokedBy,
            String revocationReason) {}

    /** One recorded change, with the version in force when it happened. */
    public record AgreementEventView(
            int sequence, String type, int version, Instant at, String actor, String reason, String subject) {}
}
