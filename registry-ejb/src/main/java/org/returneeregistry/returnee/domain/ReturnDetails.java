package org.returneeregistry.returnee.domain;

import java.time.LocalDate;

/** A return as recorded on the returnee: when, how, why, where, and which mission notified it. */
public record ReturnDetails(LocalDate returnDate, String modality, String reason, String portOfEntry,
                            String notifyingMission, String notificationId) {
}
