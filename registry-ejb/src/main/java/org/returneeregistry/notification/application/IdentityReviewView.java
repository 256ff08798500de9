package org.returneeregistry.notification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.returnee.domain.Identifier;

/**
 * A notification held for a registrar's review: who the mission says the person is, the returnee
 * holding one of the identifiers ({@code candidate}), and why they are not taken to be the same
 * ({@code reason}: NAME_DIFFERS, BIRTH_DATE_DIFFERS, NAME_AND_BIRTH_DATE_DIFFER).
 */
public record IdentityReviewView(String missionCode, String notificationId, Instant receivedAt, String receivedBy,
                                 String candidate, String reason, String givenName, String familyName,
                                 LocalDate dateOfBirth, List<Identifier> identifiers) {
}
