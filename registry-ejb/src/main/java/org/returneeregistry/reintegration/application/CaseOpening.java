package org.returneeregistry.reintegration.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.returneeregistry.notification.application.ReturnReported;
import org.returneeregistry.organisation.application.OrganisationDirectory;
import org.returneeregistry.reintegration.domain.CaseOpeningRule;
import org.returneeregistry.reintegration.domain.CaseTrigger;
import org.returneeregistry.reintegration.domain.ReintegrationCase;
import org.returneeregistry.reintegration.persistence.CaseRepository;
import org.returneeregistry.reintegration.persistence.ReferralRepository;
import org.returneeregistry.returnee.application.ReturneeProfile;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.returnee.application.ReturneeRegistered;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.domain.Actor;

/**
 * Opens a reintegration case when a return is reported or a returnee registered, in that transaction
 * (so the case commits with the notification it came from, or not at all), as {@link CaseOpeningRule}
 * decides under the configured mode. The case goes to the active resource centre serving the
 * returnee's home district, or waits for the operator's registrars to place it; the referrals the same
 * notification made are linked to it.
 */
@ApplicationScoped
public class CaseOpening {

    @Inject
    private CaseRepository cases;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private CaseSettings settings;

    @Inject
    private Clock clock;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private OrganisationDirectory organisations;

    @EJB
    private CallerContext caller;

    void onReturn(@Observes ReturnReported reported) {
        CaseOpeningRule.Decision decision = CaseOpeningRule.decide(
                settings.mode(),
                reported.returnModality(),
                reported.urgentNeeds(),
                reported.pendingClaims(),
                cases.openFor(reported.registryNumber()).isPresent());
        if (decision.opens()) {
            ReintegrationCase opened = open(
                    reported.registryNumber(),
                    CaseTrigger.NOTIFICATION,
                    reported.notificationKey(),
                    "Return notification " + reported.notificationKey() + " (" + decision + ")");
            referrals
                    .fromNotification(reported.notificationKey())
                    .forEach(r -> opened.linkReferral(r.referralId().value(), caller.actor(), clock.instant()));
        }
    }

    void onRegistration(@Observes ReturneeRegistered registered) {
        CaseOpeningRule.Decision decision = CaseOpeningRule.decide(
                settings.mode(),
                null,
                List.of(),
                List.of(),
                cases.openFor(registered.registryNumber()).isPresent());
        if (decision.opens()) {
            open(
                    registered.registryNumber(),
                    CaseTrigger.REGISTRATION,
                    null,
                    "Registered by a registrar (" + decision + ")");
        }
    }

    private ReintegrationCase open(String registryNumber, CaseTrigger trigger, String notification, String reason) {
        Actor actor = caller.actor();
        Instant now = clock.instant();
        ReturneeProfile p = returnees.profile(registryNumber).orElseThrow();
        String centre = organisations.resourceCentreServing(p.homeDistrict()).orElse(null);
        return cases.add(ReintegrationCase.open(
                registryNumber,
                trigger,
                notification,
                centre,
                CaseService.profile(p),
                settings.schedule(),
                settings.scheduleFrom(p.returnDate()),
                actor,
                now,
                reason));
    }
}
