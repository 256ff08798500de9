package org.returneeregistry.socialsecurity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimAction;
import org.returneeregistry.socialsecurity.domain.ClaimPartner;
import org.returneeregistry.socialsecurity.domain.ClaimStatus;
import org.returneeregistry.socialsecurity.domain.ClaimTransition;
import org.returneeregistry.socialsecurity.domain.ClaimantKind;

/**
 * A silent partner's request on a clock the test moves: reminded when {@code remindAfter} is reached (again after
 * each reminder), timed out at {@code timeOutAfter} with the reason recorded as the registry's move, and nothing
 * done before a deadline.
 */
class ClaimDeadlinesTest {

    private static final Instant SENT = Instant.parse("2026-11-01T00:00:00Z");
    private static final PeriodRequestTimes TIMES = new PeriodRequestTimes(Duration.ofDays(30), Duration.ofDays(75));
    private static final Actor OFFICER = new Actor("ssofficer", "NPL-DOFE");
    private static final Actor REGISTRY = new Actor("registry", "NPL-DOFE");

    private final List<String> sent = new ArrayList<>();
    private final Function<ClaimPartner, String> sender = p -> {
        String id = "reminder-" + (sent.size() + 1);
        sent.add(id);
        return id;
    };

    private static Claim awaiting() {
        Claim claim = new Claim(
                "RR-0000-0042-7",
                Benefit.OLD_AGE,
                "00000000-0000-4000-8000-000000000001",
                "NPL-DOFE",
                "QAT-GOSI",
                ClaimantKind.RETURNEE,
                null,
                null,
                "opened",
                OFFICER,
                SENT.minusSeconds(60));
        claim.apply(ClaimAction.SUBMIT, null, OFFICER, SENT.minusSeconds(30));
        claim.apply(ClaimAction.REQUEST_PERIODS, null, OFFICER, SENT);
        claim.requestSentAs("request-0", TIMES.nextDeadline(SENT, null));
        return claim;
    }

