package org.returneeregistry.agreement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * A bilateral agreement under which data crosses a border: its versions of terms and scope, its status, and
 * its partner institutions' endpoints and signing certificates.
 *
 * <p>An amendment adds a version; earlier versions are never changed, so an exchange logged with (agreement
 * id, version) can always be read against the terms it ran under. Status changes apply to the agreement as a
 * whole and are recorded with the version in force. Nothing crosses unless the agreement is IN_FORCE, the
 * current version's validity covers the instant, and a scope row covers exactly that message type,
 * direction, data category and purpose.
 *
 * <p>An institution may have at most {@value #MAX_LIVE_CERTIFICATES} certificates neither expired nor
 * revoked at a time: the one in use and its successor during a rotation. A revocation takes effect at once.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    public static final int MAX_LIVE_CERTIFICATES = 2;
    public static final int ID_LENGTH = 36;

    @Id
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    private Long id;

    @Column(name = "agreement_id", length = ID_LENGTH, nullable = false, unique = true, updatable = false)
    private String agreementId;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", length = AgreementType.LENGTH, nullable = false, updatable = false)
    private AgreementType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = AgreementStatus.LENGTH, nullable = false)
    private AgreementStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<AgreementVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<AgreementEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("attachedAt")
    private List<PartnerCertificate> certificates = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    private List<PartnerEndpoint> endpoints = new ArrayList<>();

    protected Agreement() {
        // JPA
    }

    /** Registers an agreement as a DRAFT with its first version. */
    public static Agreement register(AgreementType type, AgreementTerms terms, Actor actor, Instant at, String reason) {
        return register(null, type, terms, actor, at, reason);
    }

    /**
     * Registers an agreement under the id the other party's registry gave it, so that both registries name the
     * agreement alike in the envelopes they exchange; {@code null}: a new random id.
     */
    public static Agreement register(
            String agreementId, AgreementType type, AgreementTerms terms, Actor actor, Instant at, String reason) {
        Agreement a = new Agreement();
        a.agreementId = agreementId != null ? agreementId : UUID.randomUUID().toString();
        a.type = Objects.requireNonNull(type, "type");
        a.status = AgreementStatus.DRAFT;
        a.registeredAt = at;
        a.addVersion(terms, actor, at, reason);
        a.record(AgreementEventType.REGISTERED, actor, at, reason, null);
        return a;
    }

    /** Adds a version with new terms and scope; the earlier versions stay as they were. */
    public void amend(AgreementTerms terms, Actor actor, Instant at, String reason) {
        refuseWhenTerminated("amended");
        addVersion(terms, actor, at, reason);
        record(AgreementEventType.AMENDED, actor, at, reason, null);
    }

    public void putInForce(Actor actor, Instant at, String reason) {
        change(
                AgreementStatus.DRAFT,
                AgreementStatus.IN_FORCE,
                AgreementEventType.PUT_IN_FORCE,
                actor,
                at,
                reason,
                "only a draft agreement can be put in force");
    }

    public void suspend(Actor actor, Instant at, String reason) {
        change(
                AgreementStatus.IN_FORCE,
                AgreementStatus.SUSPENDED,
                AgreementEventType.SUSPENDED,
                actor,
                at,
                reason,
                "only an agreement in force can be suspended");
    }

    public void resume(Actor actor, Instant at, String reason) {
        change(
                AgreementStatus.SUSPENDED,
                AgreementStatus.IN_FORCE,
                AgreementEventType.RESUMED,
                actor,
                at,
                reason,
                "only a suspended agreement can be resumed");
    }

    public void terminate(Actor actor, Instant at, String reason) {
        if (status != AgreementStatus.IN_FORCE && status != AgreementStatus.SUSPENDED) {
            throw statusConflict("only an agreement in force or suspended can be terminated");
        }
        status = AgreementStatus.TERMINATED;
        record(AgreementEventType.TERMINATED, actor, at, reason, null);
    }

    /**
     * Registers a party institution's signing certificate. Refused when the institution is no party of the
     * current version, the certificate is already registered for it, or it already has
     * {@value #MAX_LIVE_CERTIFICATES} certificates neither expired nor revoked.
     */
    public PartnerCertificate attachCertificate(
            String institution, SigningCertificate certificate, Actor actor, Instant at, String reason) {
        refuseWhenTerminated("given certificates");
        requireParty(institution);
        List<PartnerCertificate> own = certificates.stream()
                .filter(c -> c.institution().equals(institution))
                .toList();
        if (own.stream().anyMatch(c -> c.fingerprint().equals(certificate.sha256Fingerprint()))) {
            throw new RegistryException(
                    ErrorCode.CERTIFICATE_ALREADY_ATTACHED,
                    "This certificate (SHA-256 "
                            + certificate.sha256Fingerprint() + ") is already registered for " + institution
                            + " under agreement " + agreementId + ".");
        }
        if (own.stream().filter(c -> c.liveAt(at)).count() >= MAX_LIVE_CERTIFICATES) {
            throw new RegistryException(
                    ErrorCode.CERTIFICATE_LIMIT_REACHED,
                    institution + " already has "
                            + MAX_LIVE_CERTIFICATES + " certificates neither expired nor revoked under agreement "
                            + agreementId + "; revoke the one being replaced first.");
        }
        PartnerCertificate attached = new PartnerCertificate(this, institution, certificate, at, actor.display());
        certificates.add(attached);
        record(AgreementEventType.CERTIFICATE_ATTACHED, actor, at, reason, attached.certificateId());
        return attached;
    }

    /** Revokes a certificate at this instant; from then on it verifies nothing. */
    public PartnerCertificate revokeCertificate(String certificateId, Actor actor, Instant at, String reason) {
        PartnerCertificate certificate = certificates.stream()
                .filter(c -> c.certificateId().equals(certificateId))
                .findFirst()
                .orElseThrow(() ->
                        RegistryException.notFound("Certificate " + certificateId + " under agreement " + agreementId));
        if (certificate.revokedAt() != null) {
            throw new RegistryException(
                    ErrorCode.CERTIFICATE_ALREADY_REVOKED,
                    "Certificate " + certificateId + " was revoked at " + certificate.revokedAt() + ".");
        }
        certificate.revoke(at, actor.display(), reason);
        record(AgreementEventType.CERTIFICATE_REVOKED, actor, at, reason, certificateId);
        return certificate;
    }

    /** Adds or replaces a party institution's endpoint for one transport. */
    public PartnerEndpoint setEndpoint(
            String institution, EndpointTransport transport, String url, Actor actor, Instant at, String reason) {
        refuseWhenTerminated("given endpoints");
        requireParty(institution);
        Optional<PartnerEndpoint> existing = endpoints.stream()
                .filter(e -> e.institution().equals(institution) && e.transport() == transport)
                .findFirst();
        PartnerEndpoint endpoint;
        if (existing.isPresent()) {
            endpoint = existing.get();
            endpoint.set(url, at, actor.display());
        } else {
            endpoint = new PartnerEndpoint(this, institution, transport, url, at, actor.display());
            endpoints.add(endpoint);
        }
        record(AgreementEventType.ENDPOINT_SET, actor, at, reason, institution + " " + transport + " " + url);
        return endpoint;
    }

    /**
     * Whether a message of this type, carrying this category for this purpose, may cross in this direction at
     * this instant: the agreement is in force, the current version's validity covers the instant, and a
     * scope row covers the message exactly.
     */
    public ScopeDecision scopeAt(
            Instant at, Direction direction, String messageType, DataCategory category, Purpose purpose) {
        AgreementVersion current = current();
        ScopeDecision.Outcome refusal =
                switch (status) {
                    case DRAFT -> ScopeDecision.Outcome.NOT_IN_FORCE;
                    case SUSPENDED -> ScopeDecision.Outcome.SUSPENDED;
                    case TERMINATED -> ScopeDecision.Outcome.TERMINATED;
                    case IN_FORCE -> current.validAt(at) ? null : ScopeDecision.Outcome.OUTSIDE_VALIDITY;
                };
        if (refusal != null) {
            return new ScopeDecision(refusal, agreementId, current.number(), null, 0);
        }
        AgreementTerms terms = current.terms();
        return terms.scope().stream()
                .filter(row -> row.covers(direction, messageType, category, purpose))
                .findFirst()
                .map(row -> new ScopeDecision(
                        ScopeDecision.Outcome.IN_SCOPE,
                        agreementId,
                        current.number(),
                        row.legalBasis(),
                        terms.retentionDays()))
                .orElseGet(() ->
                        new ScopeDecision(ScopeDecision.Outcome.OUT_OF_SCOPE, agreementId, current.number(), null, 0));
    }

    /**
     * The institution's certificates valid at this instant (within their validity, not revoked), newest
     * first; none when the institution is no party of the current version.
     */
    public List<PartnerCertificate> certificatesValidAt(String institution, Instant at) {
        if (!current().hasParty(institution)) {
            return List.of();
        }
        return certificates.stream()
                .filter(c -> c.institution().equals(institution) && c.validAt(at))
                .sorted(Comparator.comparing(PartnerCertificate::notBefore).reversed())
                .toList();
    }

    /**
     * Where the certificate with this SHA-256 fingerprint stands for the institution at this instant: the
     * institution must be a party to the current version and the certificate registered for it; a revocation
     * is named before the certificate's own validity.
     */
    public SignerStanding signerStandingAt(String institution, String fingerprint, Instant at) {
        if (!current().hasParty(institution)) {
            return SignerStanding.NOT_PARTY;
        }
        return certificates.stream()
                .filter(c ->
                        c.institution().equals(institution) && c.fingerprint().equalsIgnoreCase(fingerprint))
                .findFirst()
                .map(c -> c.revokedAt(at)
                        ? SignerStanding.REVOKED
                        : at.isAfter(c.notAfter())
                                ? SignerStanding.EXPIRED
                                : at.isBefore(c.notBefore()) ? SignerStanding.NOT_YET_VALID : SignerStanding.VALID)
                .orElse(SignerStanding.NOT_REGISTERED);
    }

    private void change(
            AgreementStatus from,
            AgreementStatus to,
            AgreementEventType event,
            Actor actor,
            Instant at,
            String reason,
            String rule) {
        if (status != from) {
            throw statusConflict(rule);
        }
        status = to;
        record(event, actor, at, reason, null);
    }

    private RegistryException statusConflict(String rule) {
        return new RegistryException(
                ErrorCode.AGREEMENT_STATUS_CONFLICT, "Agreement " + agreementId + " is " + status + ": " + rule + ".");
    }

    private void refuseWhenTerminated(String what) {
        if (status == AgreementStatus.TERMINATED) {
            throw statusConflict("a terminated agreement cannot be " + what);
        }
    }

    private void requireParty(String institution) {
        if (!current().hasParty(institution)) {
            throw new RegistryException(
                    ErrorCode.INSTITUTION_NOT_PARTY,
                    institution + " is not a party to version " + currentVersion + " of agreement " + agreementId
                            + ".");
        }
    }

    private void addVersion(AgreementTerms terms, Actor actor, Instant at, String reason) {
        currentVersion = versions.size() + 1;
        versions.add(new AgreementVersion(this, currentVersion, terms, actor, at, reason));
        updatedAt = at;
    }

    private void record(AgreementEventType event, Actor actor, Instant at, String reason, String subject) {
        events.add(new AgreementEvent(this, events.size() + 1, event, currentVersion, at, actor, reason, subject));
        updatedAt = at;
    }

    public String agreementId() {
        return agreementId;
    }

    public AgreementType type() {
        return type;
    }

    public AgreementStatus status() {
        return status;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public AgreementVersion current() {
        return versions.get(currentVersion - 1);
    }

    /** The version with this number, if the agreement has it. */
    public Optional<AgreementVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<AgreementEvent> events() {
        return List.copyOf(events);
    }

    public List<PartnerCertificate> certificates() {
        return List.copyOf(certificates);
    }

    public List<PartnerEndpoint> endpoints() {
        return endpoints.stream()
                .sorted(Comparator.comparing(PartnerEndpoint::institution).thenComparing(PartnerEndpoint::transport))
                .toList();
    }
}
