package org.returneeregistry.socialsecurity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.socialsecurity.domain.Benefit;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimantKind;

/** A statement due for a completed claim is issued once per completion, under a key the claim and the time make. */
class ClaimStatementsTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    private static Claim claim() {
        return new Claim(
                "RR-0000-0042-7",
                Benefit.OLD_AGE,
                "00000000-0000-4000-8000-000000000001",
                "NPL-DOFE",
                "QAT-GOSI",
                ClaimantKind.RETURNEE,
                null,
                null,
                "opened",
                new Actor("ssofficer", "NPL-DOFE"),
                AT);
    }

    @Test
    void oneKeyPerClaimAndCompletionThatFitsTheKeyColumn() {
        Claim claim = claim();
        claim.statementDue(AT);
        String first = ClaimStatements.key(claim);
        assertTrue(ClaimService.IDEMPOTENCY_KEY.matcher(first).matches(), first);
        assertEquals("claim:" + claim.claimId() + ":" + AT.toEpochMilli(), first);
        assertEquals(first, ClaimStatements.key(claim), "the same completion, the same key");
        claim.statementIssued("00000000-0000-4000-8000-0000000000aa");
        assertNull(claim.statementDueAt());
        assertEquals("00000000-0000-4000-8000-0000000000aa", claim.statementId());
        claim.statementDue(AT.plusSeconds(60));
        assertNotEquals(first, ClaimStatements.key(claim), "a later completion is a new statement");
    }

    @Test
    void nothingIsDueWhenTheReturneeHasNoCertifiedPeriodAfterAll() {
        Claim claim = claim();
        claim.statementDue(AT);
        claim.statementNotDue();
        assertNull(claim.statementDueAt());
        assertNull(claim.statementId());
    }
}
