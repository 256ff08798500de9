package org.returneeregistry.notification.application;

import java.util.List;

/**
 * A mission reported urgent needs of a returnee in a return notification, now recorded. Fired once per
 * notification — on its first receipt, never on a replay — inside the intake transaction, so whatever
 * observers write (referrals) commits or rolls back with the notification. Carries the need codes
 * only: the mission's notes on them stay with the notification.
 *
 * @param notificationKey {@code missionCode/notificationId}
 * @param needs           codes of the {@code urgent-need} code list, as the mission sent them
 */
public record UrgentNeedsReported(String registryNumber, String notificationKey, String missionCode,
                                  List<String> needs) {

    public UrgentNeedsReported {
        needs = List.copyOf(needs);
    }
}
