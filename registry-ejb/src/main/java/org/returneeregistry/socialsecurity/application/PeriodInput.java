package org.returneeregistry.socialsecurity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/**
 * An insurance period as a caller gives it (EESSI P5000 semantics). Type, relevance, unit and source are codes
 * of the published lists (insurance-period-type, social-security-benefit, period-unit, period-source).
 */
public record PeriodInput(
        @Text @Size(max = 64) String reference,
        @NotNull @Code("country") String country,
        @Text @Size(max = 64) String institution,
        @NotNull LocalDate from,
        LocalDate to,
        @NotNull String type,
        @Text @Size(max = 64) String scheme,
        @Size(max = 5) List<@NotNull String> relevance,
        @Valid PeriodTotalInput total,
        @Code("isco-occupation") String occupation,

        @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2)
        BigDecimal earnings,

        @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2)
        BigDecimal contributions,

        @NotNull String source) {}
