package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeLists;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;

class SupportServiceTest {

    @ParameterizedTest
    @CsvSource({
        "HEALTH, HEALTH_FOLLOW_UP",
        "LEGAL_AID, LEGAL_AID",
        "SKILLS_RPL, SKILLS_RECOGNITION",
        "SOCIAL_PROTECTION, SOCIAL_PROTECTION_ENROLMENT",
        "PSYCHOSOCIAL, REINTEGRATION_SERVICES",
        "SHELTER, REINTEGRATION_SERVICES",
        "EMPLOYMENT, REINTEGRATION_SERVICES"
    })
    void eachServiceDeclaresItsPurpose(SupportService service, Purpose purpose) {
        assertEquals(purpose, service.purpose());
    }

    @ParameterizedTest
    @CsvSource({
        "HEALTH, HEALTH",
        "PSYCHOSOCIAL, HEALTH",
        "SHELTER, VULNERABILITY",
        "LEGAL_AID, VULNERABILITY",
        "SOCIAL_PROTECTION, VULNERABILITY",
        "SKILLS_RPL, SKILLS",
        "EMPLOYMENT, MIGRATION_HISTORY"
    })
    void eachServiceNamesTheCategoryItsFreeTextMayReveal(SupportService service, DataCategory revealed) {
        assertEquals(revealed, service.revealedCategory());
    }

    @ParameterizedTest
    @CsvSource({"MEDICAL, HEALTH", "SHELTER, SHELTER", "LEGAL, LEGAL_AID", "PSYCHOSOCIAL, PSYCHOSOCIAL"})
    void urgentNeedsCallForTheirService(String need, SupportService service) {
        assertEquals(Optional.of(service), SupportService.forUrgentNeed(need));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REPATRIATION_OF_REMAINS", "medical", "HEALTH", ""})
    void repatriationOfRemainsAndUnknownNeedsCallForNoService(String need) {
        assertEquals(Optional.empty(), SupportService.forUrgentNeed(need));
    }

    @Test
    void everyUrgentNeedOfTheCodeListIsDecided() {
        Set<String> all = CodeLists.standard().find("urgent-need").orElseThrow().entries().stream()
                .map(CodeList.Entry::code)
                .collect(Collectors.toSet());
        Set<String> mapped = all.stream()
                .filter(c -> SupportService.forUrgentNeed(c).isPresent())
                .collect(Collectors.toSet());
        // a need added to the code list must be decided here: mapped to a service, or named as making no referral
        Set<String> decided = new java.util.HashSet<>(mapped);
        decided.add("REPATRIATION_OF_REMAINS");
        assertEquals(all, decided);
        assertEquals(Set.of("MEDICAL", "SHELTER", "LEGAL", "PSYCHOSOCIAL"), mapped);
    }

    @Test
    void thePublishedCodeListsNameExactlyTheDomainsCodes() {
        assertEquals(names(SupportService.values()), codes("referral-service"));
        assertEquals(names(ReferralStatus.values()), codes("referral-status"));
        assertEquals(names(ReferralOutcome.values()), codes("referral-outcome"));
    }

    @Test
    void columnLengthsHoldEveryCode() {
        assertTrue(Arrays.stream(SupportService.values()).allMatch(s -> s.name().length() <= SupportService.LENGTH));
        assertTrue(Arrays.stream(ReferralStatus.values()).allMatch(s -> s.name().length() <= ReferralStatus.LENGTH));
        assertTrue(
                Arrays.stream(ReferralOutcome.values()).allMatch(s -> s.name().length() <= ReferralOutcome.LENGTH));
        assertTrue(Arrays.stream(Purpose.values()).allMatch(p -> p.name().length() <= Referral.PURPOSE_LENGTH));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<String> codes(String list) {
        return CodeLists.standard().find(list).orElseThrow().entries().stream()
                .map(CodeList.Entry::code)
                .collect(Collectors.toSet());
    }
}
