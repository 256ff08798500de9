package org.returneeregistry.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.notification.domain.MatchOutcome;
import org.returneeregistry.notification.domain.NotificationKey;
import org.returneeregistry.notification.domain.ReturnNotification;
import org.returneeregistry.notification.domain.UrgentNeedItem;
import org.returneeregistry.notification.persistence.ReturnNotificationRepository;
import org.returneeregistry.returnee.application.ReturnNotice;
import org.returneeregistry.returnee.application.ReturnRecorded;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.returnee.domain.ReturnDetails;
import org.returneeregistry.shared.application.CompletesCall;
import org.returneeregistry.shared.application.CurrentCaller;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;

/**
 * One transaction of notification intake: replay check, return recorded on the returnee, the
 * notification stored, its urgent needs announced ({@link UrgentNeedsReported}, on first receipt
 * only, so a replay creates nothing twice) and the return itself ({@link ReturnReported}). Either all of it is written or none of it. A notification
 * whose identifier belongs to a returnee with another name or date of birth is stored, held for a
 * registrar's review, and recorded on no one: its needs are announced when the registrar decides.
 */
@Stateless
public class NotificationIntake {

    @Inject
    private ReturnNotificationRepository notifications;

    @Inject
    private Clock clock;

    @EJB
    private ReturneeRecords returnees;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Event<UrgentNeedsReported> urgentNeeds;

    @Inject
    private Event<ReturnReported> returnReported;

    /** A mission's notification: the intake's commit is the call's success, so the call is audited in it. */
    @RolesAllowed(Role.Names.MISSION_OFFICER)
    @CompletesCall
    public IntakeResult receive(SubmitReturnNotification command, String content, String contentHash) {
        return take(command, content, contentHash);
    }

    /**
     * A partner institution's return notice: taken in within the exchange's transaction, which writes the
     * message's replay row and log entry after it and signs the receipt — so the call is not complete here and
     * is audited when it ends, as every call is. The exchange verified the sender — by a partner institution's
     * token or by its signature alone, for another registry (ADR 0026) — so no role is asked here.
     */
    @PermitAll
    public IntakeResult receivePartnerNotice(SubmitReturnNotification command, String content, String contentHash) {
        return take(command, content, contentHash, true);
    }

    /**
     * An item of a batch a mission officer submitted, taken in by the batch job on the officer's behalf
     * ({@code ActingFor}): the same intake, in the item's transaction, which records the item's outcome with it.
     * The role and the mission were checked when the batch was accepted; the job checks the item's mission.
     */
    @PermitAll
    public IntakeResult receiveBatched(SubmitReturnNotification command, String content, String contentHash) {
        return take(command, content, contentHash, true);
    }

    private IntakeResult take(SubmitReturnNotification command, String content, String contentHash) {
        return take(command, content, contentHash, false);
    }

    private IntakeResult take(
            SubmitReturnNotification command, String content, String contentHash, boolean verifiedBefore) {
        NotificationKey key = new NotificationKey(command.missionCode(), command.notificationId());
        Optional<ReturnNotification> earlier = notifications.find(key);
        if (earlier.isPresent()) {
            if (!earlier.get().sameContentAs(contentHash)) {
                throw new RegistryException(
                        ErrorCode.DUPLICATE_NOTIFICATION_CONFLICT,
                        "Notification " + key
                                + " was already received with different content; send a correction under a new notificationId.");
            }
            return new IntakeResult(acknowledgement(earlier.get()), false);
        }
        Actor actor = currentCaller.actor();
        ReturnNotice notice = notice(command, actor, "Return notification " + key);
        ReturnRecorded recorded =
                verifiedBefore ? returnees.recordBatchedReturn(notice) : returnees.recordReturn(notice);
        ReturnNotification notification = recorded.held()
                ? ReturnNotification.held(
                        key,
                        contentHash,
                        content,
                        command.returnModality(),
                        command.expectedArrivalDate(),
                        command.portOfEntry(),
                        command.urgentNeeds(),
                        command.pendingClaims(),
                        recorded.registryNumber(),
                        recorded.reviewReason(),
                        clock.instant(),
                        actor.display())
                : ReturnNotification.accepted(
                        key,
                        contentHash,
                        content,
                        command.returnModality(),
                        command.expectedArrivalDate(),
                        command.portOfEntry(),
                        command.urgentNeeds(),
                        command.pendingClaims(),
                        recorded.registryNumber(),
                        recorded.newlyRegistered() ? MatchOutcome.CREATED_NEW : MatchOutcome.MATCHED_EXISTING,
                        clock.instant(),
                        actor.display());
        notifications.add(notification);
        if (!recorded.held()) {
            announceNeeds(notification, command);
            returnReported.fire(ReturnReported.of(
                    notification.registryNumber(), notification.key().toString(), command, recorded.newlyRegistered()));
        }
        return new IntakeResult(acknowledgement(notification), true);
    }

    /** The return a notification reports, as the returnee context records it. */
    static ReturnNotice notice(SubmitReturnNotification command, Actor actor, String reason) {
        ReturnDetails details = new ReturnDetails(
                command.expectedArrivalDate(),
                command.returnModality(),
                command.returnReason(),
                command.portOfEntry(),
                command.missionCode(),
                command.notificationId());
        return new ReturnNotice(command.person(), command.employment(), details, actor, reason);
    }

    /** Fires {@link UrgentNeedsReported} once the notification's return is on a returnee's record. */
    private void announceNeeds(ReturnNotification notification, SubmitReturnNotification command) {
        if (!command.urgentNeeds().isEmpty()) {
            urgentNeeds.fire(new UrgentNeedsReported(
                    notification.registryNumber(),
                    notification.key().toString(),
                    notification.key().missionCode(),
                    command.urgentNeeds().stream().map(UrgentNeedItem::need).toList()));
        }
    }

    @RolesAllowed({Role.Names.MISSION_OFFICER, Role.Names.REGISTRAR})
    public Acknowledgement status(NotificationKey key) {
        return notifications
                .find(key)
                .map(NotificationIntake::acknowledgement)
                .orElseThrow(() -> RegistryException.notFound("Notification " + key));
    }

    /** One page of a mission's notifications as their acknowledgements stand now, newest first. */
    @RolesAllowed(Role.Names.MISSION_OFFICER)
    public Page<Acknowledgement> ofMission(String missionCode, int page, int pageSize) {
        List<Acknowledgement> items =
                notifications.ofMission(missionCode, Page.firstResult(page, pageSize), pageSize).stream()
                        .map(NotificationIntake::acknowledgement)
                        .toList();
        return new Page<>(items, page, pageSize, notifications.countOfMission(missionCode));
    }

    static Acknowledgement acknowledgement(ReturnNotification n) {
        return new Acknowledgement(
                n.key().missionCode(),
                n.key().notificationId(),
                n.registryNumber(),
                n.status().name(),
                n.match().name(),
                n.receivedAt());
    }
}
