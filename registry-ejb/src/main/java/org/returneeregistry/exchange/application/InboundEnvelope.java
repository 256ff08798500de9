package org.returneeregistry.exchange.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Inputs;

/**
 * The envelope every partner message carries inside its signed Body: who sends it to whom under which agreement,
 * what it is, and for which purpose it carries which data categories. (senderInstitution, messageId) identifies a
 * message; the message type, purpose and categories must be in the agreement's inbound scope.
 */
public record InboundEnvelope(
        @NotNull @Pattern(regexp = MESSAGE_ID, message = "must be 1 to 64 letters, digits or . _ : -")
        String messageId,

        @Pattern(regexp = MESSAGE_ID, message = "must be 1 to 64 letters, digits or . _ : -")
        String correlationId,

        @NotNull
        @Pattern(
                regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be an agreement id (a UUID)")
        String agreementId,

        @NotNull @Pattern(regexp = ORGANISATION, message = "must be an organisation code")
        String senderInstitution,

        @NotNull @Pattern(regexp = ORGANISATION, message = "must be an organisation code")
        String recipientInstitution,

        @NotNull Instant timestamp,
        @NotNull @Code("message-type") String messageType,
        @NotNull @Code("consent-purpose") String purpose,
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Code("data-category") String> dataCategories) {

    public static final String MESSAGE_ID = "[A-Za-z0-9._:\\-]{1,64}";
    public static final String ORGANISATION = "[A-Z]{3}-[A-Z0-9]{2,10}(-[A-Z0-9]{2,10}){0,2}";

    public InboundEnvelope {
        dataCategories = Inputs.listOf(dataCategories);
    }
}
