package org.returneeregistry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.shared.rest.OpenApiDocument;

/**
 * The transfer types leave the JSON exactly as it was when the application's records were serialised: for
 * every operation's example, the answer read as the application's type and written through its transfer type
 * is the same JSON as written directly; a request read through its transfer type gives the same command as
 * read directly into the application's type. The JSON-B provider is the server's (Yasson), with its defaults.
 */
class RestWireJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final JsonObject EXAMPLES = examples();

    private static JsonObject examples() {
        try (var in = OpenApiDocument.class.getResourceAsStream("openapi-examples.json")) {
            return Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                answer(
                        "submitReturnNotification",
                        "notification.application.Acknowledgement",
                        "notification.rest.Acknowledgement"),
                answer(
                        "listIdentityReviews",
                        "notification.application.IdentityReviewView",
                        "notification.rest.IdentityReview"),
                answer("registerReturnee", "returnee.application.ReturneeView", "returnee.rest.Returnee"),
                answer("getReturnee", "returnee.application.ReturneeView", "returnee.rest.Returnee"),
                answer("findReturnees", "returnee.application.ReturneeSummary", "returnee.rest.ReturneeSummary"),
                answer("getReturneeHistory", "returnee.application.HistoryView", "returnee.rest.HistoryEntry"),
                answer("discloseReturnee", "returnee.application.DisclosedReturnee", "returnee.rest.DisclosedReturnee"),
                answer("getConsent", "consent.application.ConsentView", "consent.rest.Consent"),
                answer("revokeConsent", "consent.application.ConsentView", "consent.rest.Consent"),
                answer("findDecisions", "consent.application.DecisionView", "consent.rest.Decision"),
                answer("verifyDecisionLog", "consent.application.ChainVerification", "shared.rest.ChainVerification"),
                answer("verifyAuditTrail", "shared.domain.ChainCheck", "shared.rest.ChainVerification"),
                answer("findAuditEntries", "audit.application.AuditEntryView", "audit.rest.AuditEntry"),
                answer(
                        "registerOrganisation",
                        "organisation.application.OrganisationView",
                        "organisation.rest.Organisation"),
                answer(
                        "listOrganisations",
                        "organisation.application.OrganisationSummary",
                        "organisation.rest.OrganisationSummary"),
                answer(
                        "getDeliveryEndpoint",
                        "exchange.application.DeliveryEndpointView",
                        "exchange.rest.DeliveryEndpoint"),
                answer("findOutboxMessages", "exchange.application.OutboxMessageView", "exchange.rest.OutboxMessage"),
                answer("requeueOutboxMessage", "exchange.application.OutboxMessageView", "exchange.rest.OutboxMessage"),
                answer("listReferralRoutes", "reintegration.application.RouteView", "reintegration.rest.Route"),
                answer("getReferral", "reintegration.application.ReferralView", "reintegration.rest.Referral"),
                answer("declineReferral", "reintegration.application.ReferralView", "reintegration.rest.Referral"),
                answer(
                        "listReferrals",
                        "reintegration.application.ReferralSummary",
                        "reintegration.rest.ReferralSummary"),
                answer("getCodeList", "shared.codelist.CodeList", "shared.rest.CodeListDetail"));
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                request(
                        "submitReturnNotification",
                        "notification.rest.SubmitReturnNotification",
                        "notification.application.SubmitReturnNotification"),
                request(
                        "mergeIdentityReview",
                        "notification.rest.ResolveReview",
                        "notification.application.ResolveReview"),
                request("registerReturnee", "returnee.rest.RegisterReturnee", "returnee.application.RegisterReturnee"),
                request("recordConsent", "consent.rest.RecordConsent", "consent.application.RecordConsent"),
                request(
                        "registerOrganisation",
                        "organisation.rest.RegisterOrganisation",
                        "organisation.application.RegisterOrganisation"),
                request(
                        "setDeliveryEndpoint",
                        "exchange.rest.SetDeliveryEndpoint",
                        "exchange.application.SetDeliveryEndpoint"),
                request(
                        "createReferral",
                        "reintegration.rest.CreateReferral",
                        "reintegration.application.CreateReferral"),
                request(
                        "declineReferral",
                        "reintegration.rest.DeclineReferral",
                        "reintegration.application.DeclineReferral"),
                request(
                        "reportReferralOutcome",
                        "reintegration.rest.ReportOutcome",
                        "reintegration.application.ReportOutcome"),
                request("routeReferral", "reintegration.rest.RouteTo", "reintegration.application.RouteTo"));
    }

    private static Arguments answer(String operation, String application, String wire) {
        return Arguments.of(operation, type(application), type(wire));
    }

    private static Arguments request(String operation, String wire, String application) {
        return Arguments.of(operation, type(wire), type(application));
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName("org.returneeregistry." + name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void anAnswerIsTheSameJsonThroughItsTransferType(String operation, Class<?> application, Class<?> wire)
            throws Exception {
        JsonValue example = EXAMPLES.getJsonObject(operation).get("response");
        Method from = wire == type("shared.rest.ChainVerification") && application != type("shared.domain.ChainCheck")
                ? type("consent.rest.DecisionLogResource").getDeclaredMethod("verification", application)
                : wire.getDeclaredMethod("from", application);
        from.setAccessible(true);
        List<JsonValue> items =
                example.getValueType() == JsonValue.ValueType.ARRAY ? example.asJsonArray() : List.of(example);
        for (JsonValue item : items) {
            Object read = JSONB.fromJson(item.toString(), application);
            String direct = JSONB.toJson(read);
            String throughWire = JSONB.toJson(from.invoke(null, read));
            assertEquals(direct, throughWire, operation);
            assertEquals(
                    unordered(item),
                    unordered(Json.createReader(new StringReader(direct)).readValue()),
                    operation + ": the example says all the type says, nothing more");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void aRequestGivesTheSameCommandThroughItsTransferType(String operation, Class<?> wire, Class<?> application)
            throws Exception {
        String example = EXAMPLES.getJsonObject(operation).get("request").toString();
        Object throughWire = toCommand(JSONB.fromJson(example, wire));
        assertEquals(JSONB.fromJson(example, application), throughWire, operation);
    }

    /** What a request whose lists are absent or hold null gives: the same command either way. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void anEmptyOrNullFilledRequestGivesTheSameCommand(String operation, Class<?> wire, Class<?> application)
            throws Exception {
        for (String json : List.of("{}", nullFilled(wire))) {
            assertEquals(JSONB.fromJson(json, application), toCommand(JSONB.fromJson(json, wire)), json);
        }
    }

    /** Every list component of the record holds one null element; every record component is an empty object. */
    private static String nullFilled(Class<?> record) {
        List<String> fields = new ArrayList<>();
        for (var component : record.getRecordComponents()) {
            Type type = component.getGenericType();
            if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
                fields.add("\"" + component.getName() + "\": [null]");
            } else if (component.getType().isRecord()) {
                fields.add("\"" + component.getName() + "\": " + nullFilled(component.getType()));
            }
        }
        return "{" + String.join(", ", fields) + "}";
    }

    /**
     * A set of codes (the decision log's categories) is read into a set whose order the example cannot fix:
     * lists of strings compare as sorted.
     */
    private static JsonValue unordered(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var object = Json.createObjectBuilder();
                value.asJsonObject().forEach((k, v) -> object.add(k, unordered(v)));
                yield object.build();
            }
            case ARRAY -> {
                var array = Json.createArrayBuilder();
                var items = value.asJsonArray().stream()
                        .map(RestWireJsonTest::unordered)
                        .toList();
                if (items.stream().allMatch(i -> i.getValueType() == JsonValue.ValueType.STRING)) {
                    items = items.stream()
                            .sorted(java.util.Comparator.comparing(JsonValue::toString))
                            .toList();
                }
                items.forEach(array::add);
                yield array.build();
            }
            default -> value;
        };
    }

    private static Object toCommand(Object wire) throws Exception {
        Method toCommand = wire.getClass().getDeclaredMethod("toCommand");
        toCommand.setAccessible(true);
        return toCommand.invoke(wire);
    }
}
