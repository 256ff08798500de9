package org.returneeregistry.notification.rest;

import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.returnee.rest.Employment;
import org.returneeregistry.returnee.rest.PendingClaim;
import org.returneeregistry.returnee.rest.PersonDetails;
import org.returneeregistry.shared.rest.Wire;

/** A mission tells the registry that a worker is coming home: the JSON body of a submission. */
public record SubmitReturnNotification(
        String missionCode,
        String notificationId,
        PersonDetails person,
        Employment employment,
        String returnModality,
        String returnReason,
        LocalDate expectedArrivalDate,
        String portOfEntry,
        List<UrgentNeedItem> urgentNeeds,
        List<PendingClaim> pendingClaims) {

    org.returneeregistry.notification.application.SubmitReturnNotification toCommand() {
        return new org.returneeregistry.notification.application.SubmitReturnNotification(
                missionCode,
                notificationId,
                Wire.one(person, PersonDetails::toDomain),
                Wire.one(employment, Employment::toDomain),
                returnModality,
                returnReason,
                expectedArrivalDate,
                portOfEntry,
                Wire.list(urgentNeeds, UrgentNeedItem::toDomain),
                Wire.list(pendingClaims, SubmitReturnNotification::claim));
    }

    private static org.returneeregistry.notification.domain.PendingClaim claim(PendingClaim c) {
        return new org.returneeregistry.notification.domain.PendingClaim(
                c.type(), c.amount(), c.currency(), c.description());
    }
}
