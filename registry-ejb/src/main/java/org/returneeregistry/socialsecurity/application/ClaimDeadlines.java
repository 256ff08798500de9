package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.socialsecurity.domain.Claim;
import org.returneeregistry.socialsecurity.domain.ClaimPartner;
import org.returneeregistry.socialsecurity.domain.ClaimStatus;
import org.returneeregistry.socialsecurity.persistence.ClaimRepository;
import org.returneeregistry.socialsecurity.persistence.SocialSecuritySectionRepository;

/**
 * The registry's own moves on claims whose partner stays silent: when a period request reaches the section's
 * {@code remindAfter} the request is re-sent (a reminder, a new signed message), and when it reaches
 * {@code timeOutAfter} the claim moves to PERIODS_TIMED_OUT with the reason, recorded as the registry's move.
 * One claim per transaction, locked with {@code FOR UPDATE SKIP LOCKED}, so two instances never remind twice; the
 * claim's next deadline is stored with it, so a restarted server carries on where it stopped. Run by
 * {@link ClaimDeadlineTimer}; the section is read as it stands when the deadline comes.
 */
@Stateless
@PermitAll
public class ClaimDeadlines {

    /** What a deadline came to. */
    public enum Step {
        REMINDED,
        TIMED_OUT,
        RESCHEDULED
    }

    @Inject
    private ClaimRepository claims;

    @Inject
    private SocialSecuritySectionRepository sections;

    @Inject
    private Clock clock;

    @EJB
    private PeriodRequests periodRequests;

    @Inject
    @ConfigProperty(name = "registry.operator.code")
    String operatorCode;

    /** Database ids of the claims whose deadline has come, oldest first, at most {@code max}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(int max) {
        return claims.dueAt(clock.instant(), max);
    }

    /**
     * Deals with one claim's deadline in a transaction of its own; empty when another instance holds the claim or
     * dealt with it meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Step> handle(Long id) {
        Instant now = clock.instant();
        Optional<Claim> locked = claims.lockDue(id, now);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = locked.get();
        PeriodRequestTimes times = PeriodRequestTimes.of(sections.latest(claim.agreementId()));
        Step step = act(claim, times, now, p -> periodRequests.send(claim, p), new Actor("registry", operatorCode));
        if (claim.status() == ClaimStatus.PERIODS_RECEIVED && ClaimPeriodAnswers.anyCertified(claim)) {
            // the last silent partner timed out after another answered: the certified periods are complete
            claim.statementDue(now);
        }
        claims.flush();
        return Optional.of(step);
    }

    /** Looks at a claim again later, when dealing with its deadline failed (the agreement suspended, say). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void postpone(Long id, Duration by) {
        Instant now = clock.instant();
        claims.lockDue(id, now).ifPresent(c -> c.nextDeadline(now.plus(by)));
    }

    /**
     * What the claim's deadline comes to at {@code now} under the section's times, done partner by partner on the
     * claim's silent ones: a reminder sent through {@code sendReminder} (which answers the new message's id), the
     * partner's time-out recorded with its reason (the claim moves on when no partner is silent any more), or, when
     * neither is due yet (the section changed), the partner's next deadline set. Answers the weightiest step taken.
     */
    static Step act(
            Claim claim,
            PeriodRequestTimes times,
            Instant now,
            Function<ClaimPartner, String> sendReminder,
            Actor actor) {
        if (claim.status() != ClaimStatus.PERIODS_REQUESTED) {
            // refused as the table refuses any move of a claim that awaits nothing
            claim.timeOut("not awaiting periods", actor, now);
        }
        Step step = Step.RESCHEDULED;
        for (ClaimPartner partner : claim.waitingPartners()) {
            Instant requested = partner.requestedAt();
            String standing = times.standing(requested, partner.lastReminderAt(), now);
            if ("TIMED_OUT".equals(standing)) {
                claim.partnerTimedOut(
                        partner,
                        "No insurance periods from " + partner.institution() + " within " + times.timeOutAfter()
                                + " of the request of " + requested + " (" + partner.remindersSent()
                                + " reminder(s) sent)",
                        actor,
                        now);
                step = Step.TIMED_OUT;
            } else if ("REMINDER_DUE".equals(standing)) {
                claim.reminded(partner, sendReminder.apply(partner), now, times.nextDeadline(requested, now));
                step = step == Step.TIMED_OUT ? step : Step.REMINDED;
            } else {
                claim.nextDeadline(partner, times.nextDeadline(requested, partner.lastReminderAt()));
            }
        }
        return step;
    }
}
