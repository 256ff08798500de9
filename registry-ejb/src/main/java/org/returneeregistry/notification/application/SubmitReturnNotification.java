package org.returneeregistry.notification.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.shared.domain.Inputs;
import org.returneeregistry.notification.domain.PendingClaim;
import org.returneeregistry.notification.domain.UrgentNeedItem;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/**
 * A mission tells the registry that a worker is coming home. (missionCode, notificationId) is the
 * idempotency key. Once callers carry tokens, the mission is checked against the caller's
 * organisation; its meaning here does not change.
 */
public record SubmitReturnNotification(
        @NotNull @Pattern(regexp = MISSION_PATTERN, message = "must be an organisation code such as NPL-EMB-DOH") String missionCode,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:\\-]{1,64}", message = "must be 1 to 64 letters, digits or . _ : -") String notificationId,
        @NotNull @Valid PersonDetails person,
        @NotNull @Valid Employment employment,
        @NotNull @Code("return-modality") String returnModality,
        @Text(multiLine = true) @Size(min = 1, max = 1000) String returnReason,
        @NotNull LocalDate expectedArrivalDate,
        @Text @Size(min = 1, max = 64) String portOfEntry,
        @Size(max = 5) List<@NotNull @Valid UrgentNeedItem> urgentNeeds,
        @Size(max = 10) List<@NotNull @Valid PendingClaim> pendingClaims) {

    public static final String MISSION_PATTERN = "[A-Z]{3}-[A-Z0-9]{2,10}(-[A-Z0-9]{2,10}){0,2}";

    public SubmitReturnNotification {
        urgentNeeds = Inputs.listOf(urgentNeeds);
        pendingClaims = Inputs.listOf(pendingClaims);
    }
}
