package org.returneeregistry.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.agreement.domain.ScopeDecision.Outcome;
import org.returneeregistry.agreement.domain.SignerStanding;
import org.returneeregistry.shared.domain.ErrorCode;

class InboundDecisionTest {

    /** Every fact in order, all good: accepted. */
    private static final InboundFacts GOOD = new InboundFacts(
            SignatureCheck.VALID, true, true, Outcome.IN_SCOPE, SignerStanding.VALID, true, Replay.NEW);

    static Stream<Arguments> oneBadFact() {
        return Stream.of(
                Arguments.of(with(SignatureCheck.MISSING), ErrorCode.SIGNATURE_MISSING),
                Arguments.of(with(SignatureCheck.INVALID), ErrorCode.SIGNATURE_INVALID),
                Arguments.of(with(SignatureCheck.BODY_ALTERED), ErrorCode.BODY_ALTERED),
                Arguments.of(with(SignatureCheck.BODY_NOT_SIGNED), ErrorCode.BODY_NOT_SIGNED),
                Arguments.of(with(SignatureCheck.TIMESTAMP_MISSING), ErrorCode.TIMESTAMP_MISSING),
                Arguments.of(with(SignatureCheck.TIMESTAMP_NOT_SIGNED), ErrorCode.TIMESTAMP_NOT_SIGNED),
                Arguments.of(
                        new InboundFacts(
                                SignatureCheck.VALID,
                                false,
                                true,
                                Outcome.IN_SCOPE,
                                SignerStanding.VALID,
                                true,
                                Replay.NEW),
                        ErrorCode.WRONG_RECIPIENT),
                Arguments.of(
                        new InboundFacts(
                                SignatureCheck.VALID,
                                true,
                                false,
                                Outcome.IN_SCOPE,
                                SignerStanding.VALID,
                                true,
                                Replay.NEW),
                        ErrorCode.SENDER_NOT_CALLER),
                Arguments.of(with(Outcome.NO_AGREEMENT), ErrorCode.NO_AGREEMENT),
                Arguments.of(with(Outcome.NOT_IN_FORCE), ErrorCode.AGREEMENT_NOT_IN_FORCE),
                Arguments.of(with(Outcome.SUSPENDED), ErrorCode.AGREEMENT_SUSPENDED),
                Arguments.of(with(Outcome.TERMINATED), ErrorCode.AGREEMENT_TERMINATED),
                Arguments.of(with(Outcome.OUTSIDE_VALIDITY), ErrorCode.AGREEMENT_OUTSIDE_VALIDITY),
                Arguments.of(with(Outcome.OUT_OF_SCOPE), ErrorCode.OUT_OF_SCOPE),
                Arguments.of(with(SignerStanding.NOT_PARTY), ErrorCode.UNKNOWN_SENDER),
                Arguments.of(with(SignerStanding.NOT_REGISTERED), ErrorCode.CERTIFICATE_NOT_REGISTERED),
                Arguments.of(with(SignerStanding.REVOKED), ErrorCode.CERTIFICATE_REVOKED),
                Arguments.of(with(SignerStanding.EXPIRED), ErrorCode.CERTIFICATE_EXPIRED),
                Arguments.of(with(SignerStanding.NOT_YET_VALID), ErrorCode.CERTIFICATE_NOT_YET_VALID),
                Arguments.of(
                        new InboundFacts(
                                SignatureCheck.VALID,
                                true,
                                true,
                                Outcome.IN_SCOPE,
                                SignerStanding.VALID,
                                false,
                                Replay.NEW),
                        ErrorCode.TIMESTAMP_OUT_OF_RANGE),
                Arguments.of(with(Replay.OTHER_CONTENT), ErrorCode.MESSAGE_REPLAYED));
    }

    @ParameterizedTest
    @MethodSource("oneBadFact")
    void aMessageWithOneBadFactIsRefusedForIt(InboundFacts facts, ErrorCode expected) {
        InboundDecision decision = InboundDecision.decide(facts);

        assertFalse(decision.accepted());
        assertEquals(expected, decision.refusal());
        assertEquals(expected.code(), decision.reason());
    }

    @Test
    void aMessageWithEveryFactGoodIsAccepted() {
        InboundDecision decision = InboundDecision.decide(GOOD);

        assertTrue(decision.accepted());
        assertNull(decision.refusal());
        assertFalse(decision.duplicate());
        assertEquals("ACCEPTED", decision.reason());
    }

