package org.returneeregistry.agreement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import org.returneeregistry.agreement.domain.Agreement;
import org.returneeregistry.agreement.domain.AgreementEvent;
import org.returneeregistry.agreement.domain.AgreementStatus;
import org.returneeregistry.agreement.domain.AgreementTerms;
import org.returneeregistry.agreement.domain.AgreementType;
import org.returneeregistry.agreement.domain.AgreementVersion;
import org.returneeregistry.agreement.domain.EndpointTransport;
import org.returneeregistry.agreement.domain.PartnerCertificate;
import org.returneeregistry.agreement.domain.PartnerEndpoint;
import org.returneeregistry.agreement.domain.SigningCertificate;
import org.returneeregistry.agreement.persistence.AgreementRepository;
import org.returneeregistry.organisation.application.OrganisationDirectory;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * Registers bilateral agreements, amends them by new versions, moves them through their lifecycle, and
 * keeps their partner institutions' endpoints and signing certificates.
 *
 * <p>Only the registry's administrators change agreements; auditors read them; nobody else. Every input is
 * checked completely before anything is written, and every change is written in the one transaction of the
 * call, with the version in force, who, when and why.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.REGISTRY_ADMIN)
public class AgreementService {

    @Inject
    private AgreementRepository agreements;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private CallerContext caller;

    @EJB
    private OrganisationDirectory organisations;

    @Inject
    private EndpointAddresses endpointAddresses;

    /** Registers an agreement as a DRAFT, its terms and scope as version 1. */
    @AuditOperation("AGREEMENT_REGISTER")
    public AgreementView register(RegisterAgreement command) {
        InputValidation validation = InputValidation.of(validator, command);
        AgreementRules.check(validation, command, organisations::registered);
        validation.throwIfInvalid();
        if (command.agreementId() != null
                && agreements.find(command.agreementId()).isPresent()) {
            throw new RegistryException(
                    ErrorCode.AGREEMENT_ALREADY_REGISTERED,
                    "an agreement with id " + command.agreementId() + " is already registered");
        }
        Agreement agreement = Agreement.register(
                command.agreementId(),
                AgreementType.valueOf(command.type()),
                AgreementRules.terms(command),
                caller.actor(),
                clock.instant(),
                command.reason());
        agreements.add(agreement);
        agreements.flush();
        return view(agreement, agreement.currentVersion());
    }

    /** Adds a version with the amended terms and scope; earlier versions stay readable as they were. */
    @AuditOperation("AGREEMENT_AMEND")
    public AgreementView amend(String agreementId, AmendAgreement command) {
        InputValidation validation = InputValidation.of(validator, command);
        checkId(validation, agreementId);
        AgreementRules.check(validation, command, organisations::registered);
        validation.throwIfInvalid();
        Agreement agreement = load(agreementId);
        AgreementTerms terms = AgreementRules.terms(command);
        agreement.amend(terms, caller.actor(), clock.instant(), command.reason());
        agreements.flush();
        return view(agreement, agreement.currentVersion());
    }

    /** DRAFT → IN_FORCE. */
    @AuditOperation("AGREEMENT_PUT_IN_FORCE")
    public AgreementView putInForce(String agreementId, String reason) {
        Agreement agreement = loadForChange(agreementId, reason);
        agreement.putInForce(caller.actor(), clock.instant(), reason);
        return written(agreement);
    }

    /** IN_FORCE → SUSPENDED: no data crosses under it until it is resumed. */
    @AuditOperation("AGREEMENT_SUSPEND")
    public AgreementView suspend(String agreementId, String reason) {
        Agreement agreement = loadForChange(agreementId, reason);
        agreement.suspend(caller.actor(), clock.instant(), reason);
        return written(agreement);
    }

    /** SUSPENDED → IN_FORCE. */
    @AuditOperation("AGREEMENT_RESUME")
    public AgreementView resume(String agreementId, String reason) {
        Agreement agreement = loadForChange(agreementId, reason);
        agreement.resume(caller.actor(), clock.instant(), reason);
        return written(agreement);
    }

    /** IN_FORCE or SUSPENDED → TERMINATED, for good. */
    @AuditOperation("AGREEMENT_TERMINATE")
    public AgreementView terminate(String agreementId, String reason) {
        Agreement agreement = loadForChange(agreementId, reason);
        agreement.terminate(caller.actor(), clock.instant(), reason);
        return written(agreement);
    }

    /** Registers a party institution's signing certificate (PEM); answers the agreement with it. */
    @AuditOperation("AGREEMENT_ATTACH_CERTIFICATE")
    public AgreementView attachCertificate(String agreementId, AttachCertificate command) {
        InputValidation validation = InputValidation.of(validator, command);
        checkId(validation, agreementId);
        validation.throwIfInvalid();
        Agreement agreement = load(agreementId);
        Instant now = clock.instant();
        SigningCertificate certificate = SigningCertificate.read(command.pem(), now);
        agreement.attachCertificate(command.institution(), certificate, caller.actor(), now, command.reason());
        return written(agreement);
    }

    /** Revokes a certificate with immediate effect. */
    @AuditOperation("AGREEMENT_REVOKE_CERTIFICATE")
    public AgreementView revokeCertificate(String agreementId, String certificateId, String reason) {
        InputValidation validation = InputValidation.of(validator, new StatusChange(reason));
        checkId(validation, agreementId);
        validation.check(
                !AgreementRules.isCertificateId(certificateId),
                "certificateId",
                "Pattern",
                "must be a certificate id (a UUID in lower case)");
        validation.throwIfInvalid();
        Agreement agreement = load(agreementId);
        agreement.revokeCertificate(certificateId, caller.actor(), clock.instant(), reason);
        return written(agreement);
    }

