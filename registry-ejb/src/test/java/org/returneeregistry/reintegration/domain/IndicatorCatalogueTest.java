package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.reintegration.application.Indicators;
import org.returneeregistry.reintegration.application.Questionnaires;

class IndicatorCatalogueTest {

    @Test
    void theShippedDefinitionsReadAndCoverTheIssuesList() {
        IndicatorCatalogue catalogue = Indicators.load();
        assertEquals(
                List.of(
                        "DOC_SUPPORT_SOUGHT",
                        "DOC_SUPPORT_RECEIVED",
                        "HEALTH_SCREENING",
                        "FOLLOW_UP_CONTACTED",
                        "PSYCHOSOCIAL_REFERRED",
                        "MHPSS_REGISTERED",
                        "COMMUNITY_LINKED",
                        "PLANS_DEVELOPED",
                        "SKILLS_PROFILES",
                        "REFERRALS",
                        "DAYS_TO_FIRST_ASSESSMENT"),
                catalogue.all().stream().map(Indicator::id).toList());
        Indicator referrals = catalogue.find("REFERRALS").orElseThrow();
        assertTrue(referrals.offers(Breakdown.SERVICE));
        assertTrue(!catalogue.find("PLANS_DEVELOPED").orElseThrow().offers(Breakdown.SERVICE));
        for (Indicator i : catalogue.all()) {
            assertEquals(6, i.source().module(), i.id() + " quotes Module 6");
            assertTrue(!i.source().wording().isBlank());
        }
    }

    @Test
    void aSpecialCategoryQuestionIsNeverCounted() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> read("{\"answer\":{\"questionnaire\":\"VULNERABILITY_SCREENING\","
                        + "\"question\":\"traffickingIndicators\",\"equals\":\"true\"}}"));
        assertTrue(e.getMessage().contains("special-category"), e.getMessage());
    }

    @Test
    void unknownCodesAndTermsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> read("{\"referral\":{\"service\":[\"DENTIST\"]}}"));
        assertThrows(IllegalArgumentException.class, () -> read("{\"referral\":{\"outcome\":[\"HAPPY\"]}}"));
        assertThrows(IllegalArgumentException.class, () -> read("{\"shoeSize\":{}}"));
        assertThrows(
                IllegalArgumentException.class,
                () -> read("{\"answer\":{\"questionnaire\":\"SOCIAL\",\"question\":\"shoeSize\",\"nonEmpty\":true}}"));
        assertThrows(IllegalArgumentException.class, () -> read("{\"goal\":{},\"all\":[]}"));
    }

    private static IndicatorCatalogue read(String numerator) {
        String json = "{\"indicators\":[{\"id\":\"XX\",\"version\":1,\"unit\":\"COUNT\",\"counts\":\"CASE\","
                + "\"name\":\"x\",\"source\":{\"module\":6,\"plan\":\"p\",\"page\":1,\"wording\":\"w\"},"
                + "\"definition\":\"d\",\"numerator\":" + numerator + "}]}";
        return IndicatorCatalogue.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Questionnaires.load());
    }
}
