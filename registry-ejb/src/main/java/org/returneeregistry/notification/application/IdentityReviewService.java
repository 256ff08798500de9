package org.returneeregistry.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.returneeregistry.notification.domain.MatchOutcome;
import org.returneeregistry.notification.domain.NotificationKey;
import org.returneeregistry.notification.domain.ReturnNotification;
import org.returneeregistry.notification.domain.UrgentNeedItem;
import org.returneeregistry.notification.persistence.ReturnNotificationRepository;
import org.returneeregistry.returnee.application.ReturnRecorded;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * The registrars' queue of notifications held because an identifier they share with a registered
 * returnee is not confirmed by name and date of birth. A registrar decides whose return it is: the
 * registered returnee's ({@link #merge}) or another person's, registered now ({@link #split}). Either
 * decision records the return as the mission reported it, with the registrar and the reason in the
 * returnee's history and on the notification, announces the urgent needs the notification reported,
 * and is an audited call; the mission's acknowledgement then carries the registry number.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.REGISTRAR)
public class IdentityReviewService {

    public static final int MAX_PAGE_SIZE = 100;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private ReturnNotificationRepository notifications;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private CallerContext caller;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @Inject
    private Event<UrgentNeedsReported> urgentNeeds;

    @Inject
    private Event<ReturnReported> returnReported;

    /** Held notifications, oldest first. */
    @AuditOperation("IDENTITY_REVIEW_LIST")
    public List<IdentityReviewView> held(int page, int pageSize) {
        InputValidation.of(validator, new Object())
                .check(page < 1, "page", "Min", "must be 1 or more")
                .check(pageSize < 1 || pageSize > MAX_PAGE_SIZE, "pageSize", "Range", "must be 1 to " + MAX_PAGE_SIZE)
                .throwIfInvalid();
        long first = (long) (page - 1) * pageSize;
        if (first > Integer.MAX_VALUE) {
            return List.of();
        }
        return notifications.heldForReview((int) first, pageSize).stream()
                .map(IdentityReviewService::view)
                .toList();
    }

    /** The held notification's return is the candidate returnee's. */
    @AuditOperation("IDENTITY_REVIEW_MERGE")
    public Acknowledgement merge(String missionCode, String notificationId, ResolveReview decision) {
        return resolve(missionCode, notificationId, decision, true);
    }

    /** The held notification's return is another person's: they are registered now. */
    @AuditOperation("IDENTITY_REVIEW_SPLIT")
    public Acknowledgement split(String missionCode, String notificationId, ResolveReview decision) {
        return resolve(missionCode, notificationId, decision, false);
    }

    private Acknowledgement resolve(String missionCode, String notificationId, ResolveReview decision, boolean merge) {
        InputValidation.of(validator, decision == null ? new ResolveReview(null) : decision)
                .throwIfInvalid();
        NotificationKey key = new NotificationKey(missionCode, notificationId);
        ReturnNotification held =
                notifications.findForUpdate(key).orElseThrow(() -> RegistryException.notFound("Notification " + key));
        if (!held.heldForReview()) {
            throw new RegistryException(
                    ErrorCode.REVIEW_ALREADY_RESOLVED,
                    "Notification " + key + " is not held for review; its return is recorded on "
                            + held.registryNumber() + ".");
        }
        Actor actor = caller.actor();
        SubmitReturnNotification reported = reported(held);
        String why = (merge
                        ? "Return notification " + key + " merged after review: "
                        : "Return notification " + key + " registered as another person after review: ")
                + decision.reason();
        var notice = NotificationIntake.notice(reported, actor, why);
        ReturnRecorded recorded =
                merge ? returnees.mergeReturn(held.reviewCandidate(), notice) : returnees.splitReturn(notice);
        held.resolve(
                recorded.registryNumber(),
                merge ? MatchOutcome.MATCHED_EXISTING : MatchOutcome.CREATED_NEW,
                decision.reason(),
                actor.display(),
                clock.instant());
        if (!reported.urgentNeeds().isEmpty()) {
            urgentNeeds.fire(new UrgentNeedsReported(
                    recorded.registryNumber(),
                    key.toString(),
                    key.missionCode(),
                    reported.urgentNeeds().stream().map(UrgentNeedItem::need).toList()));
        }
        returnReported.fire(
                ReturnReported.of(recorded.registryNumber(), key.toString(), reported, recorded.newlyRegistered()));
        return NotificationIntake.acknowledgement(held);
    }

    /** What the mission reported; a held notification keeps its content until it is decided. */
    private static SubmitReturnNotification reported(ReturnNotification held) {
        return JSON.fromJson(
                held.content()
                        .orElseThrow(() -> new IllegalStateException(
                                "notification " + held.key() + " is held for review but has no content")),
                SubmitReturnNotification.class);
    }

    private static IdentityReviewView view(ReturnNotification n) {
        SubmitReturnNotification reported = reported(n);
        var person = reported.person();
        return new IdentityReviewView(
                n.key().missionCode(),
                n.key().notificationId(),
                n.receivedAt(),
                n.receivedBy(),
                n.reviewCandidate(),
                n.reviewReason(),
                person.name().givenName(),
                person.name().familyName(),
                person.dateOfBirth(),
                person.identifiers());
    }
}
