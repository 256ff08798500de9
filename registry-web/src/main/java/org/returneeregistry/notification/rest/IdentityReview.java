package org.returneeregistry.notification.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.notification.application.IdentityReviewView;
import org.returneeregistry.returnee.rest.Identifier;
import org.returneeregistry.shared.rest.Wire;

/** A notification held for identity review, with the returnee its identifiers point to. */
public record IdentityReview(
        String missionCode,
        String notificationId,
        Instant receivedAt,
        String receivedBy,
        String candidate,
        String reason,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        List<Identifier> identifiers) {

    static IdentityReview from(IdentityReviewView v) {
        return new IdentityReview(
                v.missionCode(),
                v.notificationId(),
                v.receivedAt(),
                v.receivedBy(),
                v.candidate(),
                v.reason(),
                v.givenName(),
                v.familyName(),
                v.dateOfBirth(),
                Wire.list(v.identifiers(), Identifier::from));
    }
}
