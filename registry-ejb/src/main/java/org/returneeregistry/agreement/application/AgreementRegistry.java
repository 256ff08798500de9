package org.returneeregistry.agreement.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.agreement.domain.Agreement;
import org.returneeregistry.agreement.domain.Direction;
import org.returneeregistry.agreement.domain.PartnerEndpoint;
import org.returneeregistry.agreement.domain.PartnerEndpoints;
import org.returneeregistry.agreement.domain.ScopeDecision;
import org.returneeregistry.agreement.domain.SignerStanding;
import org.returneeregistry.agreement.persistence.AgreementRepository;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * The agreement context's internal API: what the exchange and the decision point ask before anything
 * crosses a border. Is this message (type, direction, data category, purpose) in scope under this agreement
 * in force now, and on which legal basis; which of an institution's certificates are valid now. Answers are
 * given with the agreement's version, which is what an exchange logs.
 *
 * <p>It runs inside the calling context's business call, or on the registry's own initiative, which checked
 * and audits the caller; it has no roles of its own and changes nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AgreementRegistry {

    @Inject
    private AgreementRepository agreements;

    @Inject
    private Clock clock;

    /** The agreements (ids) whose current version names the institution as a party, whatever their status. */
    public List<String> agreementsOf(String institution) {
        return institution == null ? List.of() : agreements.ofInstitution(institution);
    }

    /**
     * Whether the message is in scope for this direction under the agreement in force now; a null
     * {@code messageType} asks for a partner institution's direct read, which any scope row of that
     * direction, category and purpose covers.
     */
    public ScopeDecision scope(
            String agreementId, Direction direction, String messageType, DataCategory category, Purpose purpose) {
        Instant now = clock.instant();
        return find(agreementId)
                .map(a -> a.scopeAt(now, direction, messageType, category, purpose))
                .orElseGet(() -> ScopeDecision.noAgreement(agreementId));
    }

    /** The institution's signing certificates valid now under the agreement, newest first; none when unknown. */
    public List<ValidCertificate> validCertificates(String agreementId, String institution) {
        Instant now = clock.instant();
        return find(agreementId)
                .map(a -> a.certificatesValidAt(institution, now).stream()
                        .map(c -> new ValidCertificate(
                                c.certificateId(),
                                c.institution(),
                                c.fingerprint(),
                                c.pem(),
                                c.notBefore(),
                                c.notAfter(),
                                a.agreementId(),
                                a.currentVersion()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Where the signing certificate with this SHA-256 fingerprint stands now for the institution under the
     * agreement; {@link SignerStanding#NOT_PARTY} when the agreement is unknown.
     */
    public SignerStanding signerStanding(String agreementId, String institution, String fingerprint) {
        Instant now = clock.instant();
        return find(agreementId)
                .map(a -> a.signerStandingAt(institution, fingerprint, now))
                .orElse(SignerStanding.NOT_PARTY);
    }

    /** The agreement's type, status and current version; empty when there is no such agreement. */
    public Optional<AgreementStanding> standing(String agreementId) {
        return find(agreementId)
                .map(a -> new AgreementStanding(
                        a.agreementId(), a.type().name(), a.status().name(), a.currentVersion()));
    }

    /**
     * Where a message to the institution under the agreement may go now ({@link PartnerRoute}): to the endpoint it
     * declared last when it declared one per transport ({@link PartnerEndpoints#current}).
     */
    public PartnerRoute route(String agreementId, String institution) {
        return find(agreementId)
                .map(a -> {
                    Optional<PartnerEndpoint> endpoint = PartnerEndpoints.current(a.endpoints(), institution);
                    return new PartnerRoute(
                            agreementId,
                            a.status().name(),
                            a.currentVersion(),
                            a.current().hasParty(institution),
                            endpoint.map(PartnerEndpoint::url).orElse(null),
                            endpoint.map(e -> e.transport().name()).orElse(null));
                })
                .orElseGet(() -> new PartnerRoute(agreementId, PartnerRoute.UNKNOWN, 0, false, null, null));
    }

    private Optional<Agreement> find(String agreementId) {
        return AgreementRules.isAgreementId(agreementId) ? agreements.find(agreementId) : Optional.empty();
    }
}
