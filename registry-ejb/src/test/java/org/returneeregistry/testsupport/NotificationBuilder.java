package org.returneeregistry.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.returneeregistry.notification.application.SubmitReturnNotification;
import org.returneeregistry.notification.domain.PendingClaim;
import org.returneeregistry.notification.domain.UrgentNeedItem;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.PersonDetails;

/** A valid {@link SubmitReturnNotification} from the embassy in Doha, changed one component at a time. */
public final class NotificationBuilder {

    private String missionCode = "NPL-EMB-DOH";
    private String notificationId = "DOH-2025-000123";
    private PersonDetails person = Samples.person().build();
    private Employment employment = Samples.employment().build();
    private String returnModality = "END_OF_CONTRACT";
    private String returnReason = "Contract completed; employer paid the return ticket.";
    private LocalDate expectedArrivalDate = LocalDate.of(2025, 3, 10);
    private String portOfEntry = "KTM";
    private List<UrgentNeedItem> urgentNeeds = List.of(new UrgentNeedItem("MEDICAL", "Back injury at work site"));
    private List<PendingClaim> pendingClaims = List.of(
            new PendingClaim("UNPAID_WAGES", new BigDecimal("4500.00"), "QAR", "Three months of wages"));

    NotificationBuilder() {
    }

    public NotificationBuilder missionCode(String value) {
        missionCode = value;
        return this;
    }

    public NotificationBuilder notificationId(String value) {
        notificationId = value;
        return this;
    }

    public NotificationBuilder person(PersonDetails value) {
        person = value;
        return this;
    }

    public NotificationBuilder employment(Employment value) {
        employment = value;
        return this;
    }

    public NotificationBuilder returnModality(String value) {
        returnModality = value;
        return this;
    }

    public NotificationBuilder returnReason(String value) {
        returnReason = value;
        return this;
    }

    public NotificationBuilder expectedArrivalDate(LocalDate value) {
        expectedArrivalDate = value;
        return this;
    }

    public NotificationBuilder portOfEntry(String value) {
        portOfEntry = value;
        return this;
    }

    public NotificationBuilder urgentNeeds(UrgentNeedItem... values) {
        urgentNeeds = Arrays.asList(values);
        return this;
    }

    public NotificationBuilder pendingClaims(PendingClaim... values) {
        pendingClaims = Arrays.asList(values);
        return this;
    }

    public SubmitReturnNotification build() {
        return new SubmitReturnNotification(missionCode, notificationId, person, employment, returnModality,
                returnReason, expectedArrivalDate, portOfEntry, urgentNeeds, pendingClaims);
    }
}
