package org.returneeregistry.reintegration.application;

import java.time.Instant;
import java.util.List;

/**
 * A referral as the registry answers it. The returnee appears by registry number only; the
 * recipient reads the person through the consent decision point, for {@code purpose}.
 *
 * @param notification {@code missionCode/notificationId} of the notification it came from, or null
 */
public record ReferralView(String referralId, String registryNumber, String service, String purpose,
                           String purposeDpv, String recipient, String source, String notification, String reason,
                           String status, String declineReason, String outcome, String outcomeNote, long version,
                           Instant createdAt, Instant updatedAt, List<ReferralEventView> history) {
}
