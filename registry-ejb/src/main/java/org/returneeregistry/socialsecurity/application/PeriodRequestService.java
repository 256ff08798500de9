package org.returneeregistry.socialsecurity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.exchange.application.PartnerPeriodAnswer;
import org.returneeregistry.returnee.application.ReturneeIdentifier;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.application.AuditOperation;
import org.returneeregistry.shared.application.CallerContext;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.application.ServiceCall;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Role;
import org.returneeregistry.shared.domain.Sha256;
import org.returneeregistry.socialsecurity.domain.InsurancePeriod;
import org.returneeregistry.socialsecurity.domain.PeriodRefusal;
import org.returneeregistry.socialsecurity.domain.PeriodRequest;
import org.returneeregistry.socialsecurity.domain.PeriodRequestMatch;
import org.returneeregistry.socialsecurity.domain.PeriodRequestStatus;
import org.returneeregistry.socialsecurity.persistence.PeriodRequestRepository;

/**
 * The worklist of partner institutions' insurance period requests to this registry's institution, and their answers.
 * The institution's social security officers list and read the requests addressed to their institution and answer
 * each once: with the institution's certified periods (its own country's), or a refusal with a reason code. The
 * answer goes out as a signed {@code InsurancePeriodAnswer} naming the partner's latest request, decided by the
 * decision point under the agreement's OUTBOUND scope and sent through the partner outbox with its receipt verified.
 *
 * <p>A request addressed to another institution answers NotFound, as an unknown one does. The same answer again
 * answers the request as it stands and sends nothing; a different answer to an answered request is refused
 * ({@code PeriodRequestAnswered}) — the partner has taken the first in as certified. Reading the worklist is not a
 * read of a returnee's record (the person is the partner's, known by its identifiers), so it is audited but not put to
 * the consent decision point; the answer, which discloses periods across the border, is.
 */
@Stateless
@Interceptors(ServiceCall.class)
@RolesAllowed(Role.Names.SOCIAL_SECURITY_OFFICER)
public class PeriodRequestService {

    private static final Pattern REQUEST_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    private PeriodRequestRepository requests;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @EJB
    private ReturneeRecords returnees;

    @EJB
    private CallerContext caller;

    @EJB
    private PeriodRequests messages;

    @Inject
    @ConfigProperty(name = "registry.operator.country")
    String operatorCountry;

    /** The requests addressed to the caller's institution, oldest first; optionally of one status or sender. */
    @AuditOperation("SS_PERIOD_REQUEST_LIST")
    public Page<PeriodRequestView> list(PeriodRequestQuery query) {
        InputValidation validation = InputValidation.of(validator, query);
        PeriodRequestStatus status =
                SocialSecurityService.code(validation, "status", query.status(), PeriodRequestStatus.class);
        validation.throwIfInvalid();
        Page<PeriodRequest> found = requests.list(
                caller.actor().organisation(),
                status,
                query.sender(),
                Page.numberOrFirst(query.page()),
                Page.sizeOrDefault(query.pageSize()));
        return new Page<>(
                found.items().stream().map(this::view).toList(), found.page(), found.pageSize(), found.totalCount());
    }

    /** One request addressed to the caller's institution. */
    @AuditOperation("SS_PERIOD_REQUEST_READ")
    public PeriodRequestView get(String requestId) {
        return view(visible(requestId));
    }

    /**
     * Answers a request with certified periods or a refusal, once, and sends the answer to the partner; the same
     * answer again changes nothing.
     */
    @AuditOperation("SS_PERIOD_REQUEST_ANSWER")
    public PeriodRequestView answer(String requestId, AnswerPeriodRequest command) {
        InputValidation validation = InputValidation.of(validator, command);
        boolean hasPeriods = command.periods() != null && !command.periods().isEmpty();
        PeriodRefusal refusal =
                SocialSecurityService.code(validation, "refusal", command.refusal(), PeriodRefusal.class);
        validation.check(
                hasPeriods == (command.refusal() != null),
                hasPeriods ? "refusal" : "periods",
                "OneOf",
                "an answer gives certified periods or a refusal, not both and not neither");
        validation.check(
                refusal == PeriodRefusal.OTHER
                        && (command.reason() == null || command.reason().isBlank()),
                "reason",
                "NotBlank",
                "a refusal for another reason says which");
        List<InsurancePeriod> periods = SocialSecurityService.periods(validation, command.periods());
        if (command.periods() != null) {
            for (int i = 0; i < command.periods().size(); i++) {
                PeriodInput p = command.periods().get(i);
                validation.check(
                        p != null && p.country() != null && !p.country().equals(operatorCountry),
                        "periods[" + i + "].country",
                        "OwnCountry",
                        "an institution certifies its own country's periods (" + operatorCountry + ")");
            }
        }
        validation.throwIfInvalid();
        PeriodRequest request = visible(requestId);
        String hash = hash(command);
        if (request.answeredWith(hash)) {
            return view(request);
        }
        request.requireOpen();
        Actor actor = caller.actor();
        if (refusal != null) {
            String messageId = messages.sendAnswer(
                    request,
                    new PartnerPeriodAnswer(
                            request.partnerClaimId(), operatorCountry, List.of(), refusal.name(), command.reason()));
            request.refuse(refusal, command.reason(), hash, messageId, actor, clock.instant());
        } else {
            List<PartnerPeriodAnswer.Period> certified = periods.stream()
                    .map(p -> new PartnerPeriodAnswer.Period(
                            p.reference(),
                            p.institution(),
                            p.from(),
                            p.to(),
                            p.type().name(),
                            p.scheme(),
                            p.relevance().stream().map(Enum::name).sorted().toList(),
                            p.total() == null ? null : p.total().amount(),
                            p.total() == null ? null : p.total().unit().name()))
                    .toList();
            String messageId = messages.sendAnswer(
                    request, new PartnerPeriodAnswer(request.partnerClaimId(), operatorCountry, certified));
            request.answer(periodsJson(certified), hash, messageId, actor, clock.instant());
        }
        requests.flush();
        return view(request);
    }

