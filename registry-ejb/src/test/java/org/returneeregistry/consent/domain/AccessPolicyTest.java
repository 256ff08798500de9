package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.returneeregistry.shared.domain.DataCategory.CONTACT;
import static org.returneeregistry.shared.domain.DataCategory.HEALTH;
import static org.returneeregistry.shared.domain.DataCategory.IDENTITY;
import static org.returneeregistry.shared.domain.DataCategory.MIGRATION_HISTORY;
import static org.returneeregistry.shared.domain.DataCategory.SOCIAL_SECURITY;
import static org.returneeregistry.shared.domain.Purpose.HEALTH_FOLLOW_UP;
import static org.returneeregistry.shared.domain.Purpose.SOCIAL_SECURITY_CLAIM;
import static org.returneeregistry.shared.domain.Purpose.STATISTICS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.agreement.domain.AgreementType;
import org.returneeregistry.agreement.domain.ScopeLegalBasis;
import org.returneeregistry.organisation.domain.OrganisationStatus;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.Role;

/**
 * The read policy as a table. Each row starts from a ministry's system (active, not the operator) asking
 * IDENTITY and HEALTH of an existing returnee for HEALTH_FOLLOW_UP at {@link #NOW}, with no legal basis
 * and no consent records, changes some facts, and names the expected reason, the granted categories
 * and the consent record that decided (its index in the row's records, -1 for none).
 */
class AccessPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant RECORDED = NOW.minus(Duration.ofDays(1));
    private static final Actor REGISTRAR = new Actor("registrar.demo", "NPL-DOFE");

    /** The facts of one row; every field starts at the default the class comment names. */
    private static final class Given {
        Purpose purpose = HEALTH_FOLLOW_UP;
        Set<DataCategory> asked = EnumSet.of(IDENTITY, HEALTH);
        Set<Role> roles = EnumSet.of(Role.MINISTRY_SYSTEM);
        Optional<OrganisationStatus> status = Optional.of(OrganisationStatus.ACTIVE);
        boolean operator;
        boolean subjectExists = true;
        Set<DataCategory> legallyCovered = Set.of();
        boolean caseWorker;
        final List<ConsentRecord> records = new ArrayList<>();
        final List<PartnerAgreement> agreements = new ArrayList<>();

        AccessPolicy.Facts facts() {
            return new AccessPolicy.Facts(
                    purpose,
                    asked,
                    roles,
                    status,
                    operator,
                    subjectExists,
                    legallyCovered,
                    () -> records,
                    NOW,
                    caseWorker,
                    agreements);
        }

        /** The caller becomes a partner institution reading for a social security claim. */
        Given partner() {
            roles = EnumSet.of(Role.PARTNER_INSTITUTION);
            purpose = SOCIAL_SECURITY_CLAIM;
            return this;
        }

        /** An agreement the partner is a party to; {@code scope} alternates category and legal basis. */
        Given agreement(String id, boolean inForce, Object... scope) {
            Map<DataCategory, ScopeLegalBasis> rows = new EnumMap<>(DataCategory.class);
            for (int i = 0; i < scope.length; i += 2) {
                rows.put((DataCategory) scope[i], (ScopeLegalBasis) scope[i + 1]);
            }
            return agreement(id, inForce, AgreementType.SOCIAL_SECURITY, scope);
        }

        /** An agreement of the given type the partner is a party to. */
        Given agreement(String id, boolean inForce, AgreementType type, Object... scope) {
            Map<DataCategory, ScopeLegalBasis> rows = new EnumMap<>(DataCategory.class);
            for (int i = 0; i < scope.length; i += 2) {
                rows.put((DataCategory) scope[i], (ScopeLegalBasis) scope[i + 1]);
            }
            agreements.add(new PartnerAgreement(id, 2, inForce, type, rows));
            return this;
        }

        /** The caller becomes a partner institution reading for labour migration administration (a return notice). */
        Given labourMigration() {
            partner();
            purpose = Purpose.LABOUR_MIGRATION;
            return this;
        }

        /** Records, an hour after the previous record, a consent valid from then for 30 days. */
        Given consent(Purpose forPurpose, DataCategory... categories) {
            Instant at = next();
            return add(record(true, forPurpose, at, at.plus(Duration.ofDays(30)), null, categories));
        }

        Given refusal(DataCategory... categories) {
            Instant at = next();
            return add(record(false, HEALTH_FOLLOW_UP, at, at.plus(Duration.ofDays(30)), null, categories));
        }

        /** A consent whose validity ends at {@code until}. */
        Given consentUntil(Instant until, DataCategory... categories) {
            return add(record(true, HEALTH_FOLLOW_UP, next(), until, null, categories));
        }

        Given consentFrom(Instant from, DataCategory... categories) {
            return add(record(true, HEALTH_FOLLOW_UP, from, from.plus(Duration.ofDays(30)), null, categories));
        }

        /** A consent superseding record {@code index}. */
        Given superseding(int index, DataCategory... categories) {
            Instant at = next();
            return add(
                    record(true, HEALTH_FOLLOW_UP, at, at.plus(Duration.ofDays(30)), records.get(index), categories));
        }

        Given revoking(int index) {
            records.get(index).revoke("withdrawn", REGISTRAR, next());
            return this;
        }

        private Instant next() {
            return RECORDED.plus(Duration.ofHours(records.size()));
        }

        private Given add(ConsentRecord record) {
            records.add(record);
            return this;
        }

        private ConsentRecord record(
                boolean given,
                Purpose forPurpose,
                Instant from,
                Instant until,
                ConsentRecord superseded,
                DataCategory... categories) {
            ConsentRecord.Terms terms = new ConsentRecord.Terms(
                    "RR-0000-0042-7",
                    "NPL-MOHP",
                    Set.of(forPurpose),
                    Set.of(categories),
                    LegalBasis.CONSENT,
                    ConsentMethod.ASSISTED,
                    "ab".repeat(32),
                    null,
                    given,
                    from,
                    until,
                    "2026-1",
                    "ne",
                    "NPL");
            return ConsentRecord.record(terms, superseded, REGISTRAR, next());
        }
    }

    private static Arguments row(
            String name, UnaryOperator<Given> facts, DecisionReason reason, Set<DataCategory> granted, int decidedBy) {
        return Arguments.of(name, facts, reason, granted, decidedBy);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // the order of the checks: each earlier reason wins over every later one
                row(
                        "no purpose declared",
                        g -> {
                            g.purpose = null;
                            g.status = Optional.empty();
                            g.roles = Set.of();
                            return g;
                        },
                        DecisionReason.PURPOSE_MISSING,
                        Set.of(),
                        -1),
                row(
                        "a suspended organisation, whatever its consents",
                        g -> {
                            g.status = Optional.of(OrganisationStatus.SUSPENDED);
                            return g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH);
                        },
                        DecisionReason.ORGANISATION_SUSPENDED,
                        Set.of(),
                        -1),
                row(
                        "an organisation not registered",
                        g -> {
                            g.status = Optional.empty();
                            g.roles = Set.of();
                            return g;
                        },
                        DecisionReason.ORGANISATION_SUSPENDED,
                        Set.of(),
                        -1),
                row(
                        "a role that may not read for the purpose, with consent",
                        g -> {
                            g.roles = EnumSet.of(Role.PARTNER_INSTITUTION);
                            return g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH);
                        },
                        DecisionReason.ROLE_NOT_PERMITTED,
                        Set.of(),
                        -1),
                row(
                        "a role that reads for no purpose",
                        g -> {
                            g.roles = EnumSet.of(Role.AUDITOR, Role.REGISTRY_ADMIN);
                            return g;
                        },
                        DecisionReason.ROLE_NOT_PERMITTED,
                        Set.of(),
                        -1),
                row(
                        "the ministry's system may not read for a social security claim",
                        g -> {
                            g.purpose = SOCIAL_SECURITY_CLAIM;
                            return g;
                        },
                        DecisionReason.ROLE_NOT_PERMITTED,
                        Set.of(),
                        -1),
                row(
                        "one permitted role among several is enough",
                        g -> {
                            g.roles = EnumSet.of(Role.AUDITOR, Role.MINISTRY_SYSTEM);
                            return g.consent(HEALTH_FOLLOW_UP, IDENTITY);
                        },
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY),
                        0),
                row(
                        "a registry number nobody holds",
                        g -> {
                            g.subjectExists = false;
                            g.legallyCovered = Set.of(IDENTITY);
                            return g;
                        },
                        DecisionReason.SUBJECT_NOT_FOUND,
                        Set.of(),
                        -1),
                row(
                        "the operator's registrar keeps the record: all ordinary categories asked, no consent needed",
                        g -> {
                            g.roles = EnumSet.of(Role.REGISTRAR);
                            g.operator = true;
                            g.asked = EnumSet.allOf(DataCategory.class);
                            return g.refusal(IDENTITY, HEALTH);
                        },
                        DecisionReason.OPERATOR_RECORD_KEEPING,
                        DataCategory.ORDINARY,
                        -1),
                row(
                        "the special category: only the case worker reads it",
                        g -> {
                            g.roles = EnumSet.of(Role.REGISTRAR);
                            g.asked = EnumSet.of(DataCategory.PROTECTION_SCREENING);
                            g.caseWorker = true;
                            return g;
                        },
                        DecisionReason.CASE_WORKER,
                        Set.of(DataCategory.PROTECTION_SCREENING),
                        -1),
                row(
                        "the special category: the operator's registrar does not read it",
                        g -> {
                            g.roles = EnumSet.of(Role.REGISTRAR);
                            g.operator = true;
                            g.asked = EnumSet.of(DataCategory.PROTECTION_SCREENING);
                            return g;
                        },
                        DecisionReason.SPECIAL_CATEGORY_RESTRICTED,
                        Set.of(),
                        -1),
                row(
                        "a registrar of another organisation needs consent like any reader",
                        g -> {
                            g.roles = EnumSet.of(Role.REGISTRAR);
                            return g;
                        },
                        DecisionReason.NO_CONSENT,
                        Set.of(),
                        -1),
                row(
                        "the operator's system without the registrar role needs consent",
                        g -> {
                            g.operator = true;
                            return g.consent(HEALTH_FOLLOW_UP, HEALTH);
                        },
                        DecisionReason.CONSENT,
                        Set.of(HEALTH),
                        0),

                // consent
                row("no consent record, no legal basis", g -> g, DecisionReason.NO_CONSENT, Set.of(), -1),
                row(
                        "a consent grants the asked categories it names",
                        g -> g.consent(HEALTH_FOLLOW_UP, IDENTITY, CONTACT),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY),
                        0),
                row(
                        "a consent for another purpose grants nothing",
                        g -> g.consent(STATISTICS, IDENTITY, HEALTH),
                        DecisionReason.NO_CONSENT,
                        Set.of(),
                        -1),
                row(
                        "a consent covering none of the asked categories",
                        g -> g.consent(HEALTH_FOLLOW_UP, CONTACT),
                        DecisionReason.CATEGORY_NOT_CONSENTED,
                        Set.of(),
                        0),
                row("a refusal", g -> g.refusal(IDENTITY, HEALTH), DecisionReason.CONSENT_REJECTED, Set.of(), 0),
                row(
                        "a later refusal withdraws an older consent",
                        g -> g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH).refusal(IDENTITY, HEALTH),
                        DecisionReason.CONSENT_REJECTED,
                        Set.of(),
                        1),
                row(
                        "a revoked consent",
                        g -> g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH).revoking(0),
                        DecisionReason.CONSENT_REVOKED,
                        Set.of(),
                        0),
                row(
                        "a consent not valid yet",
                        g -> g.consentFrom(NOW.plusSeconds(1), IDENTITY, HEALTH),
                        DecisionReason.CONSENT_PENDING,
                        Set.of(),
                        0),
                row(
                        "a consent valid from this very instant",
                        g -> g.consentFrom(NOW, IDENTITY, HEALTH),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY, HEALTH),
                        0),
                row(
                        "a consent whose validity ends at this very instant has expired",
                        g -> g.consentUntil(NOW, IDENTITY, HEALTH),
                        DecisionReason.CONSENT_EXPIRED,
                        Set.of(),
                        0),
                row(
                        "a consent whose validity ends an instant later still grants",
                        g -> g.consentUntil(NOW.plusNanos(1), IDENTITY, HEALTH),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY, HEALTH),
                        0),

                // superseded records
                row(
                        "a superseded consent counts no more; its successor decides",
                        g -> g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH).superseding(0, IDENTITY),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY),
                        1),
                row(
                        "a revoked successor does not revive what it superseded",
                        g -> g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH)
                                .superseding(0, IDENTITY)
                                .revoking(1),
                        DecisionReason.CONSENT_REVOKED,
                        Set.of(),
                        1),
                row(
                        "a successor covering none of the asked categories",
                        g -> g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH).superseding(0, CONTACT),
                        DecisionReason.CATEGORY_NOT_CONSENTED,
                        Set.of(),
                        1),

                // a legal basis, alone and with consent
                row(
                        "a legal basis alone grants the asked categories it covers",
                        g -> {
                            g.legallyCovered = Set.of(IDENTITY, SOCIAL_SECURITY);
                            return g;
                        },
                        DecisionReason.LEGAL_BASIS,
                        Set.of(IDENTITY),
                        -1),
                row(
                        "a legal basis covering none of the asked categories grants nothing",
                        g -> {
                            g.legallyCovered = Set.of(SOCIAL_SECURITY);
                            return g;
                        },
                        DecisionReason.NO_CONSENT,
                        Set.of(),
                        -1),
                row(
                        "consent and legal basis together grant the union; consent is the reason",
                        g -> {
                            g.legallyCovered = Set.of(IDENTITY);
                            return g.consent(HEALTH_FOLLOW_UP, HEALTH);
                        },
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY, HEALTH),
                        0),
                row(
                        "a legal basis stands when the consent was revoked",
                        g -> {
                            g.legallyCovered = Set.of(IDENTITY);
                            return g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH).revoking(0);
                        },
                        DecisionReason.LEGAL_BASIS,
                        Set.of(IDENTITY),
                        -1),
                row(
                        "a legal basis stands against the returnee's refusal",
                        g -> {
                            g.legallyCovered = Set.of(HEALTH);
                            return g.refusal(IDENTITY, HEALTH);
                        },
                        DecisionReason.LEGAL_BASIS,
                        Set.of(HEALTH),
                        -1),
                row(
                        "a legal basis stands when the consent has expired at this instant",
                        g -> {
                            g.legallyCovered = Set.of(IDENTITY);
                            return g.consentUntil(NOW, IDENTITY, HEALTH);
                        },
                        DecisionReason.LEGAL_BASIS,
                        Set.of(IDENTITY),
                        -1),
                row(
                        "a legal basis for categories the consent does not cover",
                        g -> {
                            g.legallyCovered = Set.of(HEALTH);
                            return g.consent(HEALTH_FOLLOW_UP, CONTACT);
                        },
                        DecisionReason.LEGAL_BASIS,
                        Set.of(HEALTH),
                        -1),
                row(
                        "the partial refusal's categories come back through a legal basis",
                        g -> {
                            g.legallyCovered = Set.of(HEALTH);
                            return g.consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH).refusal(HEALTH);
                        },
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY, HEALTH),
                        0),
                row(
                        "a partner institution with no agreement, though it holds consent",
                        g -> g.partner().consent(SOCIAL_SECURITY_CLAIM, IDENTITY, HEALTH),
                        DecisionReason.NO_AGREEMENT_IN_FORCE,
                        Set.of(),
                        -1),
                row(
                        "a partner institution whose agreement is suspended",
                        g -> g.partner().agreement("AGR-1", false, IDENTITY, ScopeLegalBasis.AGREEMENT),
                        DecisionReason.NO_AGREEMENT_IN_FORCE,
                        Set.of(),
                        -1),
                row(
                        "a national legal basis does not reach across the border",
                        g -> {
                            g.legallyCovered = Set.of(IDENTITY, HEALTH);
                            return g.partner();
                        },
                        DecisionReason.NO_AGREEMENT_IN_FORCE,
                        Set.of(),
                        -1),
                row(
                        "the agreement is the legal basis for the categories its scope covers, only those",
                        g -> g.partner().agreement("AGR-1", true, IDENTITY, ScopeLegalBasis.AGREEMENT),
                        DecisionReason.AGREEMENT,
                        Set.of(IDENTITY),
                        -1),
                row(
                        "an agreement in force whose scope covers none of the categories asked",
                        g -> g.partner().agreement("AGR-1", true, CONTACT, ScopeLegalBasis.AGREEMENT),
                        DecisionReason.OUTSIDE_AGREEMENT_SCOPE,
                        Set.of(),
                        -1),
                row(
                        "a scope row that requires consent, and no consent",
                        g -> g.partner().agreement("AGR-1", true, HEALTH, ScopeLegalBasis.CONSENT_REQUIRED),
                        DecisionReason.NO_CONSENT,
                        Set.of(),
                        -1),
                row(
                        "a scope row that requires consent, with the returnee's consent",
                        g -> g.partner()
                                .agreement("AGR-1", true, HEALTH, ScopeLegalBasis.CONSENT_REQUIRED)
                                .consent(SOCIAL_SECURITY_CLAIM, HEALTH),
                        DecisionReason.CONSENT,
                        Set.of(HEALTH),
                        0),
                row(
                        "consent for another purpose does not satisfy a scope row that requires it",
                        g -> g.partner()
                                .agreement("AGR-1", true, HEALTH, ScopeLegalBasis.CONSENT_REQUIRED)
                                .consent(HEALTH_FOLLOW_UP, HEALTH),
                        DecisionReason.NO_CONSENT,
                        Set.of(),
                        -1),
                row(
                        "the agreement's categories and the consented ones together",
                        g -> g.partner()
                                .agreement(
                                        "AGR-1",
                                        true,
                                        IDENTITY,
                                        ScopeLegalBasis.AGREEMENT,
                                        HEALTH,
                                        ScopeLegalBasis.CONSENT_REQUIRED)
                                .consent(SOCIAL_SECURITY_CLAIM, HEALTH),
                        DecisionReason.AGREEMENT,
                        Set.of(IDENTITY, HEALTH),
                        0),
                row(
                        "a consent-required category without consent is left out of what the agreement grants",
                        g -> g.partner()
                                .agreement(
                                        "AGR-1",
                                        true,
                                        IDENTITY,
                                        ScopeLegalBasis.AGREEMENT,
                                        HEALTH,
                                        ScopeLegalBasis.CONSENT_REQUIRED),
                        DecisionReason.AGREEMENT,
                        Set.of(IDENTITY),
                        -1),
                row(
                        "a return notice's purpose under a labour migration agreement: the agreement is the legal basis",
                        g -> {
                            g.asked = EnumSet.of(IDENTITY, MIGRATION_HISTORY);
                            return g.labourMigration()
                                    .agreement(
                                            "AGR-1",
                                            true,
                                            AgreementType.LABOUR_MIGRATION,
                                            IDENTITY,
                                            ScopeLegalBasis.AGREEMENT,
                                            MIGRATION_HISTORY,
                                            ScopeLegalBasis.AGREEMENT);
                        },
                        DecisionReason.AGREEMENT,
                        Set.of(IDENTITY, MIGRATION_HISTORY),
                        -1),
                row(
                        "labour migration where the labour migration agreement's row asks for consent, and none",
                        g -> g.labourMigration()
                                .agreement(
                                        "AGR-1",
                                        true,
                                        AgreementType.LABOUR_MIGRATION,
                                        IDENTITY,
                                        ScopeLegalBasis.CONSENT_REQUIRED),
                        DecisionReason.NO_CONSENT,
                        Set.of(),
                        -1),
                row(
                        "labour migration where the row asks for consent, with the returnee's consent",
                        g -> g.labourMigration()
                                .agreement(
                                        "AGR-1",
                                        true,
                                        AgreementType.LABOUR_MIGRATION,
                                        IDENTITY,
                                        ScopeLegalBasis.CONSENT_REQUIRED)
                                .consent(Purpose.LABOUR_MIGRATION, IDENTITY),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY),
                        0),
                row(
                        "labour migration is outside a social security agreement's scope, whatever its rows say",
                        g -> g.labourMigration()
                                .agreement(
                                        "AGR-1",
                                        true,
                                        AgreementType.SOCIAL_SECURITY,
                                        IDENTITY,
                                        ScopeLegalBasis.AGREEMENT),
                        DecisionReason.OUTSIDE_AGREEMENT_SCOPE,
                        Set.of(),
                        -1),
                row(
                        "labour migration is outside a data-sharing memorandum's scope too",
                        g -> g.labourMigration()
                                .agreement(
                                        "AGR-1",
                                        true,
                                        AgreementType.DATA_SHARING_MOU,
                                        IDENTITY,
                                        ScopeLegalBasis.AGREEMENT),
                        DecisionReason.OUTSIDE_AGREEMENT_SCOPE,
                        Set.of(),
                        -1),
                row(
                        "of two agreements in force, labour migration runs under the labour migration one",
                        g -> g.labourMigration()
                                .agreement(
                                        "AGR-1",
                                        true,
                                        AgreementType.SOCIAL_SECURITY,
                                        IDENTITY,
                                        ScopeLegalBasis.AGREEMENT)
                                .agreement(
                                        "AGR-2",
                                        true,
                                        AgreementType.LABOUR_MIGRATION,
                                        IDENTITY,
                                        ScopeLegalBasis.AGREEMENT),
                        DecisionReason.AGREEMENT,
                        Set.of(IDENTITY),
                        -1),
                row(
                        "a social security claim runs under a labour migration agreement as under any other",
                        g -> g.partner()
                                .agreement(
                                        "AGR-1",
                                        true,
                                        AgreementType.LABOUR_MIGRATION,
                                        IDENTITY,
                                        ScopeLegalBasis.AGREEMENT),
                        DecisionReason.AGREEMENT,
                        Set.of(IDENTITY),
                        -1),
                row(
                        "a partner may not read for a purpose its role does not serve, whatever the agreement",
                        g -> {
                            g.partner().agreement("AGR-1", true, IDENTITY, ScopeLegalBasis.AGREEMENT);
                            g.purpose = HEALTH_FOLLOW_UP;
                            return g;
                        },
                        DecisionReason.ROLE_NOT_PERMITTED,
                        Set.of(),
                        -1));
    }

    @Test
    void aPartnersDecisionNamesTheAgreementAndVersionItRanUnder() {
        Given given = new Given()
                .partner()
                .agreement("AGR-1", false, IDENTITY, ScopeLegalBasis.AGREEMENT, HEALTH, ScopeLegalBasis.AGREEMENT)
                .agreement("AGR-2", true, IDENTITY, ScopeLegalBasis.AGREEMENT)
                .agreement("AGR-3", true, IDENTITY, ScopeLegalBasis.AGREEMENT, HEALTH, ScopeLegalBasis.AGREEMENT);

        AccessPolicy.Grant grant = AccessPolicy.decide(given.facts());

        assertEquals(DecisionReason.AGREEMENT, grant.reason());
        assertEquals(Set.of(IDENTITY, HEALTH), grant.granted());
        assertEquals("AGR-3", grant.agreementId());
        assertEquals(2, grant.agreementVersion());

        AccessPolicy.Grant refused = AccessPolicy.decide(
                new Given().partner().agreement("AGR-9", false).facts());
        assertEquals("AGR-9", refused.agreementId());
        assertEquals(null, AccessPolicy.decide(new Given().facts()).agreementId(), "a national read names none");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(
            String name, UnaryOperator<Given> facts, DecisionReason reason, Set<DataCategory> granted, int decidedBy) {
        Given given = facts.apply(new Given());

        AccessPolicy.Grant grant = AccessPolicy.decide(given.facts());

        assertEquals(reason, grant.reason());
        assertEquals(granted, grant.granted());
        assertEquals(decidedBy < 0 ? null : given.records.get(decidedBy).consentId(), grant.consentId());
        assertEquals(reason.permits(), !grant.granted().isEmpty(), "a permit grants something, a deny nothing");
    }

    @Test
    void the_table_covers_every_decision_reason() {
        // the reads of aggregate statistics have their own table
        Set<DecisionReason> covered = Stream.concat(
                        cases().map(row -> (DecisionReason) row.get()[2]),
                        StatisticsPolicyTest.rows().map(row -> (DecisionReason) row.get()[3]))
                .collect(Collectors.toSet());

        assertEquals(EnumSet.allOf(DecisionReason.class), covered);
    }

    @Test
    void consent_records_are_not_read_for_a_decision_made_before_consent() {
        AtomicBoolean read = new AtomicBoolean();
        AccessPolicy.Facts facts = new AccessPolicy.Facts(
                HEALTH_FOLLOW_UP,
                Set.of(IDENTITY),
                Set.of(Role.REGISTRAR),
                Optional.of(OrganisationStatus.ACTIVE),
                true,
                true,
                Set.of(),
                () -> {
                    read.set(true);
                    return List.of();
                },
                NOW);

        assertEquals(
                DecisionReason.OPERATOR_RECORD_KEEPING,
                AccessPolicy.decide(facts).reason());
        assertFalse(read.get());
    }
}
