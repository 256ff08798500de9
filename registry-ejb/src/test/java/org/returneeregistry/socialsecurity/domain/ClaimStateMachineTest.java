package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;

/**
 * Every action from every status, against the table written out here once more by hand: allowed moves reach
 * their status and are recorded; refused ones change nothing and answer ClaimStatusConflict.
 */
class ClaimStateMachineTest {

    private static final Map<ClaimAction, Map<ClaimStatus, ClaimStatus>> ALLOWED = Map.of(
            ClaimAction.SUBMIT, Map.of(ClaimStatus.DRAFT, ClaimStatus.SUBMITTED),
            ClaimAction.REQUEST_PERIODS,
                    Map.of(
                            ClaimStatus.SUBMITTED, ClaimStatus.PERIODS_REQUESTED,
                            ClaimStatus.PERIODS_RECEIVED, ClaimStatus.PERIODS_REQUESTED,
                            ClaimStatus.PERIODS_TIMED_OUT, ClaimStatus.PERIODS_REQUESTED,
                            ClaimStatus.REOPENED, ClaimStatus.PERIODS_REQUESTED),
            ClaimAction.TIME_OUT, Map.of(ClaimStatus.PERIODS_REQUESTED, ClaimStatus.PERIODS_TIMED_OUT),
            ClaimAction.RECEIVE_PERIODS,
                    Map.of(
                            ClaimStatus.PERIODS_REQUESTED, ClaimStatus.PERIODS_RECEIVED,
                            ClaimStatus.PERIODS_TIMED_OUT, ClaimStatus.PERIODS_RECEIVED),
            ClaimAction.START_ASSESSMENT,
                    Map.of(
                            ClaimStatus.SUBMITTED, ClaimStatus.UNDER_ASSESSMENT,
                            ClaimStatus.PERIODS_RECEIVED, ClaimStatus.UNDER_ASSESSMENT,
                            ClaimStatus.PERIODS_TIMED_OUT, ClaimStatus.UNDER_ASSESSMENT,
                            ClaimStatus.REOPENED, ClaimStatus.UNDER_ASSESSMENT),
            ClaimAction.APPROVE, Map.of(ClaimStatus.UNDER_ASSESSMENT, ClaimStatus.APPROVED),
            ClaimAction.REJECT, Map.of(ClaimStatus.UNDER_ASSESSMENT, ClaimStatus.REJECTED),
            ClaimAction.PARTLY_APPROVE, Map.of(ClaimStatus.UNDER_ASSESSMENT, ClaimStatus.PARTLY_APPROVED),
            ClaimAction.WITHDRAW,
                    Map.of(
                            ClaimStatus.DRAFT, ClaimStatus.WITHDRAWN,
                            ClaimStatus.SUBMITTED, ClaimStatus.WITHDRAWN,
                            ClaimStatus.PERIODS_REQUESTED, ClaimStatus.WITHDRAWN,
                            ClaimStatus.PERIODS_TIMED_OUT, ClaimStatus.WITHDRAWN,
                            ClaimStatus.PERIODS_RECEIVED, ClaimStatus.WITHDRAWN,
                            ClaimStatus.UNDER_ASSESSMENT, ClaimStatus.WITHDRAWN,
                            ClaimStatus.REOPENED, ClaimStatus.WITHDRAWN),
            ClaimAction.REOPEN,
                    Map.of(
                            ClaimStatus.APPROVED, ClaimStatus.REOPENED,
                            ClaimStatus.REJECTED, ClaimStatus.REOPENED,
                            ClaimStatus.PARTLY_APPROVED, ClaimStatus.REOPENED));

