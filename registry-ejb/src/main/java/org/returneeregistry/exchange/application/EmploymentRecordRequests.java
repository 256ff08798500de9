package org.returneeregistry.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest.Direction;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest.Outcome;
import org.returneeregistry.exchange.domain.EmploymentRecordRequest.Refusal;
import org.returneeregistry.exchange.persistence.EmploymentRecordRequestRepository;
import org.returneeregistry.returnee.application.ReturneeIdentifier;
import org.returneeregistry.shared.domain.ErrorCode;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;

/**
 * Keeps employment record requests between registries: a request the registry sent, until the partner's answer
 * (correlated by the request's message id) is taken in; a partner's request, until the registry's officers answer
 * it. Called within the transactions of the exchange: the request queued, the inbound message taken in.
 */
@ApplicationScoped
public class EmploymentRecordRequests {

    @Inject
    private EmploymentRecordRequestRepository requests;

    @Inject
    private Clock clock;

    /** The registry queued a request: its answer is awaited. */
    void sent(
            String messageId,
            String partner,
            String agreementId,
            int agreementVersion,
            String purpose,
            String registryNumber,
            List<ReturneeIdentifier> identifiers,
            LocalDate periodFrom,
            LocalDate periodTo) {
        requests.add(EmploymentRecordRequest.sent(
                messageId,
                partner,
                agreementId,
                agreementVersion,
                purpose,
                registryNumber,
                identifiersJson(identifiers),
                periodFrom,
                periodTo,
                clock.instant()));
    }

    /** A partner's request taken in: it awaits the registry's officers. */
    void received(InboundEnvelope envelope, int agreementVersion, PartnerEmploymentQuery query) {
        requests.add(EmploymentRecordRequest.received(
                envelope.messageId(),
                envelope.senderInstitution(),
                envelope.agreementId(),
                agreementVersion,
                envelope.purpose(),
                identifiersJson(query.identifiers().stream()
                        .map(i -> new ReturneeIdentifier(i.type(), i.number(), i.issuingCountry()))
                        .toList()),
                query.periodFrom(),
                query.periodTo(),
                clock.instant()));
    }

    /**
     * Refuses, writing nothing, an answer that names no request the registry sent the sender and still awaits
     * ({@code RequestNotAwaitingAnswer}), or whose outcome and refusal code disagree ({@code ValidationFailed}).
     */
    void check(String sender, String correlationId, PartnerEmploymentAnswer answer) {
        awaiting(sender, correlationId, false);
        boolean refused = "REFUSED".equals(answer.outcome());
        if (refused != (answer.refusalCode() != null)) {
            throw RegistryException.invalid(List.of(new Violation(
                    "answer.refusalCode",
                    "RefusalCodeWhenRefused",
                    "must be given exactly when the outcome is REFUSED")));
        }
    }

    /** The partner's answer to the registry's request, taken in with the message. */
    void answerReceived(InboundEnvelope envelope, PartnerEmploymentAnswer answer) {
        EmploymentRecordRequest request = awaiting(envelope.senderInstitution(), envelope.correlationId(), true);
        request.answer(
                Outcome.valueOf(answer.outcome()),
                answer.refusalCode() == null ? null : Refusal.valueOf(answer.refusalCode()),
                answer.refusalReason(),
                recordsJson(answer.records()),
                null,
                envelope.messageId(),
                clock.instant(),
                envelope.senderInstitution());
    }

    /** The request the answer names, still awaiting its answer; locked for it within the message's transaction. */
    private EmploymentRecordRequest awaiting(String sender, String correlationId, boolean lock) {
        Optional<EmploymentRecordRequest> request = correlationId == null
                ? Optional.empty()
                : lock
                        ? requests.findForAnswer(Direction.OUTBOUND, sender, correlationId)
                        : requests.find(Direction.OUTBOUND, sender, correlationId);
        if (request.isEmpty() || !request.get().awaitingAnswer()) {
            throw new RegistryException(
                    ErrorCode.REQUEST_NOT_AWAITING_ANSWER,
                    "The registry awaits no answer from " + sender + " to a request "
                            + (correlationId == null ? "(no correlationId)" : correlationId) + ".");
        }
        return request.get();
    }

    static String identifiersJson(List<ReturneeIdentifier> identifiers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ReturneeIdentifier i : identifiers) {
            array.add(Json.createObjectBuilder()
                    .add("type", i.type())
                    .add("number", i.number())
                    .add("issuingCountry", i.issuingCountry()));
        }
        return array.build().toString();
    }

    static List<ReturneeIdentifier> identifiers(String json) {
        return read(json).getValuesAs(JsonObject.class).stream()
                .map(o -> new ReturneeIdentifier(
                        o.getString("type"), o.getString("number"), o.getString("issuingCountry")))
                .toList();
    }

    static String recordsJson(List<PartnerEmploymentAnswer.Record> records) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PartnerEmploymentAnswer.Record r : records) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("employer", r.employer())
                    .add("from", r.from().toString());
            if (r.to() != null) {
                o.add("to", r.to().toString());
            }
            if (r.contributionMonths() != null) {
                o.add("contributionMonths", r.contributionMonths());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    static List<PartnerEmploymentAnswer.Record> records(String json) {
        if (json == null) {
            return List.of();
        }
        return read(json).getValuesAs(JsonObject.class).stream()
                .map(o -> new PartnerEmploymentAnswer.Record(
                        o.getString("employer"),
                        LocalDate.parse(o.getString("from")),
                        o.containsKey("to") ? LocalDate.parse(o.getString("to")) : null,
                        o.containsKey("contributionMonths") ? o.getInt("contributionMonths") : null))
                .toList();
    }

    private static JsonArray read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
