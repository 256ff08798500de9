package org.returneeregistry.reintegration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.reintegration.domain.Referral;
import org.returneeregistry.reintegration.domain.SupportService;
import org.returneeregistry.shared.domain.Actor;

class ReferralViewsTest {

    private static final Actor MISSION = new Actor("officer-7", "NPL-EMB-DOH");
    private static final Actor MINISTRY = new Actor("mohp-system", "NPL-MOHP");
    private static final Instant AT = Instant.parse("2026-03-01T09:30:00Z");

    @Test
    void theCreatedEventNamesReferralReturneeServiceRecipientAndPurpose() {
        Referral referral = Referral.forUrgentNeed("RR-0000-0042-7", SupportService.LEGAL_AID, "NPL-MOLJ",
                "NPL-EMB-DOH", "NPL-EMB-DOH/N-1", MISSION, AT);

        ReferralCreated event = ReferralService.event(referral, AT.plusSeconds(1));

        assertEquals(new ReferralCreated(referral.referralId().value(), "RR-0000-0042-7", "LEGAL_AID", "NPL-MOLJ",
                "LEGAL_AID", AT.plusSeconds(1)), event);
    }

    @Test
    void theViewCarriesTheRegistryNumberAndNoPersonalDetails() {
        Referral referral = Referral.forUrgentNeed("RR-0000-0042-7", SupportService.SHELTER, null, "NPL-EMB-DOH",
                "NPL-EMB-DOH/N-1", MISSION, AT);

        ReferralView view = ReferralService.view(referral);

        assertEquals("RR-0000-0042-7", view.registryNumber());
        assertEquals("UNROUTED", view.status());
        assertNull(view.recipient());
        assertEquals("REINTEGRATION_SERVICES", view.purpose());
        assertEquals("https://w3id.org/dpv/sector-publicservices#SocialWelfareServiceProvision", view.purposeDpv());
        assertEquals("NOTIFICATION", view.source());
        assertEquals("NPL-EMB-DOH/N-1", view.notification());
        assertEquals("Urgent need reported by mission NPL-EMB-DOH", view.reason());
        assertEquals(List.of("UNROUTED"), view.history().stream().map(ReferralEventView::status).toList());
        assertEquals("NPL-EMB-DOH", view.history().get(0).actorOrganisation());
    }

    @Test
    void withoutFreeTextDropsReasonDeclineReasonOutcomeNoteAndEveryNoteAndKeepsTheRest() {
        Referral referral = Referral.byRegistrar("RR-0000-0042-7", SupportService.HEALTH, "NPL-MOHP",
                "Suspected tuberculosis, coughing since March", MISSION, AT);
        referral.decline("Patient already treated for tuberculosis elsewhere", MINISTRY, AT.plusSeconds(60));
        ReferralView whole = ReferralService.view(referral);
        assertTrue(whole.history().stream().anyMatch(e -> e.note() != null), whole::toString);

        ReferralView withheld = whole.withoutFreeText();

        assertNull(withheld.reason());
        assertNull(withheld.declineReason());
        assertNull(withheld.outcomeNote());
        assertTrue(withheld.history().stream().allMatch(e -> e.note() == null), withheld::toString);
        assertEquals(whole.history().stream().map(ReferralEventView::status).toList(),
                withheld.history().stream().map(ReferralEventView::status).toList());
        assertEquals(new ReferralView(whole.referralId(), whole.registryNumber(), whole.service(), whole.purpose(),
                whole.purposeDpv(), whole.recipient(), whole.source(), whole.notification(), null, whole.status(), null,
                whole.outcome(), null, whole.version(), whole.createdAt(), whole.updatedAt(), withheld.history()), withheld);
    }
}
