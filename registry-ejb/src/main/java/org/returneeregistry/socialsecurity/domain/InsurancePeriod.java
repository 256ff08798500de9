package org.returneeregistry.socialsecurity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * One insurance period with the semantics of the EESSI P5000 document: the country and institution that
 * record it, its dates (an open end runs to the assessment date), its type and scheme, the benefits it counts
 * for (empty: all), the total the institution states for it in its own unit (absent: the dates count), the
 * ISCO-08 occupation, the earnings and contributions paid over the period where a rule uses them, and its
 * source with the reference that traces it (a declaration's number, the institution's record id, the
 * certified answer's message id).
 */
public record InsurancePeriod(
        String reference,
        String country,
        String institution,
        LocalDate from,
        LocalDate to,
        PeriodType type,
        String scheme,
        Set<Benefit> relevance,
        PeriodTotal total,
        String occupation,
        BigDecimal earnings,
        BigDecimal contributions,
        PeriodSource source) {

    /** The order periods are looked at in, so a result never depends on the order they arrived in. */
    public static final Comparator<InsurancePeriod> CANONICAL = Comparator.comparing(InsurancePeriod::country)
            .thenComparing(InsurancePeriod::from)
            .thenComparing(p -> p.to() == null ? LocalDate.MAX : p.to())
            .thenComparing(InsurancePeriod::type)
            .thenComparing(InsurancePeriod::source)
            .thenComparing(p -> p.total() == null ? BigDecimal.ZERO : p.total().amount())
            .thenComparing(p -> p.total() == null ? "" : p.total().unit().name())
            .thenComparing(p -> Objects.toString(p.institution(), ""))
            .thenComparing(p -> Objects.toString(p.scheme(), ""))
            .thenComparing(p -> p.earnings() == null ? BigDecimal.ZERO : p.earnings())
            .thenComparing(p -> p.contributions() == null ? BigDecimal.ZERO : p.contributions())
            .thenComparing(p -> Objects.toString(p.reference(), ""));

    public InsurancePeriod {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        relevance = relevance == null ? Set.of() : Set.copyOf(relevance);
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after the day it starts");
        }
    }

    /** Whether the period counts for the benefit (a period naming no benefit counts for all). */
    public boolean countsFor(Benefit benefit) {
        return relevance.isEmpty() || relevance.contains(benefit);
    }

    /** The last day the period covers, an open end closing on the assessment date. */
    public LocalDate lastDay(LocalDate asOf) {
        return to != null ? to : (asOf.isBefore(from) ? from : asOf);
    }

    /** How the trace names the period. */
    public String label() {
        return (reference == null || reference.isBlank() ? "" : reference + " ") + country + " " + type + " " + from
                + ".." + (to == null ? "open" : to.toString()) + " (" + source + ")";
    }
}
