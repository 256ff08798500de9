package org.returneeregistry.reintegration.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.notification.application.ReturnReported;
import org.returneeregistry.organisation.application.OrganisationDirectory;
import org.returneeregistry.reintegration.domain.CaseOpeningRule;
import org.returneeregistry.reintegration.domain.CaseTrigger;
import org.returneeregistry.reintegration.domain.Referral;
import org.returneeregistry.reintegration.domain.ReintegrationCase;
import org.returneeregistry.reintegration.persistence.CaseRepository;
import org.returneeregistry.reintegration.persistence.ReferralRepository;
import org.returneeregistry.returnee.application.ReturneeProfile;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.returnee.application.ReturneeRegistered;
import org.returneeregistry.shared.application.CurrentCaller;
import org.returneeregistry.shared.application.TransactionMemo;
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

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private TransactionMemo memo;

    void onReturn(@Observes ReturnReported reported) {
        CaseOpeningRule.Decision decision = CaseOpeningRule.decide(
                settings.mode(),
                reported.returnModality(),
                reported.urgentNeeds(),
                reported.pendingClaims(),
                // a returnee this return registered has no case yet: nothing to look up
                !reported.newlyRegistered()
                        && cases.openFor(reported.registryNumber()).isPresent());
        if (decision.opens()) {
            // the referrals the notification raised are linked before the case is stored: one INSERT, no UPDATE;
            // raised in this transaction, they are at hand (UrgentNeedReferrals), otherwise read
            List<Referral> raised = memo.<List<Referral>>kept(UrgentNeedReferrals.RAISED, reported.notificationKey())
                    .orElseGet(() -> referrals.fromNotification(reported.notificationKey()));
            Actor actor = currentCaller.actor();
            Instant now = clock.instant();
            ReintegrationCase opened = opening(
                    reported.registryNumber(),
                    CaseTrigger.NOTIFICATION,
                    reported.notificationKey(),
                    "Return notification " + reported.notificationKey() + " (" + decision + ")",
                    actor,
                    now);
            raised.forEach(r -> opened.linkReferral(r.referralId().value(), actor, now));
            cases.add(opened);
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
            cases.add(opening(
                    registered.registryNumber(),
                    CaseTrigger.REGISTRATION,
                    null,
                    "Registered by a registrar (" + decision + ")",
                    currentCaller.actor(),
                    clock.instant()));
        }
    }

    /** The case as it opens, not stored yet. */
    private ReintegrationCase opening(
            String registryNumber, CaseTrigger trigger, String notification, String reason, Actor actor, Instant now) {
        ReturneeProfile p = returnees.profile(registryNumber).orElseThrow();
        // read once per transaction: a batch chunk opens cases for many returnees of few districts
        String centre = memo.<Optional<String>>get(
                        "resource-centre-serving",
                        String.valueOf(p.homeDistrict()),
                        () -> organisations.resourceCentreServing(p.homeDistrict()))
                .orElse(null);
        return ReintegrationCase.open(
                registryNumber,
                trigger,
                notification,
                centre,
                CaseService.profile(p),
                settings.schedule(),
                settings.scheduleFrom(p.returnDate()),
                actor,
                now,
                reason);
    }
}
