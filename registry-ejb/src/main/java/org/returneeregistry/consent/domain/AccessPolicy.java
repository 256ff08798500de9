package org.returneeregistry.consent.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.returneeregistry.agreement.domain.AgreementType;
import org.returneeregistry.agreement.domain.ScopeLegalBasis;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.Role;

/**
 * The registry's read policy: may an organisation read these categories of a returnee for this
 * purpose? A pure rule: it takes the facts the decision point gathered and returns the grant with its
 * reason, so every reason is tested as a table of cases.
 *
 * <p>The facts are weighed in this order: a declared purpose; the organisation's status in the registry
 * (a suspension stops reads at once; an unregistered organisation reads nothing); the caller's roles
 * (each role reads only for the purposes its function needs); that the returnee exists; and then the
 * grant — everything asked for the operator's own registrars, keeping the record; otherwise the asked
 * categories covered by the returnee's active consent for that organisation and purpose, plus those a
 * legal basis the operator configured covers. Consent decides the reason when it grants anything; a
 * legal basis alone gives {@link DecisionReason#LEGAL_BASIS}; when neither grants, the most telling
 * reason of the consent records ({@link ConsentGrant}) is the answer.
 */
public final class AccessPolicy {

    /** The purposes each role may read for. Roles not listed read nothing. */
    private static final Map<Role, Set<Purpose>> PURPOSES_BY_ROLE = new EnumMap<>(Map.of(
            Role.REGISTRAR, EnumSet.allOf(Purpose.class),
            Role.MINISTRY_SYSTEM, EnumSet.complementOf(EnumSet.of(Purpose.SOCIAL_SECURITY_CLAIM)),
            Role.MISSION_OFFICER, EnumSet.of(Purpose.REINTEGRATION_SERVICES, Purpose.LEGAL_AID),
            Role.SOCIAL_SECURITY_OFFICER,
                    EnumSet.of(Purpose.SOCIAL_SECURITY_CLAIM, Purpose.SOCIAL_PROTECTION_ENROLMENT),
            Role.PARTNER_INSTITUTION, EnumSet.of(Purpose.SOCIAL_SECURITY_CLAIM, Purpose.LABOUR_MIGRATION)));

    /**
     * The purposes a partner institution's read may run for only under an agreement of a certain type; a purpose not
     * listed runs under an agreement of any type. Labour migration administration (a return notice to the other
     * country's labour ministry) is what a labour migration agreement is for, and nothing else: a social security
     * agreement or a data-sharing memorandum that listed the purpose in its scope would still not carry it.
     */
    private static final Map<Purpose, Set<AgreementType>> AGREEMENT_TYPES_BY_PURPOSE =
            new EnumMap<>(Map.of(Purpose.LABOUR_MIGRATION, EnumSet.of(AgreementType.LABOUR_MIGRATION)));

    /** The roles that may read personal data at all, for some purpose. */
    public static final Set<Role> READING_ROLES =
            Collections.unmodifiableSet(EnumSet.copyOf(PURPOSES_BY_ROLE.keySet()));

    /**
     * What the decision point knows when it decides.
     *
     * @param purpose the declared purpose, null when none was declared
     * @param asked the categories asked (never empty: asking for none asks for all)
     * @param roles the caller's registry roles
     * @param organisationStatus the organisation's status, empty when it is not registered
     * @param operator whether the organisation is the registry's operator
     * @param subjectExists whether anybody holds the registry number asked about
     * @param legallyCovered the categories a configured legal basis lets the organisation read for the
     *     purpose; empty when no rule covers it
     * @param consents the consent records of the returnee for the organisation, in any order; read only
     *     when the decision comes to consent
     * @param now the instant of the decision
     * @param caseWorker whether the caller is the case worker of the returnee's open reintegration case
     *     (a registrar of the resource centre holding it, assigned to it)
     * @param agreements for a partner institution, the agreements it is a party to, with what each lets
     *     cross to it now for the purpose; ignored for every other caller
     */
    public record Facts(
            Purpose purpose,
            Set<DataCategory> asked,
            Set<Role> roles,
            Optional<OrganisationStatus> organisationStatus,
            boolean operator,
            boolean subjectExists,
            Set<DataCategory> legallyCovered,
            Supplier<? extends Collection<ConsentRecord>> consents,
            Instant now,
            boolean caseWorker,
            List<PartnerAgreement> agreements) {

        public Facts {
            agreements = List.copyOf(agreements);
        }

        /**
         * The facts of a read by an organisation of this country that is not the returnee's case worker: no
         * agreement is weighed.
         */
        public Facts(
                Purpose purpose,
                Set<DataCategory> asked,
                Set<Role> roles,
                Optional<OrganisationStatus> organisationStatus,
                boolean operator,
                boolean subjectExists,
                Set<DataCategory> legallyCovered,
                Supplier<? extends Collection<ConsentRecord>> consents,
                Instant now) {
            this(
                    purpose,
                    asked,
                    roles,
                    organisationStatus,
                    operator,
                    subjectExists,
                    legallyCovered,
                    consents,
                    now,
                    false,
                    List.of());
        }
    }

