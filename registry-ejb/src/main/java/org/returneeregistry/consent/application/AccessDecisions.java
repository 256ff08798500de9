package org.returneeregistry.consent.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.domain.ConsentGrant;
import org.returneeregistry.consent.domain.DataCategory;
import org.returneeregistry.consent.domain.DecisionLogEntry;
import org.returneeregistry.consent.domain.DecisionReason;
import org.returneeregistry.consent.domain.Purpose;
import org.returneeregistry.consent.persistence.ConsentRecordRepository;
import org.returneeregistry.organisation.application.OperatorOrganisation;
import org.returneeregistry.organisation.application.OrganisationService;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.domain.Role;

/**
 * The registry's one policy decision point: may organisation O read categories C of returnee R for
 * purpose P? Every read of personal data by any organisation, over any interface, asks here.
 *
 * <p>The answer combines, in this order: a declared purpose; the organisation's status in the
 * registry (a suspension stops reads at once); the caller's role (each role reads only for the
 * purposes its function needs); that the returnee exists; and then the grant — everything for the
 * operator's own registrars, keeping the record; otherwise the categories covered by the returnee's
 * active consent for that organisation and purpose, plus those a legal basis the operator configured
 * covers. Only asked categories that are granted are disclosed. What the consent records grant, and
 * the most telling reason when they grant nothing, is {@link ConsentGrant}'s rule — a later refusal
 * withdrawing an older consent included.
 *
 * <p>Every decision — permit and deny — is appended to the decision log before it is answered, in
 * its own transaction, so a refused read is on record although the read rolls back.
 */
@Stateless
public class AccessDecisions {

    private static final Map<Role, Set<Purpose>> PURPOSES_BY_ROLE = new EnumMap<>(Map.of(
            Role.REGISTRAR, EnumSet.allOf(Purpose.class),
            Role.MINISTRY_SYSTEM, EnumSet.complementOf(EnumSet.of(Purpose.SOCIAL_SECURITY_CLAIM)),
            Role.MISSION_OFFICER, EnumSet.of(Purpose.REINTEGRATION_SERVICES, Purpose.LEGAL_AID),
            Role.SOCIAL_SECURITY_OFFICER, EnumSet.of(Purpose.SOCIAL_SECURITY_CLAIM, Purpose.SOCIAL_PROTECTION_ENROLMENT),
            Role.PARTNER_INSTITUTION, EnumSet.of(Purpose.SOCIAL_SECURITY_CLAIM)));

    @Inject
    private ConsentRecordRepository consents;

    @Inject
    private LegalBases legalBases;

    @Inject
    private RegistryKeys keys;

    @Inject
    private Clock clock;

    @EJB
    private DecisionLog log;

    @EJB
    private OrganisationService organisations;

    @EJB
    private CallerContext caller;

    @EJB
    private OperatorOrganisation operator;

    @Inject
    @ConfigProperty(name = "registry.consent.policy-version", defaultValue = "2026-11")
    private String policyVersion;

    /** Decides a read by the calling person or system, whose roles come from its token. */
    @PermitAll
    public AccessDecision decide(AccessRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : PURPOSES_BY_ROLE.keySet()) {
            if (caller.hasRole(role)) {
                roles.add(role);
            }
        }
        return decide(request, roles);
    }

    /**
     * Decides a disclosure the registry makes on its own initiative to an organisation's system (a
     * push, an HL7 message), as if that organisation's system asked with {@code roles}.
     */
    @PermitAll
    public AccessDecision decide(AccessRequest request, Set<Role> roles) {
        Instant now = clock.instant();
        Grant grant = weigh(request, roles, now);
        String requestHash = keys.keyedHash(String.join("|", request.channel(), request.actor().organisation(),
                String.valueOf(request.actor().client()), request.registryNumber(), String.valueOf(request.purpose()),
                request.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(","))));
        long sequence = log.append(new DecisionLogEntry.Decision(now, request.actor().organisation(),
                request.actor().client(), request.channel(), keys.keyedHash(request.registryNumber()),
                request.purpose() == null ? "NONE" : request.purpose().name(), request.categories(), grant.granted(),
                grant.reason(), policyVersion, grant.consentId(), requestHash));
        return new AccessDecision(grant.reason(), grant.granted(), grant.consentId(), sequence);
    }

    private record Grant(DecisionReason reason, Set<DataCategory> granted, String consentId) {
        static Grant deny(DecisionReason reason) {
            return new Grant(reason, Set.of(), null);
        }
    }

    private Grant weigh(AccessRequest request, Set<Role> roles, Instant now) {
        if (request.purpose() == null) {
            return Grant.deny(DecisionReason.PURPOSE_MISSING);
        }
        String organisation = request.actor().organisation();
        if (organisations.status(organisation).filter(s -> s == OrganisationStatus.ACTIVE).isEmpty()) {
            return Grant.deny(DecisionReason.ORGANISATION_SUSPENDED);
        }
        if (roles.stream().noneMatch(r -> PURPOSES_BY_ROLE.getOrDefault(r, Set.of()).contains(request.purpose()))) {
            return Grant.deny(DecisionReason.ROLE_NOT_PERMITTED);
        }
        if (!request.subjectExists()) {
            return Grant.deny(DecisionReason.SUBJECT_NOT_FOUND);
        }
        if (roles.contains(Role.REGISTRAR) && operator.code().equals(organisation)) {
            return new Grant(DecisionReason.OPERATOR_RECORD_KEEPING, request.categories(), null);
        }
        Set<DataCategory> granted = EnumSet.noneOf(DataCategory.class);
        Optional<LegalBases.Rule> rule = legalBases.covering(organisation, request.purpose());
        rule.ifPresent(r -> r.categories().stream().filter(request.categories()::contains).forEach(granted::add));
        ConsentGrant byConsent = ConsentGrant.of(consents.of(request.registryNumber(), organisation),
                request.purpose(), request.categories(), now);
        if (byConsent.permits()) {
            granted.addAll(byConsent.granted());
            return new Grant(DecisionReason.CONSENT, granted, byConsent.consentId());
        }
        if (!granted.isEmpty()) {
            return new Grant(DecisionReason.LEGAL_BASIS, granted, null);
        }
        return new Grant(byConsent.reason(), Set.of(), byConsent.consentId());
    }
}
