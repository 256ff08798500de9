package org.returneeregistry.consent.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The decision log in figures over a period of days (UTC), for an auditor's charts: decisions per day by outcome,
 * denies by reason, and reads per organisation and purpose. Aggregates only: no returnee, no entry, no hash.
 *
 * @param from first day of the period
 * @param to last day of the period, inclusive
 * @param organisation the organisation the figures are limited to, or null for all
 * @param days every day of the period, in order, with its permits and denies (zero on a day without decisions)
 * @param deniesByReason the denies of the period per reason, most frequent first
 * @param readsByOrganisationAndPurpose the decisions of the period per organisation and declared purpose, most
 *     frequent first
 */
public record DecisionFigures(
        LocalDate from,
        LocalDate to,
        String organisation,
        List<Day> days,
        List<Reason> deniesByReason,
        List<Reads> readsByOrganisationAndPurpose) {

    /** The largest period the figures cover, in days. */
    public static final int MAX_DAYS = 366;

    /** The most organisation and purpose pairs answered (the most frequent). */
    public static final int MAX_PAIRS = 50;

    public record Day(LocalDate day, long permits, long denies) {
        public long total() {
            return permits + denies;
        }
    }

    public record Reason(String reason, long denies) {}

    public record Reads(String organisation, String purpose, long permits, long denies) {
        public long total() {
            return permits + denies;
        }
    }
}