    /**
     * The decision: the reason, the categories granted (empty for a deny), and the consent record that
     * decided, or null when none did.
     */
    public record Grant(
            DecisionReason reason,
            Set<DataCategory> granted,
            String consentId,
            String agreementId,
            Integer agreementVersion) {

        public Grant {
            Set<DataCategory> copy = EnumSet.noneOf(DataCategory.class);
            copy.addAll(granted);
            granted = Collections.unmodifiableSet(copy);
        }

        public Grant(DecisionReason reason, Set<DataCategory> granted, String consentId) {
            this(reason, granted, consentId, null, null);
        }

        static Grant deny(DecisionReason reason) {
            return new Grant(reason, Set.of(), null);
        }

        static Grant under(
                PartnerAgreement agreement, DecisionReason reason, Set<DataCategory> granted, String consentId) {
            return agreement == null
                    ? new Grant(reason, granted, consentId)
                    : new Grant(reason, granted, consentId, agreement.agreementId(), agreement.version());
        }

        public boolean permits() {
            return reason.permits();
        }
    }

    private AccessPolicy() {}

    /** Who may read aggregate statistics (indicators) and for which purpose, if one must be declared. */
    private static final Set<Role> STATISTICS_WITHOUT_PURPOSE = EnumSet.of(Role.AUDITOR, Role.REGISTRY_ADMIN);

    /**
     * The decision on a read of aggregate statistics — an indicator's table, which names no person and
     * whose small cells are withheld. The registry's auditors and administrators read them as part of
     * their office; a ministry's system reads them only when its request declares the purpose
     * {@code STATISTICS} (official statistics). Any other role, or a ministry declaring another purpose or
     * none, is refused; so is a suspended organisation.
     */
    public static Grant decideStatistics(Set<Role> roles, Purpose purpose, Optional<OrganisationStatus> status) {
        if (status.filter(s -> s == OrganisationStatus.ACTIVE).isEmpty()) {
            return Grant.deny(DecisionReason.ORGANISATION_SUSPENDED);
        }
        if (roles.stream().anyMatch(STATISTICS_WITHOUT_PURPOSE::contains)) {
            return new Grant(DecisionReason.AGGREGATE_STATISTICS, Set.of(), null);
        }
        if (roles.contains(Role.MINISTRY_SYSTEM)) {
            if (purpose == null) {
                return Grant.deny(DecisionReason.PURPOSE_MISSING);
            }
            return purpose == Purpose.STATISTICS
                    ? new Grant(DecisionReason.AGGREGATE_STATISTICS, Set.of(), null)
                    : Grant.deny(DecisionReason.ROLE_NOT_PERMITTED);
        }
        return Grant.deny(DecisionReason.ROLE_NOT_PERMITTED);
    }

    /**
     * The decision. A special category ({@link DataCategory#SPECIAL}: the trafficking and GBV screening)
     * is granted to the returnee's case worker alone — never by consent, a legal basis or the operator's
     * record keeping, which decide only the ordinary categories asked.
     */
    public static Grant decide(Facts facts) {
        if (facts.purpose() == null) {
            return Grant.deny(DecisionReason.PURPOSE_MISSING);
        }
        if (facts.organisationStatus()
                .filter(s -> s == OrganisationStatus.ACTIVE)
                .isEmpty()) {
            return Grant.deny(DecisionReason.ORGANISATION_SUSPENDED);
        }
        if (facts.roles().stream()
                .noneMatch(r -> PURPOSES_BY_ROLE.getOrDefault(r, Set.of()).contains(facts.purpose()))) {
            return Grant.deny(DecisionReason.ROLE_NOT_PERMITTED);
        }
        if (!facts.subjectExists()) {
            return Grant.deny(DecisionReason.SUBJECT_NOT_FOUND);
        }
        Set<DataCategory> special = EnumSet.noneOf(DataCategory.class);
        Set<DataCategory> ordinary = EnumSet.noneOf(DataCategory.class);
        facts.asked().forEach(c -> (c.special() ? special : ordinary).add(c));
        Grant base = ordinary.isEmpty() ? null : ordinary(facts, ordinary);
        if (special.isEmpty()) {
            return base;
        }
        boolean caseWorker = facts.caseWorker() && facts.roles().contains(Role.REGISTRAR);
        if (!caseWorker) {
            return base == null ? Grant.deny(DecisionReason.SPECIAL_CATEGORY_RESTRICTED) : base;
        }
        if (base == null || !base.permits()) {
            return new Grant(DecisionReason.CASE_WORKER, special, null);
        }
        Set<DataCategory> granted = EnumSet.copyOf(base.granted());
        granted.addAll(special);
        return new Grant(base.reason(), granted, base.consentId());
    }

