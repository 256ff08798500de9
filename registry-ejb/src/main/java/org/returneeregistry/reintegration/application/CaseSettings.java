package org.returneeregistry.reintegration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.reintegration.domain.CaseOpeningRule;
import org.returneeregistry.reintegration.domain.FollowUpSchedule;

/**
 * How cases are run here (MicroProfile Config): when they open ({@code registry.cases.open-on}:
 * {@code EVERY_RETURN}, the default, or {@code NEEDS_OR_VULNERABILITY}) and the follow-up schedule
 * ({@code registry.cases.follow-up.interval}, an ISO-8601 period, default {@code P1M};
 * {@code registry.cases.follow-up.count}, default 6; {@code registry.cases.follow-up.from}, {@code OPENING}
 * by default or {@code RETURN} to count from the day the returnee came back).
 */
@ApplicationScoped
public class CaseSettings {

    @Inject
    @ConfigProperty(name = "registry.cases.open-on", defaultValue = "EVERY_RETURN")
    String openOn;

    @Inject
    @ConfigProperty(name = "registry.cases.follow-up.interval", defaultValue = "P1M")
    String interval;

    @Inject
    @ConfigProperty(name = "registry.cases.follow-up.count", defaultValue = "6")
    int count;

    @Inject
    @ConfigProperty(name = "registry.cases.follow-up.from", defaultValue = "OPENING")
    String from;

    public CaseOpeningRule.Mode mode() {
        return CaseOpeningRule.Mode.valueOf(openOn);
    }

    public FollowUpSchedule schedule() {
        return new FollowUpSchedule(Period.parse(interval), count);
    }

    /**
     * The day the schedule counts from: the case's opening (null) by default, or the return itself where
     * {@code registry.cases.follow-up.from} is {@code RETURN} and the return's date is known.
     */
    public java.time.LocalDate scheduleFrom(java.time.LocalDate returnDate) {
        return "RETURN".equals(from) ? returnDate : null;
    }
}
