package org.returneeregistry.exchange.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest;
import org.returneeregistry.shared.domain.Inputs;
import org.returneeregistry.shared.domain.Text;

/**
 * An officer's answer to a partner's employment record request: {@code FOUND} with the records and the registry
 * number of the returnee they are answered from (who must hold one of the identifiers asked about), {@code NOT_FOUND},
 * or {@code REFUSED} with a reason code and, optionally, a reason in words.
 */
public record AnswerEmploymentRecordRequest(
        @NotNull @Pattern(regexp = "FOUND|NOT_FOUND|REFUSED", message = "must be FOUND, NOT_FOUND or REFUSED")
        String outcome,

        @Pattern(
                regexp =
                        "NO_CONSENT|IDENTITY_NOT_CONFIRMED|RECORDS_NOT_HELD|NOT_COVERED_BY_AGREEMENT|LEGAL_RESTRICTION",
                message = "must be a code of the employment record refusal list")
        String refusalCode,

        @Text(multiLine = true) @Size(max = EmploymentRecordRequest.REASON_LENGTH)
        String refusalReason,

        @Pattern(regexp = "RR-[0-9]{4}-[0-9]{4}-[0-9]", message = "must be a registry number")
        String registryNumber,

        @Size(max = 50) List<@NotNull @Valid Record> records) {

    /** One period of employment. */
    public record Record(
            @Text @NotBlank @Size(max = 200) String employer,
            @NotNull LocalDate from,
            LocalDate to,
            @Min(0) @Max(1200) Integer contributionMonths) {}

    public AnswerEmploymentRecordRequest {
        records = records == null ? List.of() : Inputs.listOf(records);
    }
}
