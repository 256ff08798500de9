package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.RegistryException;

class GrievanceAccessTest {

    @ParameterizedTest(name = "operator={0} caller={1} received at {2} category {3}: {4}")
    @CsvSource({
        "true, NPL-DOFE, NPL-MRC-KTM, SERVICE_QUALITY, true",
        "true, NPL-DOFE, NPL-MRC-KTM, STAFF_CONDUCT, true",
        "true, NPL-DOFE, NPL-MRC-KTM, DISCRIMINATION, true",
        "false, NPL-MRC-KTM, NPL-MRC-KTM, SERVICE_QUALITY, true",
        "false, NPL-MRC-KTM, NPL-MRC-KTM, DELAY, true",
        "false, NPL-MRC-KTM, NPL-MRC-KTM, STAFF_CONDUCT, false",
        "false, NPL-MRC-KTM, NPL-MRC-KTM, DISCRIMINATION, false",
        "false, NPL-MRC-PKR, NPL-MRC-KTM, SERVICE_QUALITY, false",
        "false, NPL-MOLESS, NPL-MRC-KTM, OTHER, false",
    })
    void whoSeesWhichGrievance(boolean operator, String caller, String receivedAt, String category, boolean sees) {
        assertEquals(sees, GrievanceAccess.maySee(operator, caller, receivedAt, category));
    }

    @Test
    void aCallerWithoutOrganisationSeesNothingButTheOperatorsRegistrarsEverything() {
        assertFalse(GrievanceAccess.maySee(false, null, "NPL-MRC-KTM", "OTHER"));
        assertTrue(GrievanceAccess.maySee(true, null, "NPL-MRC-KTM", "OTHER"));
    }

    @Test
    void theStatusMachineAllowsOnlyItsSteps() {
        assertTrue(GrievanceStatus.RECEIVED.mayBecome(GrievanceStatus.UNDER_REVIEW));
        assertTrue(GrievanceStatus.RECEIVED.mayBecome(GrievanceStatus.CLOSED));
        assertFalse(GrievanceStatus.RECEIVED.mayBecome(GrievanceStatus.RESPONDED));
        assertTrue(GrievanceStatus.UNDER_REVIEW.mayBecome(GrievanceStatus.RESPONDED));
        assertFalse(GrievanceStatus.UNDER_REVIEW.mayBecome(GrievanceStatus.CLOSED));
        assertTrue(GrievanceStatus.RESPONDED.mayBecome(GrievanceStatus.CLOSED));
        assertTrue(GrievanceStatus.RESPONDED.mayBecome(GrievanceStatus.UNDER_REVIEW));
        for (GrievanceStatus next : GrievanceStatus.values()) {
            assertFalse(GrievanceStatus.CLOSED.mayBecome(next), "a closed grievance stays closed");
        }
    }

    @Test
    void anAnonymousGrievanceHoldsNoCaseAndNoPersonAndEveryChangeIsKept() {
        Actor actor = new Actor("worker.ktm", "NPL-MRC-KTM");
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        Grievance g = Grievance.anonymous("NPL-MRC-KTM", "DELAY", "Waited three months", actor, at);
        assertTrue(g.anonymous());
        assertEquals(null, g.caseId());
        assertEquals(null, g.registryNumber());
        g.move(GrievanceStatus.UNDER_REVIEW, null, "Taken up", actor, at.plusSeconds(60));
        g.move(GrievanceStatus.RESPONDED, "The referral was sent again", null, actor, at.plusSeconds(120));
        assertEquals("The referral was sent again", g.response());
        RegistryException refused = assertThrows(
                RegistryException.class,
                () -> g.move(GrievanceStatus.RESPONDED, "Again", null, actor, at.plusSeconds(180)));
        assertEquals("GrievanceStatusConflict", refused.code().code());
        assertEquals(
                List.of(GrievanceStatus.RECEIVED, GrievanceStatus.UNDER_REVIEW, GrievanceStatus.RESPONDED),
                g.events().stream().map(GrievanceEvent::status).toList());
        assertEquals("Taken up", g.events().get(1).note());
    }
}
