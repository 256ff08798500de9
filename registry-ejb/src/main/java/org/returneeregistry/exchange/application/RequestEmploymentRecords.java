package org.returneeregistry.exchange.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.codelist.Code;

/**
 * A request to a partner institution, under an agreement, for a returnee's employment and contribution records
 * abroad; the purpose is declared, as for every disclosure (the request carries the returnee's identifiers).
 */
public record RequestEmploymentRecords(
        @NotNull
        @Pattern(
                regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be an agreement id")
        String agreementId,

        @NotNull @Size(min = 1, max = 36) @Pattern(regexp = "[A-Z0-9-]{1,36}", message = "must be an organisation code")
        String recipientInstitution,

        @NotNull @Code("consent-purpose") String purpose,
        LocalDate periodFrom,
        LocalDate periodTo) {}
