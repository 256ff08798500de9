package org.returneeregistry.exchange.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner institution's certified insurance periods for a claim, as the SOAP adapter read them from an
 * {@code InsurancePeriodAnswer}: the claim, the partner's country, and each period with the codes as sent (checked
 * by the social security context that takes them in) — or the institution's refusal, with its code and reason. The
 * registry sends the same content when its own institution answers a partner's request.
 */
public record PartnerPeriodAnswer(
        String claimId, String country, List<Period> periods, String refusalCode, String refusalReason) {

    public PartnerPeriodAnswer {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    /** Certified periods, no refusal. */
    public PartnerPeriodAnswer(String claimId, String country, List<Period> periods) {
        this(claimId, country, periods, null, null);
    }

    /** Whether the institution refused the request (then it gives no period). */
    public boolean refused() {
        return refusalCode != null;
    }

    /** One certified period (EESSI P5000 semantics). */
    public record Period(
            String reference,
            String institution,
            LocalDate from,
            LocalDate to,
            String periodType,
            String scheme,
            List<String> relevance,
            BigDecimal totalAmount,
            String totalUnit) {}
}
