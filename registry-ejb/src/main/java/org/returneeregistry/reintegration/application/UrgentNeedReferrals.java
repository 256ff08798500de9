package org.returneeregistry.reintegration.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.notification.application.UrgentNeedsReported;
import org.returneeregistry.reintegration.domain.Referral;
import org.returneeregistry.reintegration.domain.ReferralRoute;
import org.returneeregistry.reintegration.domain.SupportService;
import org.returneeregistry.reintegration.persistence.ReferralRepository;
import org.returneeregistry.reintegration.persistence.ReferralRouteRepository;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.TransactionMemo;
import org.returneeregistry.shared.domain.Actor;

/**
 * Turns the urgent needs of a return notification into referrals, in the intake's own transaction:
 * one referral per service the needs call for (MEDICAL → HEALTH, SHELTER → SHELTER, LEGAL → LEGAL_AID,
 * PSYCHOSOCIAL → PSYCHOSOCIAL; a need named twice gives one referral). REPATRIATION_OF_REMAINS makes
 * no referral: there is no living returnee to serve, and the mission's consular work handles it.
 *
 * <p>A need whose service has no route — or whose routed organisation is suspended — is not dropped:
 * its referral is recorded UNROUTED, visible to registrars, who name the recipient. An urgent need
 * nobody sees is worse than one a registrar has to route by hand.
 *
 * <p>The referral's reason names the mission only. The mission's note on the need may be health data;
 * it stays with the notification and reaches recipients only through the consent decision point.
 * Intake fires the event on a notification's first receipt only, so a replay creates no referral twice
 * (and the database holds one referral per notification and service).
 */
@ApplicationScoped
public class UrgentNeedReferrals {

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ReferralRouteRepository routes;

    @Inject
    private Recipients recipients;

    @Inject
    private Clock clock;

    @Inject
    private Event<ReferralCreated> created;

    @EJB
    private CallerContext caller;

    @Inject
    private TransactionMemo memo;

    void refer(@Observes UrgentNeedsReported reported) {
        List<SupportService> services = services(reported.needs());
        if (services.isEmpty()) {
            memo.put(RAISED, reported.notificationKey(), List.of());
            return;
        }
        Actor actor = caller.actor();
        Instant now = clock.instant();
        List<Referral> raised = new ArrayList<>();
        for (SupportService service : services) {
            Referral referral = referrals.add(Referral.forUrgentNeed(
                    reported.registryNumber(),
                    service,
                    recipient(service).orElse(null),
                    reported.missionCode(),
                    reported.notificationKey(),
                    actor,
                    now));
            raised.add(referral);
            if (referral.recipient() != null) {
                created.fire(ReferralService.event(referral, now));
            }
        }
        // for the case the same notification opens in this transaction (CaseOpening), without reading them back
        memo.put(RAISED, reported.notificationKey(), List.copyOf(raised));
    }

    /** Kind of the {@link TransactionMemo} entry holding the referrals a notification raised, by notification key. */
    static final String RAISED = "referrals-raised-by-notification";

    /**
     * The organisation a referral for {@code service} goes to now: its route's recipient while that is active.
     * Read once per transaction (a batch chunk asks for every notification it takes in).
     */
    private Optional<String> recipient(SupportService service) {
        return memo.get("referral-recipient", service, () -> routes.find(service)
                .map(ReferralRoute::recipient)
                .filter(recipients::isActive));
    }

    /** The services the needs call for, each once, in the order the needs came. */
    static List<SupportService> services(List<String> needs) {
        return needs.stream()
                .map(SupportService::forUrgentNeed)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }
}
