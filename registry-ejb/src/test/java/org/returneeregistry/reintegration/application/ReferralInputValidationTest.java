package org.returneeregistry.reintegration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.returneeregistry.reintegration.domain.SupportService;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.testsupport.InputChecks;

class ReferralInputValidationTest {

    @AutoClose
    private static final InputChecks INPUTS = new InputChecks();

    @Test
    void aCompleteReferralIsValidWithOrWithoutRecipient() {
        assertEquals(Set.of(), violations(new CreateReferral("RR-0000-0042-7", "HEALTH", "NPL-MOHP", "Back injury")));
        assertEquals(Set.of(), violations(new CreateReferral("RR-0000-0042-7", "SKILLS_RPL", null, "Welder, 6 years")));
    }

    @Test
    void everyBrokenRuleOfAReferralIsReportedAtOnce() {
        assertEquals(Set.of("registryNumber Pattern", "service Code", "recipient Pattern", "reason NotBlank"),
                violations(new CreateReferral("RR-42", "DENTIST", "npl-mohp", " ")));
        assertEquals(Set.of("registryNumber NotNull", "service NotNull", "reason NotBlank"),
                violations(new CreateReferral(null, null, null, null)));
    }

    @Test
    void aReasonIsAtMostAThousandCharacters() {
        assertEquals(Set.of("reason Size"),
                violations(new CreateReferral("RR-0000-0042-7", "HEALTH", null, "x".repeat(1001))));
    }

    @Test
    void aDeclineNeedsAReason() {
        assertEquals(Set.of("reason NotBlank"), violations(new DeclineReferral(null)));
        assertEquals(Set.of("reason NotBlank"), violations(new DeclineReferral("  ")));
        assertEquals(Set.of(), violations(new DeclineReferral("No capacity")));
    }

    @Test
    void anOutcomeIsACodeOfTheOutcomeList() {
        assertEquals(Set.of("outcome Code"), violations(new ReportOutcome("DONE", null)));
        assertEquals(Set.of("outcome NotNull"), violations(new ReportOutcome(null, "note")));
        assertEquals(Set.of(), violations(new ReportOutcome("SERVICE_PROVIDED", null)));
    }

    @Test
    void queryFiltersAreCodesAndPagesInRange() {
        assertEquals(Set.of("registryNumber Pattern", "status Code", "service Code", "page Min", "pageSize Max"),
                violations(new ReferralQuery("42", "OPEN", "DENTIST", 0, 101)));
        assertEquals(Set.of(), violations(new ReferralQuery("RR-0000-0042-7", "SENT", "HEALTH", 1, 100)));
        assertEquals(Set.of(), violations(new ReferralQuery(null, null, null, null, null)));
    }

    @Test
    void aRouteNamesAServiceAndARecipient() {
        assertEquals(Set.of("service Code", "recipient Pattern"), violations(new SetRoute("DENTIST", "Ministry")));
        assertEquals(Set.of("service NotNull", "recipient NotNull"), violations(new SetRoute(null, null)));
        assertEquals(Set.of("recipient NotNull"), violations(new RouteTo(null)));
    }

    @Test
    void theRequestHashTellsDifferentRequestsApart() {
        CreateReferral request = new CreateReferral("RR-0000-0042-7", "HEALTH", null, "Back injury");

        assertEquals(ReferralService.hash(request), ReferralService.hash(
                new CreateReferral("RR-0000-0042-7", "HEALTH", null, "Back injury")));
        assertNotEquals(ReferralService.hash(request), ReferralService.hash(
                new CreateReferral("RR-0000-0042-7", "HEALTH", "NPL-MOHP", "Back injury")));
        assertNotEquals(ReferralService.hash(new CreateReferral("RR-0000-0042-7", "HEALTH", null, "ab")),
                ReferralService.hash(new CreateReferral("RR-0000-0042-7", "HEALTHa", null, "b")));
    }

    @Test
    void urgentNeedsGiveOneReferralPerServiceAndNoneForRemains() {
        assertEquals(List.of(SupportService.HEALTH, SupportService.SHELTER),
                UrgentNeedReferrals.services(List.of("MEDICAL", "SHELTER", "MEDICAL", "REPATRIATION_OF_REMAINS")));
        assertEquals(List.of(), UrgentNeedReferrals.services(List.of("REPATRIATION_OF_REMAINS")));
    }

    private static Set<String> violations(Object command) {
        InputValidation validation = INPUTS.of(command);
        return InputChecks.violations(validation).stream().map(v -> v.field() + " " + v.rule())
                .collect(Collectors.toSet());
    }
}
