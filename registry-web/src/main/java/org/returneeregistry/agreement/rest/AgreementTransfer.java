package org.returneeregistry.agreement.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.agreement.application.AgreementParty;
import org.returneeregistry.agreement.application.AgreementScope;
import org.returneeregistry.agreement.application.AgreementSummary;
import org.returneeregistry.agreement.application.AgreementView;
import org.returneeregistry.agreement.application.AmendAgreement;
import org.returneeregistry.agreement.application.AttachCertificate;
import org.returneeregistry.agreement.application.RegisterAgreement;
import org.returneeregistry.agreement.application.SetEndpoint;

/**
 * The agreement API's JSON, as records of its own: what the REST contract publishes does not change when an
 * application or domain type is renamed. The schemas are in the web module's {@code META-INF/openapi.yaml}.
 */
final class AgreementTransfer {

    private AgreementTransfer() {}

    /** A party: a country and one of its institutions. */
    public record PartyJson(String country, String institution) {}

    /** A scope row. */
    public record ScopeRowJson(
            String direction, String messageType, String category, String purpose, String legalBasis) {}

    /** The body of a registration (schema {@code AgreementRegistration}). */
    public record AgreementRegistration(
            String type,
            String title,
            String legalReference,
            LocalDate signatureDate,
            LocalDate entryIntoForceDate,
            LocalDate validFrom,
            LocalDate validUntil,
            Integer retentionDays,
            List<PartyJson> parties,
            List<ScopeRowJson> scope,
            String reason,
            String agreementId) {}

    /** The body of an amendment (schema {@code AgreementAmendment}): the next version's complete terms. */
    public record AgreementAmendment(
            String title,
            String legalReference,
            LocalDate signatureDate,
            LocalDate entryIntoForceDate,
            LocalDate validFrom,
            LocalDate validUntil,
            Integer retentionDays,
            List<PartyJson> parties,
            List<ScopeRowJson> scope,
            String reason) {}

    /** The body of a status change or a revocation (schema {@code AgreementReason}). */
    public record AgreementReason(String reason) {}

    /** The body of a certificate registration (schema {@code CertificateAttachment}). */
    public record CertificateAttachment(String institution, String pem, String reason) {}

    /** The body of an endpoint setting (schema {@code EndpointSetting}). */
    public record EndpointSetting(String url, String reason) {}

    /** An agreement as answered (schema {@code Agreement}). */
    public record AgreementJson(
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
            List<PartyJson> parties,
            List<ScopeRowJson> scope,
            Instant versionCreatedAt,
            String versionCreatedBy,
            String versionReason,
            List<EndpointJson> endpoints,
            List<CertificateJson> certificates,
            List<AgreementEventJson> history,
            Instant registeredAt,
            Instant updatedAt) {}

    /** Schema {@code PartnerEndpoint}. */
    public record EndpointJson(String institution, String transport, String url, Instant updatedAt, String updatedBy) {}

    /** Schema {@code PartnerCertificate}. */
    public record CertificateJson(
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

    /** Schema {@code AgreementEvent}. */
    public record AgreementEventJson(
            int sequence, String type, int version, Instant at, String actor, String reason, String subject) {}

    /** Schema {@code AgreementSummary}. */
    public record AgreementSummaryJson(
            String agreementId,
            String type,
            String status,
            int currentVersion,
            String title,
            String legalReference,
            List<String> countries,
            LocalDate validFrom,
            LocalDate validUntil) {}

    static RegisterAgreement command(AgreementRegistration b) {
        return new RegisterAgreement(
                b.type(),
                b.title(),
                b.legalReference(),
                b.signatureDate(),
                b.entryIntoForceDate(),
                b.validFrom(),
                b.validUntil(),
                b.retentionDays(),
                parties(b.parties()),
                scope(b.scope()),
                b.reason(),
                b.agreementId());
    }

    static AmendAgreement command(AgreementAmendment b) {
        return new AmendAgreement(
                b.title(),
                b.legalReference(),
                b.signatureDate(),
                b.entryIntoForceDate(),
                b.validFrom(),
                b.validUntil(),
                b.retentionDays(),
                parties(b.parties()),
                scope(b.scope()),
                b.reason());
    }

    static AttachCertificate command(CertificateAttachment b) {
        return new AttachCertificate(b.institution(), b.pem(), b.reason());
    }

    static SetEndpoint command(String institution, String transport, EndpointSetting b) {
        return new SetEndpoint(institution, transport, b.url(), b.reason());
    }

    private static List<AgreementParty> parties(List<PartyJson> parties) {
        return parties == null
                ? null
                : parties.stream()
                        .map(p -> p == null ? null : new AgreementParty(p.country(), p.institution()))
                        .toList();
    }

    private static List<AgreementScope> scope(List<ScopeRowJson> rows) {
        return rows == null
                ? null
                : rows.stream()
                        .map(r -> r == null
                                ? null
                                : new AgreementScope(
                                        r.direction(), r.messageType(), r.category(), r.purpose(), r.legalBasis()))
                        .toList();
    }

    static AgreementJson json(AgreementView v) {
        return new AgreementJson(
                v.agreementId(),
                v.type(),
                v.status(),
                v.currentVersion(),
                v.version(),
                v.title(),
                v.legalReference(),
                v.signatureDate(),
                v.entryIntoForceDate(),
                v.validFrom(),
                v.validUntil(),
                v.retentionDays(),
                v.parties().stream()
                        .map(p -> new PartyJson(p.country(), p.institution()))
                        .toList(),
                v.scope().stream()
                        .map(s -> new ScopeRowJson(
                                s.direction(), s.messageType(), s.category(), s.purpose(), s.legalBasis()))
                        .toList(),
                v.versionCreatedAt(),
                v.versionCreatedBy(),
                v.versionReason(),
                v.endpoints().stream()
                        .map(e ->
                                new EndpointJson(e.institution(), e.transport(), e.url(), e.updatedAt(), e.updatedBy()))
                        .toList(),
                v.certificates().stream()
                        .map(c -> new CertificateJson(
                                c.certificateId(),
                                c.institution(),
                                c.subject(),
                                c.issuer(),
                                c.serialNumber(),
                                c.sha256Fingerprint(),
                                c.notBefore(),
                                c.notAfter(),
                                c.keyAlgorithm(),
                                c.attachedAt(),
                                c.attachedBy(),
                                c.revokedAt(),
                                c.revokedBy(),
                                c.revocationReason()))
                        .toList(),
                v.history().stream()
                        .map(e -> new AgreementEventJson(
                                e.sequence(), e.type(), e.version(), e.at(), e.actor(), e.reason(), e.subject()))
                        .toList(),
                v.registeredAt(),
                v.updatedAt());
    }

    static AgreementSummaryJson json(AgreementSummary s) {
        return new AgreementSummaryJson(
                s.agreementId(),
                s.type(),
                s.status(),
                s.currentVersion(),
                s.title(),
                s.legalReference(),
                s.countries(),
                s.validFrom(),
                s.validUntil());
    }
}
