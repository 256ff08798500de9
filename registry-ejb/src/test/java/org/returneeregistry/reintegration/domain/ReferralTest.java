package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;

class ReferralTest {

    private static final String RR = "RR-0000-0042-7";
    private static final Actor REGISTRAR = new Actor("registrar-1", "NPL-DOFE");
    private static final Actor MINISTRY = new Actor("npl-mohp", "NPL-MOHP");
    private static final Actor MISSION = new Actor("officer-7", "NPL-EMB-DOH");
    private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");
    private static final Instant LATER = AT.plusSeconds(3_600);
    private static final Instant LATER_STILL = LATER.plusSeconds(3_600);

    private final Referral health =
            Referral.byRegistrar(RR, SupportService.HEALTH, "NPL-MOHP", "Back injury needs follow-up", REGISTRAR, AT);

    @Test
    void aRegistrarsReferralIsSentToTheRecipientWithThePurposeOfItsService() {
        assertEquals(ReferralStatus.SENT, health.status());
        assertEquals("NPL-MOHP", health.recipient());
        assertEquals(Purpose.HEALTH_FOLLOW_UP, health.purpose());
        assertEquals(ReferralSource.ASSESSMENT, health.source());
        assertNull(health.sourceNotification());
        assertEquals("Back injury needs follow-up", health.reason());
        assertEquals(AT, health.createdAt());
        assertEquals(36, health.referralId().value().length());
        assertNotEquals(
                health.referralId(),
                Referral.byRegistrar(RR, SupportService.HEALTH, "NPL-MOHP", "x", REGISTRAR, AT)
                        .referralId(),
                "each referral has its own id");
    }

    @Test
    void creationIsTheFirstHistoryEntryWithItsActor() {
        ReferralEvent first = health.events().get(0);

        assertEquals(1, health.events().size());
        assertEquals(1, first.sequence());
        assertEquals(ReferralStatus.SENT, first.status());
        assertEquals("registrar-1@NPL-DOFE", first.actor().display());
        assertEquals("NPL-DOFE", first.actor().organisation());
        assertEquals(AT, first.at());
    }

    @Test
    void acceptThenCompleteRecordsOutcomeNoteAndEachStep() {
        health.accept(MINISTRY, LATER);
        health.complete(ReferralOutcome.SERVICE_PROVIDED, "Seen at the district hospital", MINISTRY, LATER_STILL);

        assertEquals(ReferralStatus.COMPLETED, health.status());
        assertEquals(ReferralOutcome.SERVICE_PROVIDED, health.outcome());
        assertEquals("Seen at the district hospital", health.outcomeNote());
        assertEquals(LATER_STILL, health.updatedAt());
        assertEquals(
                List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED),
                health.events().stream().map(ReferralEvent::status).toList());
        assertEquals(
                List.of(1, 2, 3),
                health.events().stream().map(ReferralEvent::sequence).toList());
        assertEquals("npl-mohp@NPL-MOHP", health.events().get(2).actor().display());
    }

    @Test
    void declineKeepsTheReason() {
        health.decline("No capacity in the district", MINISTRY, LATER);

        assertEquals(ReferralStatus.DECLINED, health.status());
        assertEquals("No capacity in the district", health.declineReason());
        assertEquals("No capacity in the district", health.events().get(1).note());
    }

    @Test
    void aDeclinedReferralCannotBeAcceptedDeclinedOrCompleted() {
        health.decline("No capacity", MINISTRY, LATER);

        assertConflict(() -> health.accept(MINISTRY, LATER_STILL));
        assertConflict(() -> health.decline("Again", MINISTRY, LATER_STILL));
        assertConflict(() -> health.complete(ReferralOutcome.OTHER, "x", MINISTRY, LATER_STILL));
        assertEquals(ReferralStatus.DECLINED, health.status());
        assertEquals(2, health.events().size(), "a refused step leaves no history");
    }

    @Test
    void onlyAnAcceptedReferralCanBeCompletedAndOnlyOnce() {
        assertConflict(() -> health.complete(ReferralOutcome.SERVICE_PROVIDED, null, MINISTRY, LATER));

        health.accept(MINISTRY, LATER);
        assertConflict(() -> health.accept(MINISTRY, LATER));
        assertConflict(() -> health.decline("Too late", MINISTRY, LATER));
        health.complete(ReferralOutcome.NOT_REACHABLE, null, MINISTRY, LATER_STILL);
        assertConflict(() -> health.complete(ReferralOutcome.SERVICE_PROVIDED, null, MINISTRY, LATER_STILL));
        assertEquals(ReferralOutcome.NOT_REACHABLE, health.outcome());
    }

    @Test
    void aSentReferralCannotBeRoutedAgain() {
        assertConflict(() -> health.route("NPL-MOWCSC", REGISTRAR, LATER));
        assertEquals("NPL-MOHP", health.recipient());
    }

    @Test
    void anUrgentNeedWithoutRouteWaitsUnroutedUntilARegistrarRoutesIt() {
        Referral shelter = Referral.forUrgentNeed(
                RR, SupportService.SHELTER, null, "NPL-EMB-DOH", "NPL-EMB-DOH/DOH-2026-0001", MISSION, AT);

        assertEquals(ReferralStatus.UNROUTED, shelter.status());
        assertNull(shelter.recipient());
        assertFalse(shelter.addressedTo(null));
        assertConflict(() -> shelter.accept(MINISTRY, LATER));

        shelter.route("NPL-MOWCSC", REGISTRAR, LATER);

        assertEquals(ReferralStatus.SENT, shelter.status());
        assertTrue(shelter.addressedTo("NPL-MOWCSC"));
        assertEquals(
                List.of(ReferralStatus.UNROUTED, ReferralStatus.SENT),
                shelter.events().stream().map(ReferralEvent::status).toList());
        assertEquals("registrar-1@NPL-DOFE", shelter.events().get(1).actor().display());
    }

    @Test
    void anUrgentNeedReferralNamesTheMissionAndNotification() {
        Referral referral = Referral.forUrgentNeed(
                RR, SupportService.HEALTH, "NPL-MOHP", "NPL-EMB-DOH", "NPL-EMB-DOH/DOH-2026-0001", MISSION, AT);

        assertEquals(ReferralStatus.SENT, referral.status());
        assertEquals(ReferralSource.NOTIFICATION, referral.source());
        assertEquals("NPL-EMB-DOH/DOH-2026-0001", referral.sourceNotification());
        assertEquals("Urgent need reported by mission NPL-EMB-DOH", referral.reason());
        assertEquals("officer-7@NPL-EMB-DOH", referral.events().get(0).actor().display());
    }

    @Test
    void onlyTheRecipientIsAddressed() {
        assertTrue(health.addressedTo("NPL-MOHP"));
        assertFalse(health.addressedTo("NPL-MOWCSC"));
    }

    @Test
    void anIdempotencyKeyIsRememberedWithTheRequestHashOnce() {
        health.createdUnder("NPL-DOFE", "key-1", "a".repeat(64));

        assertTrue(health.createdBy("a".repeat(64)));
        assertFalse(health.createdBy("b".repeat(64)));
        assertThrows(IllegalStateException.class, () -> health.createdUnder("NPL-DOFE", "key-2", "c".repeat(64)));
    }

    private static void assertConflict(org.junit.jupiter.api.function.Executable step) {
        RegistryException refused = assertThrows(RegistryException.class, step);
        assertEquals(ErrorCode.REFERRAL_STATUS_CONFLICT, refused.code());
        assertEquals(ErrorCode.Kind.CONFLICT, refused.code().kind());
    }
}
