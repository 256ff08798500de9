package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.returneeregistry.shared.domain.DataCategory.CONTACT;
import static org.returneeregistry.shared.domain.DataCategory.HEALTH;
import static org.returneeregistry.shared.domain.DataCategory.IDENTITY;
import static org.returneeregistry.shared.domain.Purpose.HEALTH_FOLLOW_UP;
import static org.returneeregistry.shared.domain.Purpose.STATISTICS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

/**
 * What the consent records of one recipient grant for one purpose. Each row builds a history of
 * records (oldest first, an hour apart) and reads it at {@link #NOW}, asking IDENTITY and HEALTH.
 */
class ConsentGrantTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant NOW = START.plus(Duration.ofDays(1));
    private static final Actor REGISTRAR = new Actor("registrar.demo", "NPL-DOFE");
    private static final Set<DataCategory> ASKED = EnumSet.of(IDENTITY, HEALTH);

    /** One step of a history: adds a record (or changes one) given the records so far. */
    private interface Step extends Function<List<ConsentRecord>, ConsentRecord> {}

    private static Step consent(Purpose purpose, DataCategory... categories) {
        return records -> record(true, purpose, null, at(records), categories);
    }

    private static Step refusal(Purpose purpose, DataCategory... categories) {
        return records -> record(false, purpose, null, at(records), categories);
    }

    /** A consent that supersedes the record {@code index} steps back. */
    private static Step superseding(int index, DataCategory... categories) {
        return records -> record(true, HEALTH_FOLLOW_UP, records.get(index), at(records), categories);
    }

    private static Step pendingConsent(DataCategory... categories) {
        return records -> ConsentRecord.record(
                terms(true, HEALTH_FOLLOW_UP, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), categories),
                null,
                REGISTRAR,
                at(records));
    }

    private static Step expiredConsent(DataCategory... categories) {
        return records -> ConsentRecord.record(
                terms(true, HEALTH_FOLLOW_UP, at(records), NOW.minusSeconds(1), categories),
                null,
                REGISTRAR,
                at(records));
    }

    /** Revokes the record {@code index} steps back; adds nothing. */
    private static Step revoking(int index) {
        return records -> {
            records.get(index).revoke("withdrawn", REGISTRAR, at(records));
            return null;
        };
    }

    private static Instant at(List<ConsentRecord> records) {
        return START.plus(Duration.ofHours(records.size()));
    }

    private static ConsentRecord.Terms terms(
            boolean given, Purpose purpose, Instant from, Instant until, DataCategory... categories) {
        return new ConsentRecord.Terms(
                "RR-0000-0042-7",
                "NPL-MOHP",
                Set.of(purpose),
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
    }

    private static ConsentRecord record(
            boolean given, Purpose purpose, ConsentRecord superseded, Instant at, DataCategory... categories) {
        return ConsentRecord.record(
                terms(given, purpose, at, NOW.plus(Duration.ofDays(30)), categories), superseded, REGISTRAR, at);
    }

    /** Expected: the reason, the granted categories, and which step's record decided (-1: none). */
    static Stream<Arguments> histories() {
        return Stream.of(
                row("no record", List.of(), DecisionReason.NO_CONSENT, Set.of(), -1),
                row(
                        "a consent grants the asked categories it names",
                        List.of(consent(HEALTH_FOLLOW_UP, IDENTITY, CONTACT)),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY),
                        0),
                row(
                        "a consent for another purpose grants nothing",
                        List.of(consent(STATISTICS, IDENTITY, HEALTH)),
                        DecisionReason.NO_CONSENT,
                        Set.of(),
                        -1),
                row(
                        "a consent covering none of the asked categories",
                        List.of(consent(HEALTH_FOLLOW_UP, CONTACT)),
                        DecisionReason.CATEGORY_NOT_CONSENTED,
                        Set.of(),
                        0),
                row(
                        "a refusal alone",
                        List.of(refusal(HEALTH_FOLLOW_UP, IDENTITY, HEALTH)),
                        DecisionReason.CONSENT_REJECTED,
                        Set.of(),
                        0),

                // a newer refusal is the returnee's latest word
                row(
                        "a newer refusal of the same categories withdraws an older consent without superseding it",
                        List.of(
                                consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH),
                                refusal(HEALTH_FOLLOW_UP, IDENTITY, HEALTH)),
                        DecisionReason.CONSENT_REJECTED,
                        Set.of(),
                        1),
                row(
                        "a newer refusal of some categories withdraws only those",
                        List.of(consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH), refusal(HEALTH_FOLLOW_UP, HEALTH)),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY),
                        0),
                row(
                        "a newer refusal of categories not asked changes nothing asked",
                        List.of(consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH), refusal(HEALTH_FOLLOW_UP, CONTACT)),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY, HEALTH),
                        0),
                row(
                        "a newer refusal for another purpose does not touch this one",
                        List.of(consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH), refusal(STATISTICS, IDENTITY, HEALTH)),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY, HEALTH),
                        0),
                row(
                        "a consent given after a refusal is the newer word and stands",
                        List.of(
                                refusal(HEALTH_FOLLOW_UP, IDENTITY, HEALTH),
                                consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH)),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY, HEALTH),
                        1),
                row(
                        "two refusals after a consent together withdraw all it covered",
                        List.of(
                                consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH),
                                refusal(HEALTH_FOLLOW_UP, IDENTITY),
                                refusal(HEALTH_FOLLOW_UP, HEALTH)),
                        DecisionReason.CONSENT_REJECTED,
                        Set.of(),
                        2),
                row(
                        "consent, refusal, consent again: the last consent stands",
                        List.of(
                                consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH),
                                refusal(HEALTH_FOLLOW_UP, IDENTITY, HEALTH),
                                consent(HEALTH_FOLLOW_UP, IDENTITY)),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY),
                        2),

                // status of the newest record when nothing is active
                row(
                        "a revoked consent",
                        List.of(consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH), revoking(0)),
                        DecisionReason.CONSENT_REVOKED,
                        Set.of(),
                        0),
                row(
                        "an expired consent",
                        List.of(expiredConsent(IDENTITY, HEALTH)),
                        DecisionReason.CONSENT_EXPIRED,
                        Set.of(),
                        0),
                row(
                        "a consent not valid yet",
                        List.of(pendingConsent(IDENTITY, HEALTH)),
                        DecisionReason.CONSENT_PENDING,
                        Set.of(),
                        0),
                row(
                        "a superseded consent counts no more; its successor decides",
                        List.of(consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH), superseding(0, IDENTITY)),
                        DecisionReason.CONSENT,
                        Set.of(IDENTITY),
                        1),
                row(
                        "a revoked successor leaves nothing active",
                        List.of(consent(HEALTH_FOLLOW_UP, IDENTITY, HEALTH), superseding(0, IDENTITY), revoking(1)),
                        DecisionReason.CONSENT_REVOKED,
                        Set.of(),
                        1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void grants(String name, List<Step> history, DecisionReason reason, Set<DataCategory> granted, int decidedBy) {
        List<ConsentRecord> records = new ArrayList<>();
        for (Step step : history) {
            ConsentRecord added = step.apply(records);
            if (added != null) {
                records.add(added);
            }
        }
        List<ConsentRecord> newestFirst = new ArrayList<>(records);
        java.util.Collections.reverse(newestFirst);

        for (List<ConsentRecord> order : List.of(records, newestFirst)) {
            ConsentGrant grant = ConsentGrant.of(order, HEALTH_FOLLOW_UP, ASKED, NOW);
            assertEquals(reason, grant.reason());
            assertEquals(granted, grant.granted());
            assertEquals(decidedBy < 0 ? null : records.get(decidedBy).consentId(), grant.consentId());
        }
    }

    private static Arguments row(
            String name, List<Step> history, DecisionReason reason, Set<DataCategory> granted, int decidedBy) {
        return Arguments.of(name, history, reason, granted, decidedBy);
    }
}
