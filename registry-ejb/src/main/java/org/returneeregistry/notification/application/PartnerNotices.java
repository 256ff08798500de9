package org.returneeregistry.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import org.returneeregistry.shared.domain.Sha256;

/**
 * Return notices from partner countries' institutions, taken in like a mission's notification: the same checks,
 * matching, return event, history and urgent-needs announcement, idempotent on (sender institution, message id) as a
 * mission's is on (mission, notification id). The notification context's internal API for the exchange, which has
 * verified the message's signature and agreement and audits the call; the web module never calls it. No role is asked:
 * the sender may be another registry authenticated by its signature, without a token (ADR 0026); the history names
 * the sender the exchange verified ({@code ActingFor}).
 */
@Stateless
public class PartnerNotices {

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private NotificationIntake intake;

    /** Checks the notice as a mission's notification is checked, before anything is written. */
    @PermitAll
    public void check(SubmitReturnNotification notice) {
        ReturnNotificationService.validate(validator, clock, notice);
    }

    /**
     * Takes the notice in, in the caller's transaction (the exchange writes its receipt and log entry with it).
     * {@code missionCode} is the sending institution and {@code notificationId} its message id.
     */
    @PermitAll
    public IntakeResult receive(SubmitReturnNotification notice) {
        ReturnNotificationService.validate(validator, clock, notice);
        String content = ReturnNotificationService.CANONICAL.toJson(notice);
        return intake.receivePartnerNotice(notice, content, Sha256.hex(content));
    }
}
