package org.returneeregistry.exchange.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest;
import org.returneeregistry.returnee.application.ReturneeIdentifier;

/** An employment record request between registries and its answer, as its readers see it. */
public record EmploymentRecordRequestView(
        String id,
        String direction,
        String messageId,
        String partner,
        String agreementId,
        int agreementVersion,
        String purpose,
        String registryNumber,
        List<ReturneeIdentifier> identifiers,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant requestedAt,
        String status,
        String outcome,
        String refusalCode,
        String refusalReason,
        List<PartnerEmploymentAnswer.Record> records,
        String answerMessageId,
        Instant answeredAt,
        String answeredBy) {

    static EmploymentRecordRequestView of(EmploymentRecordRequest r) {
        return new EmploymentRecordRequestView(
                r.id(),
                r.direction().name(),
                r.messageId(),
                r.partner(),
                r.agreementId(),
                r.agreementVersion(),
                r.purpose(),
                r.registryNumber(),
                EmploymentRecordRequests.identifiers(r.identifiers()),
                r.periodFrom(),
                r.periodTo(),
                r.requestedAt(),
                r.status().name(),
                r.outcome() == null ? null : r.outcome().name(),
                r.refusalCode() == null ? null : r.refusalCode().name(),
                r.refusalReason(),
                EmploymentRecordRequests.records(r.records()),
                r.answerMessageId(),
                r.answeredAt(),
                r.answeredBy());
    }
}
