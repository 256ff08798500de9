package org.returneeregistry.socialsecurity.domain;

/**
 * One line of a computation trace: the step (RECEIVED, EXCLUDED, SUPERSEDED, OVERLAP, HOME_SLOT, CONVERTED,
 * YEAR, YEAR_MAXIMUM, TOTAL, THRESHOLD, FORMULA, RESULT) and what happened, with its numbers.
 */
public record TraceEntry(String step, String text) {}
