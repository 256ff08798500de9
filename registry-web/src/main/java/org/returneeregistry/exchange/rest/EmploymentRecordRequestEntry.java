package org.returneeregistry.exchange.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.exchange.application.EmploymentRecordRequestView;

/**
 * An employment record request between the registry and a partner, and its answer: {@code direction} INBOUND (the
 * partner asked; the registry's officers answer it) or OUTBOUND (the registry asked; the partner's answer, once
 * taken in), {@code status} AWAITING_ANSWER or ANSWERED.
 */
public record EmploymentRecordRequestEntry(
        String id,
        String direction,
        String messageId,
        String partner,
        String agreementId,
        int agreementVersion,
        String purpose,
        String registryNumber,
        List<RequestedIdentifier> identifiers,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant requestedAt,
        String status,
        String outcome,
        String refusalCode,
        String refusalReason,
        List<EmploymentRecordAnswer.Record> records,
        String answerMessageId,
        Instant answeredAt,
        String answeredBy) {

    /** An identifier of the person asked about. */
    public record RequestedIdentifier(String type, String number, String issuingCountry) {}

    static EmploymentRecordRequestEntry from(EmploymentRecordRequestView v) {
        return new EmploymentRecordRequestEntry(
                v.id(),
                v.direction(),
                v.messageId(),
                v.partner(),
                v.agreementId(),
                v.agreementVersion(),
                v.purpose(),
                v.registryNumber(),
                v.identifiers().stream()
                        .map(i -> new RequestedIdentifier(i.type(), i.number(), i.issuingCountry()))
                        .toList(),
                v.periodFrom(),
                v.periodTo(),
                v.requestedAt(),
                v.status(),
                v.outcome(),
                v.refusalCode(),
                v.refusalReason(),
                v.records().stream()
                        .map(r -> new EmploymentRecordAnswer.Record(
                                r.employer(), r.from(), r.to(), r.contributionMonths()))
                        .toList(),
                v.answerMessageId(),
                v.answeredAt(),
                v.answeredBy());
    }
}