    /** The grant of ordinary categories, the gates passed. */
    private static Grant ordinary(Facts facts, Set<DataCategory> asked) {
        if (facts.roles().equals(EnumSet.of(Role.PARTNER_INSTITUTION))) {
            return partner(facts, asked);
        }
        if (facts.roles().contains(Role.REGISTRAR) && facts.operator()) {
            return new Grant(DecisionReason.OPERATOR_RECORD_KEEPING, asked, null);
        }
        Set<DataCategory> granted = EnumSet.noneOf(DataCategory.class);
        facts.legallyCovered().stream().filter(asked::contains).forEach(granted::add);
        ConsentGrant byConsent = ConsentGrant.of(facts.consents().get(), facts.purpose(), asked, facts.now());
        if (byConsent.permits()) {
            granted.addAll(byConsent.granted());
            granted.removeAll(DataCategory.SPECIAL);
            return new Grant(DecisionReason.CONSENT, granted, byConsent.consentId());
        }
        if (!granted.isEmpty()) {
            return new Grant(DecisionReason.LEGAL_BASIS, granted, null);
        }
        return new Grant(byConsent.reason(), Set.of(), byConsent.consentId());
    }

    /**
     * A partner institution of another country reads only under an agreement in force it is a party to, and
     * only what that agreement's outbound scope covers for the purpose: a category whose row makes the
     * agreement the legal basis is granted as it is; one whose row requires consent is granted when the
     * returnee's consent for that institution, purpose and category is active. A purpose that belongs to one type of
     * agreement ({@link #AGREEMENT_TYPES_BY_PURPOSE}) is read only under an agreement of that type: under another it
     * is outside the agreement's scope, whatever its rows say. The agreement granting most
     * is the one the read runs under (the first by id among equals), and the decision names it with its
     * version. The operator's configured legal bases are national: they do not reach across the border.
     */
    private static Grant partner(Facts facts, Set<DataCategory> asked) {
        List<PartnerAgreement> inForce =
                facts.agreements().stream().filter(PartnerAgreement::inForce).toList();
        if (inForce.isEmpty()) {
            return Grant.under(
                    facts.agreements().isEmpty() ? null : facts.agreements().get(0),
                    DecisionReason.NO_AGREEMENT_IN_FORCE,
                    Set.of(),
                    null);
        }
        PartnerAgreement best = null;
        Grant bestGrant = null;
        Grant firstRefusal = null;
        Set<AgreementType> types =
                AGREEMENT_TYPES_BY_PURPOSE.getOrDefault(facts.purpose(), EnumSet.allOf(AgreementType.class));
        for (PartnerAgreement agreement : inForce) {
            if (!types.contains(agreement.type())) {
                if (firstRefusal == null) {
                    firstRefusal = Grant.under(agreement, DecisionReason.OUTSIDE_AGREEMENT_SCOPE, Set.of(), null);
                }
                continue;
            }
            Set<DataCategory> byAgreement = EnumSet.noneOf(DataCategory.class);
            Set<DataCategory> needConsent = EnumSet.noneOf(DataCategory.class);
            agreement.inScope().forEach((category, basis) -> {
                if (asked.contains(category)) {
                    (basis == ScopeLegalBasis.AGREEMENT ? byAgreement : needConsent).add(category);
                }
            });
            if (byAgreement.isEmpty() && needConsent.isEmpty()) {
                if (firstRefusal == null) {
                    firstRefusal = Grant.under(agreement, DecisionReason.OUTSIDE_AGREEMENT_SCOPE, Set.of(), null);
                }
                continue;
            }
            Set<DataCategory> granted = EnumSet.noneOf(DataCategory.class);
            granted.addAll(byAgreement);
            String consentId = null;
            if (!needConsent.isEmpty()) {
                ConsentGrant byConsent =
                        ConsentGrant.of(facts.consents().get(), facts.purpose(), needConsent, facts.now());
                if (byConsent.permits()) {
                    granted.addAll(byConsent.granted());
                    consentId = byConsent.consentId();
                } else if (byAgreement.isEmpty()) {
                    Grant refused = Grant.under(agreement, byConsent.reason(), Set.of(), byConsent.consentId());
                    if (firstRefusal == null || firstRefusal.reason() == DecisionReason.OUTSIDE_AGREEMENT_SCOPE) {
                        firstRefusal = refused;
                    }
                    continue;
                }
            }
            DecisionReason reason = byAgreement.isEmpty() ? DecisionReason.CONSENT : DecisionReason.AGREEMENT;
            Grant grant = Grant.under(agreement, reason, granted, consentId);
            if (bestGrant == null
                    || grant.granted().size() > bestGrant.granted().size()) {
                best = agreement;
                bestGrant = grant;
            }
        }
        return best != null ? bestGrant : firstRefusal;
    }
}