    private static Instant day(int n) {
        return Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofDays(n))
                .instant();
    }

    @Test
    void theFirstDeadlineIsTheReminderAndTheLastTheTimeOut() {
        assertEquals(day(30), TIMES.nextDeadline(SENT, null));
        assertEquals(day(60), TIMES.nextDeadline(SENT, day(30)));
        assertEquals(day(75), TIMES.nextDeadline(SENT, day(60)), "the time-out comes before a third reminder");
        assertEquals(day(30), awaiting().nextDeadlineAt());
    }

    @Test
    void aSilentPartnerIsRemindedEveryRemindAfterThenTimedOutWithTheReason() {
        Claim claim = awaiting();
        assertEquals(ClaimDeadlines.Step.REMINDED, ClaimDeadlines.act(claim, TIMES, day(30), sender, REGISTRY));
        assertEquals(List.of("reminder-1"), sent);
        assertEquals(1, claim.remindersSent());
        assertEquals("reminder-1", claim.requestMessageId());
        assertEquals(day(60), claim.nextDeadlineAt());
        assertEquals(ClaimStatus.PERIODS_REQUESTED, claim.status());

        assertEquals(ClaimDeadlines.Step.REMINDED, ClaimDeadlines.act(claim, TIMES, day(61), sender, REGISTRY));
        assertEquals(2, claim.remindersSent());
        assertEquals(day(75), claim.nextDeadlineAt());

        int moves = claim.transitions().size();
        assertEquals(ClaimDeadlines.Step.TIMED_OUT, ClaimDeadlines.act(claim, TIMES, day(75), sender, REGISTRY));
        assertEquals(2, sent.size(), "no reminder at the time-out");
        assertEquals(ClaimStatus.PERIODS_TIMED_OUT, claim.status());
        assertNull(claim.nextDeadlineAt(), "a timed-out claim has no deadline left");
        ClaimTransition last = claim.transitions().get(moves);
        assertEquals("TIME_OUT", last.action());
        assertEquals(ClaimStatus.PERIODS_REQUESTED, last.from());
        assertEquals(REGISTRY.display(), last.by());
        assertTrue(last.reason().contains("QAT-GOSI") && last.reason().contains("PT1800H"), last::reason);
        assertTrue(last.reason().contains("2 reminder(s)"), last::reason);
    }

    @Test
    void beforeADeadlineNothingIsSentAndTheDeadlineFollowsTheSection() {
        Claim claim = awaiting();
        PeriodRequestTimes longer = new PeriodRequestTimes(Duration.ofDays(40), Duration.ofDays(90));
        assertEquals(ClaimDeadlines.Step.RESCHEDULED, ClaimDeadlines.act(claim, longer, day(30), sender, REGISTRY));
        assertTrue(sent.isEmpty());
        assertEquals(0, claim.remindersSent());
        assertEquals(day(40), claim.nextDeadlineAt());
    }

    @Test
    void aLateAnswerIsStillTakenInAndEndsTheDeadlines() {
        Claim claim = awaiting();
        ClaimDeadlines.act(claim, TIMES, day(80), sender, REGISTRY);
        assertEquals(ClaimStatus.PERIODS_TIMED_OUT, claim.status());
        claim.answered(claim.partners().get(0), "answer-1", false, List.of(), "late answer", REGISTRY, day(81));
        assertEquals(ClaimStatus.PERIODS_RECEIVED, claim.status());
        RegistryException refused = assertThrows(
                RegistryException.class, () -> ClaimDeadlines.act(claim, TIMES, day(90), sender, REGISTRY));
        assertEquals(ErrorCode.CLAIM_STATUS_CONFLICT, refused.code());
        assertTrue(sent.isEmpty());
    }

    @Test
    void aRequestAskedAgainStartsItsDeadlinesAfresh() {
        Claim claim = awaiting();
        ClaimDeadlines.act(claim, TIMES, day(80), sender, REGISTRY);
        claim.apply(ClaimAction.REQUEST_PERIODS, "asked again", OFFICER, day(82));
        claim.requestSentAs("request-1", TIMES.nextDeadline(day(82), null));
        assertEquals(0, claim.remindersSent());
        assertEquals(day(112), claim.nextDeadlineAt());
        assertEquals(ClaimDeadlines.Step.RESCHEDULED, ClaimDeadlines.act(claim, TIMES, day(100), sender, REGISTRY));
    }

    /** A claim asking a pension fund and an employment-injury insurer of the partner country. */
    private static Claim awaitingTwo() {
        Claim claim = new Claim(
                "RR-0000-0042-7",
                Benefit.OLD_AGE,
                "00000000-0000-4000-8000-000000000001",
                "NPL-DOFE",
                List.of("QAT-GOSI", "QAT-EII"),
                ClaimantKind.RETURNEE,
                null,
                null,
                "opened",
                OFFICER,
                SENT.minusSeconds(60));
        claim.apply(ClaimAction.SUBMIT, null, OFFICER, SENT.minusSeconds(30));
        claim.apply(ClaimAction.REQUEST_PERIODS, null, OFFICER, SENT);
        for (ClaimPartner p : claim.partners()) {
            claim.requestSentAs(p, "request-" + p.institution(), TIMES.nextDeadline(SENT, null));
        }
        return claim;
    }

    @Test
    void eachSilentPartnerIsRemindedOnItsOwnAndTheClaimWaitsForTheLast() {
        Claim claim = awaitingTwo();
        ClaimPartner fund = claim.partner("QAT-GOSI").orElseThrow();
        ClaimPartner insurer = claim.partner("QAT-EII").orElseThrow();
        assertFalse(claim.answered(fund, "answer-fund", false, List.of(), "fund answered", REGISTRY, day(10)));
        assertEquals(ClaimStatus.PERIODS_REQUESTED, claim.status(), "the insurer is still silent");
        assertEquals(List.of(insurer), claim.waitingPartners());

        assertEquals(ClaimDeadlines.Step.REMINDED, ClaimDeadlines.act(claim, TIMES, day(30), sender, REGISTRY));
        assertEquals(List.of("reminder-1"), sent, "only the silent insurer is reminded");
        assertEquals(1, insurer.remindersSent());
        assertEquals(0, fund.remindersSent());
        assertEquals(day(60), claim.nextDeadlineAt());

        ClaimDeadlines.act(claim, TIMES, day(61), sender, REGISTRY);
        assertEquals(ClaimDeadlines.Step.TIMED_OUT, ClaimDeadlines.act(claim, TIMES, day(75), sender, REGISTRY));
        assertEquals(ClaimStatus.PERIODS_RECEIVED, claim.status(), "one answered, the other timed out: received");
        assertEquals(ClaimPartner.Standing.ANSWERED, fund.standing());
        assertEquals(ClaimPartner.Standing.TIMED_OUT, insurer.standing());
        assertNull(claim.nextDeadlineAt());
        ClaimTransition last = claim.transitions().get(claim.transitions().size() - 1);
        assertEquals("RECEIVE_PERIODS", last.action());
        assertTrue(last.reason().contains("QAT-EII"), last::reason);

        // the insurer's late answer is still taken in, without moving the claim again
        int moves = claim.transitions().size();
        assertFalse(claim.answered(insurer, "answer-late", false, List.of(), "late", REGISTRY, day(76)));
        assertEquals(moves, claim.transitions().size());
        assertEquals(ClaimPartner.Standing.ANSWERED, insurer.standing());
    }

    @Test
    void whenEveryPartnerStaysSilentTheClaimTimesOut() {
        Claim claim = awaitingTwo();
        assertEquals(ClaimDeadlines.Step.TIMED_OUT, ClaimDeadlines.act(claim, TIMES, day(80), sender, REGISTRY));
        assertEquals(ClaimStatus.PERIODS_TIMED_OUT, claim.status());
        assertTrue(sent.isEmpty());
        assertEquals(
                1,
                claim.transitions().stream()
                        .filter(t -> t.action().equals("TIME_OUT"))
                        .count());
    }

    @Test
    void theClaimMovesOnWhenTheLastPartnerAnswers() {
        Claim claim = awaitingTwo();
        ClaimPartner fund = claim.partner("QAT-GOSI").orElseThrow();
        ClaimPartner insurer = claim.partner("QAT-EII").orElseThrow();
        assertFalse(claim.answered(insurer, "a-1", true, List.of(), "insurer refused", REGISTRY, day(3)));
        assertTrue(claim.answered(fund, "a-2", false, List.of(), "fund answered", REGISTRY, day(4)));
        assertEquals(ClaimStatus.PERIODS_RECEIVED, claim.status());
        assertEquals(ClaimPartner.Standing.REFUSED, insurer.standing());
        RegistryException again = assertThrows(
                RegistryException.class,
                () -> claim.answered(fund, "a-3", false, List.of(), "again", REGISTRY, day(5)));
        assertEquals(ErrorCode.CLAIM_NOT_AWAITING_ANSWER, again.code());
    }
}
