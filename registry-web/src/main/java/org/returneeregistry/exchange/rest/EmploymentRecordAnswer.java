package org.returneeregistry.exchange.rest;

import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.exchange.application.AnswerEmploymentRecordRequest;

/**
 * The body of an officer's answer to a partner's employment record request: {@code outcome} FOUND (with
 * {@code registryNumber}, the returnee answered from, and {@code records}), NOT_FOUND, or REFUSED (with
 * {@code refusalCode} and optionally {@code refusalReason}).
 */
public record EmploymentRecordAnswer(
        String outcome, String refusalCode, String refusalReason, String registryNumber, List<Record> records) {

    /** One period of employment. */
    public record Record(String employer, LocalDate from, LocalDate to, Integer contributionMonths) {}

    AnswerEmploymentRecordRequest toCommand() {
        return new AnswerEmploymentRecordRequest(
                outcome,
                refusalCode,
                refusalReason,
                registryNumber,
                records == null
                        ? null
                        : records.stream()
                                .map(r -> r == null
                                        ? null
                                        : new AnswerEmploymentRecordRequest.Record(
                                                r.employer(), r.from(), r.to(), r.contributionMonths()))
                                .toList());
    }
}
