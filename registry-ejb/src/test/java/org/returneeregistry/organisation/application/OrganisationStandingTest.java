package org.returneeregistry.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.returneeregistry.organisation.domain.OrganisationStatus;

/** An organisation's status is kept for a moment, and forgotten when this server changes it. */
class OrganisationStandingTest {

    private static final String MISSION = "NPL-EMB-DOH";

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Map<String, OrganisationStatus> database = new HashMap<>(Map.of(MISSION, OrganisationStatus.ACTIVE));
    private final AtomicInteger reads = new AtomicInteger();
    private final OrganisationStanding standing = new OrganisationStanding(Duration.ofSeconds(1), nanos::get);

    private Optional<OrganisationStatus> read(String code) {
        reads.incrementAndGet();
        return Optional.ofNullable(database.get(code));
    }

    @Test
    void aFreshAnswerIsKeptAndAnExpiredOneReadAgain() {
        assertEquals(Optional.of(OrganisationStatus.ACTIVE), standing.status(MISSION, this::read));
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertEquals(Optional.of(OrganisationStatus.ACTIVE), standing.status(MISSION, this::read));
        assertEquals(1, reads.get());

        database.put(MISSION, OrganisationStatus.SUSPENDED);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(Optional.of(OrganisationStatus.SUSPENDED), standing.status(MISSION, this::read));
        assertEquals(2, reads.get());
    }

    @Test
    void aChangeOnThisServerTakesEffectAtOnce() {
        standing.status(MISSION, this::read);
        database.put(MISSION, OrganisationStatus.SUSPENDED);
        standing.forget(MISSION);
        assertEquals(Optional.of(OrganisationStatus.SUSPENDED), standing.status(MISSION, this::read));
    }

    @Test
    void anUnknownOrganisationRegisteredHereIsKnownAtOnce() {
        assertEquals(Optional.empty(), standing.status("NPL-MOHP", this::read));
        database.put("NPL-MOHP", OrganisationStatus.ACTIVE);
        standing.forget("NPL-MOHP");
        assertEquals(Optional.of(OrganisationStatus.ACTIVE), standing.status("NPL-MOHP", this::read));
    }

    @Test
    void anAnswerReadWhileAChangeEndedIsNotKept() {
        // the read saw the status before the suspension committed; the suspension ended during the read
        Optional<OrganisationStatus> stale = standing.status(MISSION, code -> {
            Optional<OrganisationStatus> before = read(code);
            database.put(MISSION, OrganisationStatus.SUSPENDED);
            standing.forget(MISSION);
            return before;
        });
        assertEquals(Optional.of(OrganisationStatus.ACTIVE), stale);
        assertEquals(Optional.of(OrganisationStatus.SUSPENDED), standing.status(MISSION, this::read));
        assertEquals(2, reads.get());
    }

    @Test
    void aZeroTimeToLiveReadsTheRecordOnEveryCall() {
        OrganisationStanding uncached = new OrganisationStanding(Duration.ZERO, nanos::get);
        uncached.status(MISSION, this::read);
        uncached.status(MISSION, this::read);
        assertEquals(2, reads.get());
        assertEquals(0, uncached.size());
    }

    @Test
    void aNegativeTimeToLiveIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new OrganisationStanding(Duration.ofSeconds(-1), nanos::get));
    }
}