    private PeriodRequest visible(String requestId) {
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw RegistryException.notFound("Period request " + requestId);
        }
        return requests.find(requestId)
                .filter(r -> r.recipientInstitution().equals(caller.actor().organisation()))
                .orElseThrow(() -> RegistryException.notFound("Period request " + requestId));
    }

    /** Which of this registry's returnees holds the partner's identifiers (seen by the officers, never sent). */
    private PeriodRequestView.Match match(List<PeriodRequestView.Identifier> identifiers) {
        PeriodRequestMatch m = PeriodRequestMatch.of(returnees.holdersOf(
                identifiers.stream()
                        .map(i -> new ReturneeIdentifier(i.type(), i.number(), i.issuingCountry()))
                        .toList(),
                PeriodRequestMatch.MAX_CANDIDATES));
        return new PeriodRequestView.Match(m.outcome().name(), m.registryNumber(), m.candidates());
    }

    private PeriodRequestView view(PeriodRequest r) {
        List<PeriodRequestView.Identifier> identifiers = new ArrayList<>();
        for (JsonObject o : array(r.identifiers()).getValuesAs(JsonObject.class)) {
            identifiers.add(new PeriodRequestView.Identifier(
                    o.getString("type"), o.getString("number"), o.getString("issuingCountry")));
        }
        List<PeriodRequestView.Period> periods = new ArrayList<>();
        if (r.answerPeriods() != null) {
            for (JsonObject o : array(r.answerPeriods()).getValuesAs(JsonObject.class)) {
                periods.add(new PeriodRequestView.Period(
                        o.getString("reference", null),
                        o.getString("institution", null),
                        LocalDate.parse(o.getString("from")),
                        o.containsKey("to") ? LocalDate.parse(o.getString("to")) : null,
                        o.getString("periodType"),
                        o.getString("scheme", null),
                        o.getJsonArray("relevance").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString)
                                .toList(),
                        o.containsKey("totalAmount")
                                ? o.getJsonNumber("totalAmount").bigDecimalValue()
                                : null,
                        o.getString("totalUnit", null)));
            }
        }
        PeriodRequestView.Decision decision = r.decisionMessageId() == null
                ? null
                : new PeriodRequestView.Decision(
                        r.decisionMessageId(),
                        r.decision(),
                        r.decisionOutcome(),
                        r.decisionAmount(),
                        r.decisionBasis(),
                        r.decisionPeriods(),
                        r.decisionUnit(),
                        r.decisionAsOf(),
                        r.decidedAt(),
                        r.decisionReason(),
                        ClaimService.trace(r.decisionTrace()),
                        r.decisionReceivedAt());
        return new PeriodRequestView(
                r.requestId(),
                r.version(),
                r.senderInstitution(),
                r.agreementId(),
                r.partnerClaimId(),
                r.benefit(),
                identifiers,
                match(identifiers),
                r.firstMessageId(),
                r.latestMessageId(),
                r.remindersReceived(),
                r.receivedAt(),
                r.lastReceivedAt(),
                r.status().name(),
                r.answerMessageId(),
                messages.delivery(r.answerMessageId()).orElse(null),
                r.answeredAt(),
                r.answeredBy(),
                periods,
                r.refusalCode() == null ? null : r.refusalCode().name(),
                r.refusalReason(),
                decision);
    }

    private static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    static String periodsJson(List<PartnerPeriodAnswer.Period> periods) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PartnerPeriodAnswer.Period p : periods) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            optional(o, "reference", p.reference());
            optional(o, "institution", p.institution());
            o.add("from", p.from().toString());
            optional(o, "to", p.to() == null ? null : p.to().toString());
            o.add("periodType", p.periodType());
            optional(o, "scheme", p.scheme());
            JsonArrayBuilder relevance = Json.createArrayBuilder();
            p.relevance().forEach(relevance::add);
            o.add("relevance", relevance);
            if (p.totalAmount() != null) {
                o.add("totalAmount", p.totalAmount());
            }
            optional(o, "totalUnit", p.totalUnit());
            array.add(o);
        }
        return array.build().toString();
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    /** The answer's identity: the same periods (in order) or the same refusal hash the same. */
    static String hash(AnswerPeriodRequest a) {
        StringBuilder text = new StringBuilder();
        text.append(a.refusal()).append('\n').append(a.reason()).append('\n');
        if (a.periods() != null) {
            for (PeriodInput p : a.periods()) {
                text.append(p).append('\n');
            }
        }
        return Sha256.hex(text.toString());
    }
}
