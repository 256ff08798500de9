package org.returneeregistry.reintegration.application;

import java.time.Instant;
import java.util.List;

/**
 * A referral as the registry answers it. The returnee appears by registry number only; the
 * recipient reads the person through the consent decision point, for {@code purpose}.
 *
 * <p>The free text — {@code reason}, {@code declineReason}, {@code outcomeNote} and the notes of the
 * history — may reveal what the service is about (a medical referral's reason is health data), so a
 * recipient gets it only when the consent decision point grants the category the service's text may
 * reveal; otherwise those fields are absent.
 *
 * @param notification {@code missionCode/notificationId} of the notification it came from, or null
 */
public record ReferralView(String referralId, String registryNumber, String service, String purpose,
                           String purposeDpv, String recipient, String source, String notification, String reason,
                           String status, String declineReason, String outcome, String outcomeNote, long version,
                           Instant createdAt, Instant updatedAt, List<ReferralEventView> history) {

    /** The same referral without its free text. */
    public ReferralView withoutFreeText() {
        return new ReferralView(referralId, registryNumber, service, purpose, purposeDpv, recipient, source,
                notification, null, status, null, outcome, null, version, createdAt, updatedAt,
                history.stream().map(e -> new ReferralEventView(e.sequence(), e.status(), e.at(), e.actor(),
                        e.actorOrganisation(), null)).toList());
    }
}
