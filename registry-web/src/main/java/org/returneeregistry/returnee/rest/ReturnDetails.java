package org.returneeregistry.returnee.rest;

import java.time.LocalDate;

/** One return home, as recorded. */
public record ReturnDetails(
        LocalDate returnDate,
        String modality,
        String reason,
        String portOfEntry,
        String notifyingMission,
        String notificationId) {

    static ReturnDetails from(org.returneeregistry.returnee.domain.ReturnDetails r) {
        return new ReturnDetails(
                r.returnDate(), r.modality(), r.reason(), r.portOfEntry(), r.notifyingMission(), r.notificationId());
    }
}