    @Test
    void aResendOfTheSameMessageIsAcceptedAsADuplicate() {
        InboundDecision decision = InboundDecision.decide(with(Replay.SAME_CONTENT));

        assertTrue(decision.accepted());
        assertTrue(decision.duplicate());
        assertEquals("ALREADY_RECEIVED", decision.reason());
    }

    /**
     * The order: the message's integrity before anything it claims, the agreement before the certificate, the replay
     * store before the clock.
     */
    @Test
    void theFirstFailingCheckDecides() {
        assertEquals(
                ErrorCode.SIGNATURE_MISSING,
                InboundDecision.decide(new InboundFacts(
                                SignatureCheck.MISSING,
                                false,
                                false,
                                Outcome.NO_AGREEMENT,
                                SignerStanding.NOT_PARTY,
                                false,
                                Replay.OTHER_CONTENT))
                        .refusal());
        assertEquals(
                ErrorCode.AGREEMENT_SUSPENDED,
                InboundDecision.decide(new InboundFacts(
                                SignatureCheck.VALID,
                                true,
                                true,
                                Outcome.SUSPENDED,
                                SignerStanding.REVOKED,
                                false,
                                Replay.NEW))
                        .refusal());
        assertEquals(
                ErrorCode.CERTIFICATE_REVOKED,
                InboundDecision.decide(new InboundFacts(
                                SignatureCheck.VALID,
                                true,
                                true,
                                Outcome.OUT_OF_SCOPE,
                                SignerStanding.REVOKED,
                                false,
                                Replay.NEW))
                        .refusal());
        assertEquals(
                ErrorCode.MESSAGE_REPLAYED,
                InboundDecision.decide(new InboundFacts(
                                SignatureCheck.VALID,
                                true,
                                true,
                                Outcome.IN_SCOPE,
                                SignerStanding.VALID,
                                false,
                                Replay.OTHER_CONTENT))
                        .refusal());
    }

    /** A resend of a message taken in before is answered again however late it comes: replay before the clock. */
    @Test
    void aLateResendOfAMessageTakenInIsAcceptedAsADuplicate() {
        InboundDecision decision = InboundDecision.decide(new InboundFacts(
                SignatureCheck.VALID, true, true, Outcome.IN_SCOPE, SignerStanding.VALID, false, Replay.SAME_CONTENT));

        assertTrue(decision.accepted());
        assertTrue(decision.duplicate());
        assertEquals("ALREADY_RECEIVED", decision.reason());
    }

    /** Being a resend excuses only the clock: a resend that fails any earlier check is refused for it. */
    @Test
    void aResendStillPassesEveryCheckBeforeTheClock() {
        assertEquals(
                ErrorCode.AGREEMENT_SUSPENDED,
                InboundDecision.decide(new InboundFacts(
                                SignatureCheck.VALID,
                                true,
                                true,
                                Outcome.SUSPENDED,
                                SignerStanding.VALID,
                                false,
                                Replay.SAME_CONTENT))
                        .refusal());
        assertEquals(
                ErrorCode.CERTIFICATE_REVOKED,
                InboundDecision.decide(new InboundFacts(
                                SignatureCheck.VALID,
                                true,
                                true,
                                Outcome.IN_SCOPE,
                                SignerStanding.REVOKED,
                                true,
                                Replay.SAME_CONTENT))
                        .refusal());
        assertEquals(
                ErrorCode.SIGNATURE_INVALID,
                InboundDecision.decide(new InboundFacts(
                                SignatureCheck.INVALID,
                                true,
                                true,
                                Outcome.IN_SCOPE,
                                SignerStanding.VALID,
                                true,
                                Replay.SAME_CONTENT))
                        .refusal());
    }

    private static InboundFacts with(SignatureCheck check) {
        return new InboundFacts(check, true, true, Outcome.IN_SCOPE, SignerStanding.VALID, true, Replay.NEW);
    }

    private static InboundFacts with(Outcome outcome) {
        return new InboundFacts(SignatureCheck.VALID, true, true, outcome, SignerStanding.VALID, true, Replay.NEW);
    }

    private static InboundFacts with(SignerStanding signer) {
        return new InboundFacts(SignatureCheck.VALID, true, true, Outcome.IN_SCOPE, signer, true, Replay.NEW);
    }

    private static InboundFacts with(Replay replay) {
        return new InboundFacts(SignatureCheck.VALID, true, true, Outcome.IN_SCOPE, SignerStanding.VALID, true, replay);
    }
}