    private static final Actor OFFICER = new Actor("ssofficer", "NPL-DOFE");
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    static Stream<Arguments> everyActionFromEveryStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (ClaimAction action : ClaimAction.values()) {
            for (ClaimStatus status : ClaimStatus.values()) {
                cases.add(Arguments.of(action, status, ALLOWED.get(action).get(status)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @MethodSource("everyActionFromEveryStatus")
    void theTableDecidesEveryMove(ClaimAction action, ClaimStatus from, ClaimStatus expected) {
        assertEquals(Optional.ofNullable(expected), action.from(from));
    }

    @ParameterizedTest(name = "{0} on a claim {1} -> {2}")
    @MethodSource("everyActionFromEveryStatus")
    void theClaimMovesOnlyAsTheTableAllowsAndRecordsEachMove(
            ClaimAction action, ClaimStatus from, ClaimStatus expected) {
        Claim claim = claimIn(from);
        int recorded = claim.transitions().size();
        String outcome = claim.outcome();
        if (expected == null) {
            RegistryException refused = assertThrows(RegistryException.class, () -> act(claim, action));
            assertEquals(ErrorCode.CLAIM_STATUS_CONFLICT, refused.code());
            assertEquals(from, claim.status());
            assertEquals(recorded, claim.transitions().size());
            assertEquals(outcome, claim.outcome());
        } else {
            act(claim, action);
            assertEquals(expected, claim.status());
            ClaimTransition last = claim.transitions().get(claim.transitions().size() - 1);
            assertEquals(recorded + 1, last.sequence());
            assertEquals(from, last.from());
            assertEquals(expected, last.to());
            assertEquals(action.name(), last.action());
            assertEquals("because", last.reason());
            assertEquals(AT, last.at());
        }
    }

    private static void act(Claim claim, ClaimAction action) {
        if (action.decision()) {
            claim.decide(action, Assessments.entitled(), 1, null, "[]", "because", OFFICER, AT);
        } else {
            claim.apply(action, "because", OFFICER, AT);
        }
    }

    /** A claim brought to the status along allowed moves. */
    static Claim claimIn(ClaimStatus status) {
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
                AT);
        List<ClaimAction> path =
                switch (status) {
                    case DRAFT -> List.of();
                    case SUBMITTED -> List.of(ClaimAction.SUBMIT);
                    case PERIODS_REQUESTED -> List.of(ClaimAction.SUBMIT, ClaimAction.REQUEST_PERIODS);
                    case PERIODS_TIMED_OUT ->
                        List.of(ClaimAction.SUBMIT, ClaimAction.REQUEST_PERIODS, ClaimAction.TIME_OUT);
                    case PERIODS_RECEIVED ->
                        List.of(ClaimAction.SUBMIT, ClaimAction.REQUEST_PERIODS, ClaimAction.RECEIVE_PERIODS);
                    case UNDER_ASSESSMENT -> List.of(ClaimAction.SUBMIT, ClaimAction.START_ASSESSMENT);
                    case APPROVED -> List.of(ClaimAction.SUBMIT, ClaimAction.START_ASSESSMENT, ClaimAction.APPROVE);
                    case REJECTED -> List.of(ClaimAction.SUBMIT, ClaimAction.START_ASSESSMENT, ClaimAction.REJECT);
                    case PARTLY_APPROVED ->
                        List.of(ClaimAction.SUBMIT, ClaimAction.START_ASSESSMENT, ClaimAction.PARTLY_APPROVE);
                    case WITHDRAWN -> List.of(ClaimAction.WITHDRAW);
                    case REOPENED ->
                        List.of(
                                ClaimAction.SUBMIT,
                                ClaimAction.START_ASSESSMENT,
                                ClaimAction.REJECT,
                                ClaimAction.REOPEN);
                };
        for (ClaimAction step : path) {
            act(claim, step);
        }
        assertEquals(status, claim.status());
        return claim;
    }

    /** A minimal engine result to decide on. */
    static final class Assessments {
        static Assessment entitled() {
            return new Assessment(
                    "rules",
                    "NPL",
                    Benefit.OLD_AGE,
                    PeriodUnit.MONTHS,
                    Assessment.Outcome.ENTITLED,
                    java.math.BigDecimal.TEN,
                    java.math.BigDecimal.ONE,
                    java.math.BigDecimal.valueOf(11),
                    true,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of());
        }
    }
}
