package org.returneeregistry.reintegration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.consent.application.AccessDecision;
import org.returneeregistry.consent.application.AccessDecisions;
import org.returneeregistry.reintegration.domain.Breakdown;
import org.returneeregistry.reintegration.domain.Indicator;
import org.returneeregistry.reintegration.domain.IndicatorTable;
import org.returneeregistry.reintegration.persistence.IndicatorQueries;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallScope;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Violation;

/**
 * The M&E indicators, computed from the reintegration cases and the referrals linked to them, disaggregated
 * by at most two breakdowns, small cells withheld ({@link org.returneeregistry.reintegration.domain.CellSuppression}).
 * Read by auditors, administrators and ministries' systems; each table read is decided by the consent
 * decision point as a read of aggregate statistics (a ministry must declare the purpose {@code STATISTICS})
 * and logged. An answer names no person and carries no free text.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed({Role.Names.AUDITOR, Role.Names.REGISTRY_ADMIN, Role.Names.MINISTRY_SYSTEM})
public class IndicatorService {

    /** The most breakdowns one table may have: complementary suppression is proven for one and two. */
    public static final int MAX_DIMENSIONS = 2;

    @Inject
    private Indicators indicators;

    @Inject
    private IndicatorQueries queries;

    @EJB
    private AccessDecisions decisions;

    @Inject
    private CallScope scope;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.indicators.threshold", defaultValue = "5")
    private int threshold;

    @Inject
    @ConfigProperty(name = "registry.indicators.age-bands", defaultValue = "18,25,35,45,60")
    private String ageBands;

    /** The catalogue: every indicator with its definition and the breakdowns it offers. */
    @AuditOperation("INDICATOR_LIST")
    public List<IndicatorView> catalogue() {
        return indicators.catalogue().all().stream().map(IndicatorView::of).toList();
    }

    /**
     * One indicator's table for the returns dated {@code from}..{@code to} (either may be absent), broken down
     * by {@code by} (wire names). An unknown indicator is UnknownIndicator; a breakdown the registry does not
     * know or the indicator does not offer is UnknownDimension; more than two, two periods, a repeated one or
     * dates that cannot be read are ValidationFailed.
     */
    @AuditOperation("INDICATOR_READ")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public IndicatorTableView table(String id, List<String> by, String from, String to, String purpose) {
        Indicator indicator = indicators
                .catalogue()
                .find(id)
                .orElseThrow(() -> new RegistryException(ErrorCode.UNKNOWN_INDICATOR, "No indicator " + id + "."));
        List<Violation> violations = new ArrayList<>();
        List<Breakdown> breakdowns = breakdowns(indicator, by, violations);
        LocalDate fromDate = date("from", from, violations);
        LocalDate toDate = date("to", to, violations);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            violations.add(new Violation("from", "DateOrder", "must not be after to"));
        }
        Optional<Purpose> declared = Optional.empty();
        if (purpose != null && !purpose.isBlank()) {
            declared = Purpose.of(purpose);
            if (declared.isEmpty()) {
                violations.add(new Violation("purpose", "Code", "is not a consent-purpose code"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RegistryException(ErrorCode.VALIDATION_FAILED, "The indicator query is invalid.", violations);
        }
        AccessDecision decision = decisions
                .decideStatistics(scope.channel(), "INDICATOR:" + indicator.id(), declared.orElse(null))
                .orRefuse();
        IndicatorTable table = IndicatorTable.assemble(
                indicator,
                breakdowns,
                threshold,
                queries.count(indicator, breakdowns, bounds(), fromDate, toDate, LocalDate.now(clock)));
        return new IndicatorTableView(
                IndicatorView.of(indicator),
                breakdowns.stream().map(Breakdown::wireName).toList(),
                fromDate,
                toDate,
                threshold,
                decision.sequence(),
                table.cells().stream()
                        .map(c -> new IndicatorTableView.CellView(
                                c.categories(), c.status().name(), c.count(), c.numerator(), c.value()))
                        .toList());
    }

    private static List<Breakdown> breakdowns(Indicator indicator, List<String> by, List<Violation> violations) {
        List<Breakdown> out = new ArrayList<>();
        if (by == null) {
            return out;
        }
        for (String name : by) {
            Breakdown b = Breakdown.of(name)
                    .filter(indicator::offers)
                    .orElseThrow(() -> new RegistryException(
                            ErrorCode.UNKNOWN_DIMENSION,
                            "Indicator " + indicator.id() + " cannot be broken down by '" + name + "'; it offers "
                                    + String.join(
                                            ", ", IndicatorView.of(indicator).dimensions()) + "."));
            if (out.contains(b)) {
                violations.add(new Violation("by", "Repeated", name + " is asked twice"));
            } else if (b.period() && out.stream().anyMatch(Breakdown::period)) {
                violations.add(new Violation("by", "OnePeriod", "at most one of year, quarter, month"));
            } else {
                out.add(b);
            }
        }
        if (out.size() > MAX_DIMENSIONS) {
            violations.add(new Violation(
                    "by",
                    "AtMostTwo",
                    "at most " + MAX_DIMENSIONS + " dimensions (small-cell protection is proven for two)"));
        }
        return out;
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "Date", "must be a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private List<Integer> bounds() {
        List<Integer> out = new ArrayList<>();
        for (String s : ageBands.split(",")) {
            out.add(Integer.parseInt(s.trim()));
        }
        return out;
    }
}
