package org.returneeregistry.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;

class ConsentRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Actor REGISTRAR = new Actor("registrar.demo", "NPL-DOFE");

    private static ConsentRecord.Terms terms(boolean given, Instant from, Instant until) {
        return new ConsentRecord.Terms(
                "RR-0000-0042-7",
                "NPL-MOHP",
                Set.of(Purpose.HEALTH_FOLLOW_UP),
                Set.of(DataCategory.IDENTITY, DataCategory.HEALTH),
                LegalBasis.CONSENT,
                ConsentMethod.SELF,
                null,
                null,
                given,
                from,
                until,
                "notice-2026-1",
                "ne",
                "NPL");
    }

    private static ConsentRecord active() {
        return ConsentRecord.record(terms(true, NOW, NOW.plus(Duration.ofDays(365))), null, REGISTRAR, NOW);
    }

    @Test
    void permitsOnlyItsPurposesAndCategoriesWhileValid() {
        ConsentRecord record = active();

        assertTrue(record.permits(Purpose.HEALTH_FOLLOW_UP, DataCategory.HEALTH, NOW.plusSeconds(60)));
        assertFalse(record.permits(Purpose.HEALTH_FOLLOW_UP, DataCategory.CONTACT, NOW.plusSeconds(60)));
        assertFalse(record.permits(Purpose.STATISTICS, DataCategory.HEALTH, NOW.plusSeconds(60)));
    }

    @Test
    void statusFollowsTheClock() {
        ConsentRecord later = ConsentRecord.record(
                terms(true, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2))), null, REGISTRAR, NOW);

        assertEquals(ConsentStatus.PENDING, later.status(NOW));
        assertEquals(ConsentStatus.ACTIVE, later.status(NOW.plus(Duration.ofHours(36))));
        assertEquals(ConsentStatus.EXPIRED, later.status(NOW.plus(Duration.ofDays(2))));
        assertFalse(later.permits(Purpose.HEALTH_FOLLOW_UP, DataCategory.HEALTH, NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void aRefusalIsRejectedAndPermitsNothing() {
        ConsentRecord refused =
                ConsentRecord.record(terms(false, NOW, NOW.plus(Duration.ofDays(1))), null, REGISTRAR, NOW);

        assertEquals(ConsentStatus.REJECTED, refused.status(NOW));
        assertFalse(refused.permits(Purpose.HEALTH_FOLLOW_UP, DataCategory.HEALTH, NOW));
    }

    @Test
    void revocationStopsItAtOnceAndOnlyOnce() {
        ConsentRecord record = active();
        record.revoke("returnee asked", REGISTRAR, NOW.plusSeconds(10));

        assertEquals(ConsentStatus.REVOKED, record.status(NOW.plusSeconds(10)));
        assertFalse(record.permits(Purpose.HEALTH_FOLLOW_UP, DataCategory.HEALTH, NOW.plusSeconds(11)));
        RegistryException again =
                assertThrows(RegistryException.class, () -> record.revoke("again", REGISTRAR, NOW.plusSeconds(20)));
        assertEquals(ErrorCode.CONSENT_STATUS_CONFLICT, again.code());
    }

    @Test
    void aNewRecordSupersedesTheOldForTheSameReturneeAndRecipient() {
        ConsentRecord old = active();
        ConsentRecord replacement = ConsentRecord.record(
                terms(true, NOW, NOW.plus(Duration.ofDays(30))), old, REGISTRAR, NOW.plusSeconds(5));

        assertEquals(ConsentStatus.SUPERSEDED, old.status(NOW.plusSeconds(5)));
        assertEquals(old.consentId(), replacement.supersedes());
        assertEquals(replacement.consentId(), old.supersededBy());
        assertThrows(
                RegistryException.class,
                () -> ConsentRecord.record(
                        terms(true, NOW, NOW.plus(Duration.ofDays(30))), old, REGISTRAR, NOW.plusSeconds(6)));
    }
}
