package org.returneeregistry.notification.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** A claim the worker still has abroad: unpaid wages, end-of-service benefits, compensation, contributions. */
public record PendingClaim(
        @NotNull @Code("pending-claim-type") String type,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
        @Text(multiLine = true) @Size(min = 1, max = 1000) String description) {

    public PendingClaim {
        amount = amount == null ? null : plain(amount);
    }

    /** One spelling per amount (1500.00 and 1500 are the same claim), never in exponent form. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
