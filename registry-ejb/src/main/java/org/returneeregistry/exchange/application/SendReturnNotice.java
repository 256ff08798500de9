package org.returneeregistry.exchange.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/**
 * A return notice to a partner institution under an agreement: the worker left (end of contract, deportation,
 * death …) on {@code exitDate}. The person and their latest work abroad come from the returnee's record; the purpose
 * is declared, as for every disclosure.
 */
public record SendReturnNotice(
        @NotNull
        @Pattern(
                regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be an agreement id")
        String agreementId,

        @NotNull @Size(min = 1, max = 36) @Pattern(regexp = "[A-Z0-9-]{1,36}", message = "must be an organisation code")
        String recipientInstitution,

        @NotNull @Code("consent-purpose") String purpose,
        @NotNull @Code("return-modality") String returnModality,
        @Text(multiLine = true) @Size(min = 1, max = 1000) String returnReason,
        @NotNull @PastOrPresent LocalDate exitDate,
        @Text @Size(min = 1, max = 64) String portOfEntry) {}
