package org.returneeregistry.notification.application;

import java.util.List;

/**
 * A mission's return notification is now on a returnee's record (on its first receipt, or when a
 * registrar resolved the identity review that held it). Fired inside that transaction, so what
 * observers write — a reintegration case — commits or rolls back with it. Carries codes only: the
 * mission's free text stays with the notification.
 *
 * @param notificationKey {@code missionCode/notificationId}
 * @param returnModality  the {@code return-modality} code
 * @param urgentNeeds     the {@code urgent-need} codes reported, as sent
 * @param pendingClaims   the {@code pending-claim-type} codes reported, as sent
 * @param newlyRegistered whether this return registered the returnee (so nothing of theirs, such as an open
 *                        case, existed before this transaction)
 */
public record ReturnReported(
        String registryNumber,
        String notificationKey,
        String returnModality,
        List<String> urgentNeeds,
        List<String> pendingClaims,
        boolean newlyRegistered) {

    public ReturnReported {
        urgentNeeds = List.copyOf(urgentNeeds);
        pendingClaims = List.copyOf(pendingClaims);
    }

    static ReturnReported of(
            String registryNumber, String notificationKey, SubmitReturnNotification reported, boolean newlyRegistered) {
        return new ReturnReported(
                registryNumber,
                notificationKey,
                reported.returnModality(),
                reported.urgentNeeds().stream()
                        .map(org.returneeregistry.notification.domain.UrgentNeedItem::need)
                        .toList(),
                reported.pendingClaims().stream()
                        .map(org.returneeregistry.notification.domain.PendingClaim::type)
                        .toList(),
                newlyRegistered);
    }
}