    /** Adds or replaces a party institution's endpoint for one transport. */
    @AuditOperation("AGREEMENT_SET_ENDPOINT")
    public AgreementView setEndpoint(String agreementId, SetEndpoint command) {
        InputValidation validation = InputValidation.of(validator, command);
        checkId(validation, agreementId);
        AgreementRules.checkUrl(validation, command.url(), endpointAddresses);
        validation.throwIfInvalid();
        Agreement agreement = load(agreementId);
        Actor actor = caller.actor();
        agreement.setEndpoint(
                command.institution(),
                EndpointTransport.valueOf(command.transport()),
                command.url(),
                actor,
                clock.instant(),
                command.reason());
        return written(agreement);
    }

    /** The agreement with the terms of one version: the current one when {@code version} is null. */
    @AuditOperation("AGREEMENT_READ")
    @RolesAllowed({Role.Names.REGISTRY_ADMIN, Role.Names.AUDITOR})
    public AgreementView get(String agreementId, Integer version) {
        InputValidation validation = InputValidation.of(validator, new Object());
        checkId(validation, agreementId);
        validation.check(version != null && version < 1, "version", "Min", "must be greater than or equal to 1");
        validation.throwIfInvalid();
        Agreement agreement = load(agreementId);
        int number = version == null ? agreement.currentVersion() : version;
        if (agreement.version(number).isEmpty()) {
            throw RegistryException.notFound("Version " + number + " of agreement " + agreementId);
        }
        return view(agreement, number);
    }

    @AuditOperation("AGREEMENT_LIST")
    @RolesAllowed({Role.Names.REGISTRY_ADMIN, Role.Names.AUDITOR})
    public Page<AgreementSummary> list(AgreementQuery query) {
        InputValidation.of(validator, query).throwIfInvalid();
        Page<Agreement> found = agreements.list(
                query.status() == null ? null : AgreementStatus.valueOf(query.status()),
                query.country(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(AgreementService::summary).toList(),
                found.page(),
                found.pageSize(),
                found.totalCount());
    }

    private Agreement loadForChange(String agreementId, String reason) {
        InputValidation validation = InputValidation.of(validator, new StatusChange(reason));
        checkId(validation, agreementId);
        validation.throwIfInvalid();
        return load(agreementId);
    }

    private AgreementView written(Agreement agreement) {
        agreements.flush();
        return view(agreement, agreement.currentVersion());
    }

    private static void checkId(InputValidation validation, String agreementId) {
        validation.check(
                !AgreementRules.isAgreementId(agreementId),
                "agreementId",
                "Pattern",
                "must be an agreement id (a UUID in lower case)");
    }

    private Agreement load(String agreementId) {
        return agreements.find(agreementId).orElseThrow(() -> RegistryException.notFound("Agreement " + agreementId));
    }

    static AgreementView view(Agreement a, int number) {
        AgreementVersion version = a.version(number).orElseThrow();
        AgreementTerms terms = version.terms();
        return new AgreementView(
                a.agreementId(),
                a.type().name(),
                a.status().name(),
                a.currentVersion(),
                version.number(),
                terms.title(),
                terms.legalReference(),
                terms.signatureDate(),
                terms.entryIntoForceDate(),
                terms.validFrom(),
                terms.validUntil(),
                terms.retentionDays(),
                terms.parties().stream()
                        .map(p -> new AgreementParty(p.country(), p.institution()))
                        .toList(),
                terms.scope().stream()
                        .map(s -> new AgreementScope(
                                s.direction().name(),
                                s.messageType(),
                                s.category().name(),
                                s.purpose().name(),
                                s.legalBasis().name()))
                        .toList(),
                version.createdAt(),
                version.createdBy().display(),
                version.reason(),
                a.endpoints().stream().map(AgreementService::endpoint).toList(),
                a.certificates().stream().map(AgreementService::certificate).toList(),
                a.events().stream().map(AgreementService::event).toList(),
                a.registeredAt(),
                a.updatedAt());
    }

    static AgreementSummary summary(Agreement a) {
        AgreementTerms terms = a.current().terms();
        return new AgreementSummary(
                a.agreementId(),
                a.type().name(),
                a.status().name(),
                a.currentVersion(),
                terms.title(),
                terms.legalReference(),
                terms.parties().stream().map(p -> p.country()).distinct().toList(),
                terms.validFrom(),
                terms.validUntil());
    }

    private static AgreementView.EndpointView endpoint(PartnerEndpoint e) {
        return new AgreementView.EndpointView(
                e.institution(), e.transport().name(), e.url(), e.updatedAt(), e.updatedBy());
    }

    static AgreementView.CertificateView certificate(PartnerCertificate c) {
        return new AgreementView.CertificateView(
                c.certificateId(),
                c.institution(),
                c.subject(),
                c.issuer(),
                c.serialNumber(),
                c.fingerprint(),
                c.notBefore(),
                c.notAfter(),
                c.keyAlgorithm(),
                c.attachedAt(),
                c.attachedBy(),
                c.revokedAt(),
                c.revokedBy(),
                c.revocationReason());
    }

    private static AgreementView.AgreementEventView event(AgreementEvent e) {
        return new AgreementView.AgreementEventView(
                e.sequence(),
                e.type().name(),
                e.versionNumber(),
                e.at(),
                e.actor().display(),
                e.reason(),
                e.subject());
    }
}
