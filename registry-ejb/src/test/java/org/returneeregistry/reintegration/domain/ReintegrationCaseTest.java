package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/** The case's state machine as a table: each verb on an open and on a closed case. */
class ReintegrationCaseTest {

    private static final Instant OPENED = Instant.parse("2026-12-06T09:00:00Z");
    private static final Instant LATER = OPENED.plusSeconds(3600);
    private static final Actor WORKER = new Actor("sita", "sita", "NPL-MRC-KTM", "npl-mrc-ktm");
    private static final ReintegrationCase.Profile PROFILE = new ReintegrationCase.Profile(
            "2", LocalDate.parse("1990-04-01"), "Kathmandu", "QAT", "END_OF_CONTRACT", LocalDate.parse("2026-12-01"));

    static ReintegrationCase opened(String centre) {
        return ReintegrationCase.open(
                "RR-0000-0042-7",
                CaseTrigger.NOTIFICATION,
                "NPL-EMB-DOH/N-1",
                centre,
                PROFILE,
                FollowUpSchedule.MONTHLY_FOR_SIX_MONTHS,
                null,
                WORKER,
                OPENED,
                "Return notification");
    }

    static ReintegrationCase closed() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        c.close(CaseOutcome.NO_SUPPORT_NEEDED, null, WORKER, LATER);
        return c;
    }

    static Stream<Arguments> verbs() {
        return Stream.of(
                verb("assign", c -> c.assign(null, "sita", WORKER, LATER, null)),
                verb("transfer", c -> c.transfer("NPL-MRC-PKR", null, WORKER, LATER, "moved to Pokhara")),
                verb("add a goal", c -> c.addGoal(Dimension.ECONOMIC, Level.INDIVIDUAL, "A job", WORKER, LATER)),
                verb("note", c -> c.note("Called the family", WORKER, LATER)),
                verb("link a referral", c -> c.linkReferral("0b6f1d2e-3c4a-4b5c-8d9e-0f1a2b3c4d5e", WORKER, LATER)),
                verb(
                        "follow up",
                        c -> c.followUp(LocalDate.parse("2026-12-07"), ContactOutcome.REACHED, null, WORKER, LATER)),
                verb("close", c -> c.close(CaseOutcome.GOALS_MET, "done", WORKER, LATER)));
    }

    private static Arguments verb(String name, Consumer<ReintegrationCase> verb) {
        return Arguments.of(name, verb);
    }

    @ParameterizedTest(name = "an open case can {0}")
    @MethodSource("verbs")
    void anOpenCaseChangesAndKeepsWhoWhenWhy(String name, Consumer<ReintegrationCase> verb) {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        verb.accept(c);
        assertEquals(2, c.events().size());
        assertEquals(LATER, c.events().get(1).at());
        assertEquals("sita@NPL-MRC-KTM", c.events().get(1).actor().display());
        assertEquals(LATER, c.updatedAt());
    }

    @ParameterizedTest(name = "a closed case cannot {0}")
    @MethodSource("verbs")
    void aClosedCaseChangesNoMore(String name, Consumer<ReintegrationCase> verb) {
        ReintegrationCase c = closed();
        RegistryException refused = assertThrows(RegistryException.class, () -> verb.accept(c));
        assertEquals(ErrorCode.CASE_STATUS_CONFLICT, refused.code());
        assertEquals(2, c.events().size());
    }

    @Test
    void opensWithItsScheduleAndProfileAndHeldByTheCentre() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        assertEquals(CaseStatus.OPEN, c.status());
        assertEquals(LocalDate.parse("2026-12-06"), c.openedOn());
        assertEquals(6, c.followUps().size());
        assertEquals(LocalDate.parse("2027-01-06"), c.followUps().get(0).dueOn());
        assertEquals(PROFILE, c.profile());
        assertTrue(c.heldBy("NPL-MRC-KTM"));
        assertFalse(c.heldBy("NPL-MRC-PKR"));
        assertEquals(CaseEventType.OPENED, c.events().get(0).type());
    }

    @Test
    void theScheduleMayCountFromTheReturnAndItsPastDueDatesAreOverdueAtOnce() {
        ReintegrationCase c = ReintegrationCase.open(
                "RR-0000-0042-7",
                CaseTrigger.NOTIFICATION,
                "NPL-EMB-DOH/N-1",
                "NPL-MRC-KTM",
                PROFILE,
                FollowUpSchedule.MONTHLY_FOR_SIX_MONTHS,
                LocalDate.parse("2026-10-20"),
                WORKER,
                OPENED,
                "Return notification");
        assertEquals(LocalDate.parse("2026-11-20"), c.followUps().get(0).dueOn());
        assertTrue(c.followUps().get(0).overdueOn(c.openedOn()));
        assertFalse(c.followUps().get(1).overdueOn(c.openedOn()));
        RegistryException early = assertThrows(
                RegistryException.class,
                () -> c.followUp(LocalDate.parse("2026-11-20"), ContactOutcome.REACHED, null, WORKER, LATER));
        assertEquals(ErrorCode.FOLLOW_UP_BEFORE_CASE_OPENED, early.code());
    }

    @Test
    void closingWithOpenActionsNeedsAReasonAndCancelsThem() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        c.addGoal(Dimension.ECONOMIC, Level.INDIVIDUAL, "A job", WORKER, LATER);
        c.addAction(1, "Skills test", "NPL-CTEVT", LocalDate.parse("2027-01-15"), WORKER, LATER);
        for (String reason : new String[] {null, " "}) {
            RegistryException refused = assertThrows(
                    RegistryException.class, () -> c.close(CaseOutcome.GOALS_PARTLY_MET, reason, WORKER, LATER));
            assertEquals(ErrorCode.CASE_HAS_OPEN_ACTIONS, refused.code());
        }
        assertEquals(CaseStatus.OPEN, c.status());
        assertEquals(1, c.openActions());
        c.close(CaseOutcome.REMIGRATED, "Left for Malaysia", WORKER, LATER);
        assertEquals(CaseStatus.CLOSED, c.status());
        assertEquals(ActionStatus.CANCELLED, c.actions().get(0).status());
        assertEquals(0, c.openActions());
        assertEquals("Left for Malaysia", c.closeReason());
    }

    @Test
    void closingWithEveryActionEndedNeedsNoReason() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        c.addGoal(Dimension.SOCIAL, Level.COMMUNITY, "Support group", WORKER, LATER);
        c.addAction(1, "Join", "NPL-MRC-KTM", LocalDate.parse("2027-01-15"), WORKER, LATER);
        c.endAction(1, ActionStatus.DONE, null, WORKER, LATER);
        c.close(CaseOutcome.GOALS_MET, null, WORKER, LATER);
        assertEquals(CaseOutcome.GOALS_MET, c.outcome());
        assertNull(c.closeReason());
    }

    @Test
    void anActionNeedsAGoalOfThePlanAndEndsOnce() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        assertTrue(c.addAction(1, "x", "NPL-CTEVT", LocalDate.parse("2027-01-15"), WORKER, LATER)
                .isEmpty());
        c.addGoal(Dimension.ECONOMIC, Level.INDIVIDUAL, "A job", WORKER, LATER);
        assertTrue(c.addAction(2, "x", "NPL-CTEVT", LocalDate.parse("2027-01-15"), WORKER, LATER)
                .isEmpty());
        assertTrue(c.addAction(1, "x", "NPL-CTEVT", LocalDate.parse("2027-01-15"), WORKER, LATER)
                .isPresent());
        assertTrue(c.endAction(2, ActionStatus.DONE, null, WORKER, LATER).isEmpty());
        c.endAction(1, ActionStatus.DONE, null, WORKER, LATER);
        RegistryException twice = assertThrows(
                RegistryException.class, () -> c.endAction(1, ActionStatus.CANCELLED, null, WORKER, LATER));
        assertEquals(ErrorCode.CASE_STATUS_CONFLICT, twice.code());
    }

    @Test
    void aFollowUpBeforeTheCaseOpenedIsRefusedAndNothingChanges() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        RegistryException refused = assertThrows(
                RegistryException.class,
                () -> c.followUp(LocalDate.parse("2026-12-05"), ContactOutcome.REACHED, null, WORKER, LATER));
        assertEquals(ErrorCode.FOLLOW_UP_BEFORE_CASE_OPENED, refused.code());
        assertTrue(c.followUps().stream().noneMatch(FollowUp::made));
        assertEquals(1, c.events().size());
    }

    @Test
    void followUpsFillTheScheduleInOrderThenGoBeyondIt() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        LocalDate day = LocalDate.parse("2026-12-06");
        for (int i = 0; i < 6; i++) {
            FollowUp f = c.followUp(day.plusDays(i), ContactOutcome.NOT_REACHED, null, WORKER, LATER);
            assertEquals(i + 1, f.number());
        }
        FollowUp extra = c.followUp(day.plusDays(7), ContactOutcome.MOVED, "Moved to Pokhara", WORKER, LATER);
        assertEquals(7, extra.number());
        assertNull(extra.dueOn());
        assertEquals(7, c.followUps().size());
    }

    @Test
    void overdueIsDueBeforeTodayAndNotMade() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        FollowUp first = c.followUps().get(0);
        assertFalse(first.overdueOn(LocalDate.parse("2027-01-06")));
        assertTrue(first.overdueOn(LocalDate.parse("2027-01-07")));
        c.followUp(LocalDate.parse("2027-01-08"), ContactOutcome.REACHED, null, WORKER, LATER);
        assertFalse(c.followUps().get(0).overdueOn(LocalDate.parse("2027-01-09")));
        assertFalse(c.followUps().get(1).overdueOn(LocalDate.parse("2027-01-09")));
    }

    @Test
    void assignmentStaysWithinTheCentreAndTransferMovesIt() {
        ReintegrationCase unplaced = opened(null);
        RegistryException noCentre =
                assertThrows(RegistryException.class, () -> unplaced.assign(null, "sita", WORKER, LATER, null));
        assertEquals(ErrorCode.CASE_STATUS_CONFLICT, noCentre.code());
        unplaced.assign("NPL-MRC-KTM", "sita", WORKER, LATER, null);
        assertTrue(unplaced.workedBy("NPL-MRC-KTM", "sita"));
        RegistryException elsewhere =
                assertThrows(RegistryException.class, () -> unplaced.assign("NPL-MRC-PKR", "ram", WORKER, LATER, null));
        assertEquals(ErrorCode.CASE_STATUS_CONFLICT, elsewhere.code());
        unplaced.transfer("NPL-MRC-PKR", null, WORKER, LATER, "moved");
        assertEquals("NPL-MRC-PKR", unplaced.centre());
        assertNull(unplaced.worker());
        assertFalse(unplaced.workedBy("NPL-MRC-KTM", "sita"));
        RegistryException same = assertThrows(
                RegistryException.class, () -> unplaced.transfer("NPL-MRC-PKR", null, WORKER, LATER, "again"));
        assertEquals(ErrorCode.CASE_STATUS_CONFLICT, same.code());
    }

    @Test
    void aClosedCaseHasNoCaseWorker() {
        ReintegrationCase c = opened("NPL-MRC-KTM");
        c.assign(null, "sita", WORKER, LATER, null);
        assertTrue(c.workedBy("NPL-MRC-KTM", "sita"));
        c.close(CaseOutcome.GOALS_MET, null, WORKER, LATER);
        assertFalse(c.workedBy("NPL-MRC-KTM", "sita"));
    }

    @Test
    void aLaterAssessmentIsMeasuredAgainstTheFirst() {
        Questionnaire q = QuestionnaireTest.catalogue().find("SOCIAL", 1).orElseThrow();
        ReintegrationCase c = opened("NPL-MRC-KTM");
        Questionnaire.Evaluation poor = q.evaluate(QuestionnaireTest.social("NO_HOUSING", false));
        Questionnaire.Evaluation better = q.evaluate(QuestionnaireTest.social("RENTED", true));
        c.assess(q, poor, LocalDate.parse("2026-12-06"), WORKER, LATER);
        c.assess(q, better, LocalDate.parse("2027-01-06"), WORKER, LATER);
        assertEquals(1, c.baseline("SOCIAL").orElseThrow().number());
        assertTrue(c.assessments().get(1).score() > c.assessments().get(0).score());
        assertEquals(
                List.of(CaseEventType.OPENED, CaseEventType.ASSESSED, CaseEventType.ASSESSED),
                c.events().stream().map(CaseEvent::type).toList());
    }

    @Test
    void anAssessmentIsFoundByTheKeyItsOrganisationRecordedItUnder() {
        Questionnaire q = QuestionnaireTest.catalogue().find("SOCIAL", 1).orElseThrow();
        ReintegrationCase c = opened("NPL-MRC-KTM");
        Assessment a = c.assess(
                q, q.evaluate(QuestionnaireTest.social("RENTED", true)), LocalDate.parse("2026-12-06"), WORKER, LATER);
        a.recordedUnder("NPL-MRC-KTM", "key-1", "h1");
        assertEquals(a, c.assessmentUnder("NPL-MRC-KTM", "key-1").orElseThrow());
        assertTrue(c.assessmentUnder("NPL-MRC-PKR", "key-1").isEmpty(), "keys are kept per organisation");
        assertTrue(c.assessmentUnder("NPL-MRC-KTM", "key-2").isEmpty());
        assertTrue(a.recordedFrom("h1"));
        assertFalse(a.recordedFrom("h2"));
        assertThrows(IllegalStateException.class, () -> a.recordedUnder("NPL-MRC-KTM", "key-3", "h3"));
    }
}
