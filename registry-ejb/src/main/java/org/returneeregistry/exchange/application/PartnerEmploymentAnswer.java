package org.returneeregistry.exchange.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of an {@code EmploymentRecordResponse}: the outcome ({@code FOUND}, {@code NOT_FOUND}, {@code REFUSED}),
 * the refusal's code and reason, and the records found.
 */
public record PartnerEmploymentAnswer(String outcome, String refusalCode, String refusalReason, List<Record> records) {

    /** One period of employment as the contract's {@code EmploymentRecord}. */
    public record Record(String employer, LocalDate from, LocalDate to, Integer contributionMonths) {}

    public PartnerEmploymentAnswer {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
