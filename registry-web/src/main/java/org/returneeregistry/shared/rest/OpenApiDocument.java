package org.returneeregistry.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.returneeregistry.shared.domain.ErrorCode;

/**
 * Makes the published OpenAPI document one that integrators' generators accept as it is: each tag
 * declared once, JSON the first type of a request body, every refusal answered as problem+json (401, 403 and 500 on every operation, since
 * every operation needs a token), and none of the server's own top-level additions (Payara adds a
 * non-standard {@code endpoints} map). Named in the EJB module's {@code mp.openapi.filter}: an EAR's
 * MicroProfile Config is read through the EAR's class loader, so a setting in the web module is never
 * seen. The server's model lists are read-only: a new list is set, never one edited in place.
 */
public class OpenApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String JSON = "application/json";

    private static final JsonObject EXAMPLES = loadExamples();

    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("page", "The page, from 1 (default 1)"),
            Map.entry("pageSize", "Entries per page, 1 to 100 (default 20)"),
            Map.entry(
                    "purpose",
                    "Why the caller reads: a code of the consent-purpose list; every read is decided and"
                            + " logged for it (PurposeRequired without one)"),
            Map.entry("category", "A code of the data-category list; may repeat; all categories when none is named"),
            Map.entry("from", "Only entries at or after this instant (ISO-8601, e.g. 2026-02-01T00:00:00Z)"),
            Map.entry("to", "Only entries before this instant (ISO-8601, exclusive)"),
            Map.entry("registryNumber", "The returnee's registry number, e.g. RR-2026-0001-3"),
            Map.entry("returnee", "The returnee's registry number"),
            Map.entry("missionCode", "The mission's organisation code, e.g. NPL-EMB-DOH"),
            Map.entry("notificationId", "The mission's id of the notification"),
            Map.entry("consentId", "The consent record's id (a UUID)"),
            Map.entry("code", "The organisation's code, e.g. NPL-MOHP"),
            Map.entry("organisationCode", "The organisation's code, e.g. NPL-MOHP"),
            Map.entry("organisation", "An organisation's code"),
            Map.entry("name", "The code list's name, e.g. country (GET /code-lists lists them)"),
            Map.entry("service", "A code of the referral-service list"),
            Map.entry("status", "A status code, e.g. SENT or PENDING"),
            Map.entry("outcome", "An outcome: OK or a problem code (audit), PERMIT or DENY (decision log)"),
            Map.entry("operation", "An audit operation code, e.g. RETURNEE_READ (docs/audit.md)"),
            Map.entry("subject", "The caller's token subject"),
            Map.entry("record", "The record the call named, e.g. a registry number"),
            Map.entry("recipient", "The recipient organisation's code"),
            Map.entry("kind", "The message's kind"),
            Map.entry("type", "A code of the organisation-type list"),
            Map.entry("identifierType", "A code of the identifier-type list; with identifierNumber and issuingCountry"),
            Map.entry("identifierNumber", "The identifier's number"),
            Map.entry("issuingCountry", "ISO 3166-1 alpha-3 code of the identifier's issuer"),
            Map.entry("familyName", "With dateOfBirth: find by name"),
            Map.entry("givenName", "Narrows a search by family name and date of birth"),
            Map.entry("dateOfBirth", "ISO-8601 date, e.g. 1993-03-09"),
            Map.entry("id", "The id (a UUID)"),
            Map.entry("Idempotency-Key", "Makes the request repeatable: 1 to 64 letters, digits or . _ : -"));

    /** The reads of a returnee's personal data: each declares its purpose. */
    private static final Set<String> READS =
            Set.of("getReturnee", "discloseReturnee", "findReturnees", "getReturneeHistory");

    private static final Map<String, String> RANGE = Map.of(
            "from", "The first sequence number of the range (default: the first entry)",
            "to", "The last sequence number of the range (default: the last entry)");

    /** Operations whose path names a code, not a record: an unknown one is invalid input, not absent. */
    private static final Set<String> NO_PATH_LOOKUP = Set.of("setReferralRoute");

    private static final Set<String> ANONYMOUS = Set.of("getConsentReceiptKeys");
    /** Operations a signature authenticates, a bearer token optional (the partner exchange's REST twin). */
    private static final Set<String> TOKEN_OPTIONAL = Set.of("receivePartnerMessage");

    private static final Map<String, String> ALWAYS = Map.of(
            "401", "No valid bearer token (NotAuthenticated)",
            "403",
                    "The caller's role or organisation may not do this (NotAuthorized, OrganisationSuspended, UnknownOrganisation)",
            "500", "The registry failed; the problem names an incident id (InternalError)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        withoutServerExtras(openAPI);
        if (openAPI.getTags() != null) {
            Map<String, Tag> tags = new LinkedHashMap<>();
            for (Tag tag : openAPI.getTags()) {
                tags.merge(tag.getName(), tag, (a, b) -> a.getDescription() != null ? a : b);
            }
            openAPI.setTags(new ArrayList<>(tags.values()));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        TransferSchemas.complete(openAPI);
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(operation -> {
                TransferSchemas.typedAnswers(operation);
                if (operation.getRequestBody() != null) {
                    // every resource refuses a missing body (MalformedRequest)
                    operation.getRequestBody().setRequired(true);
                }
                describeParameters(operation);
                standardRefusals(operation);
                problemResponses(operation);
                withoutDefault(operation);
                jsonFirst(operation);
                anonymous(operation);
                tokenOptional(operation);
                examples(operation);
                explicitInlineSchemas(operation);
                textBodies(operation);
            });
        }
    }

    /**
     * What every operation of a kind may answer besides what its annotations name: a body that cannot be read or
     * breaks a rule, is too large or of another type; an identifier in the path that names nothing; a query
     * parameter that cannot be read.
     */
    private static void standardRefusals(Operation operation) {
        Map<String, String> added = new LinkedHashMap<>();
        boolean path = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean query = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (operation.getRequestBody() != null) {
            added.put(
                    "400",
                    "Invalid input: the body cannot be read or breaks a rule; every violation is listed"
                            + " (ValidationFailed, MalformedRequest)");
            added.put("413", "The body is larger than the registry accepts (RequestTooLarge)");
            added.put("415", "The body is not of a type the operation takes (UnsupportedMediaType)");
        } else if (query) {
            added.put("400", "A query parameter cannot be read or breaks a rule (ValidationFailed)");
        }
        if (path && !NO_PATH_LOOKUP.contains(operation.getOperationId())) {
            added.put("404", "Nothing the caller may see has this identifier (NotFound)");
        }
        if (added.isEmpty()) {
            return;
        }
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        Map<String, APIResponse> answers = new LinkedHashMap<>();
        if (responses.getAPIResponses() != null) {
            answers.putAll(responses.getAPIResponses());
        }
        added.forEach((code, text) ->
                answers.putIfAbsent(code, OASFactory.createAPIResponse().description(text)));
        APIResponses result = OASFactory.createAPIResponses();
        answers.forEach(result::addAPIResponse);
        operation.setResponses(result);
    }

    /**
     * An example request and answer for every operation that has a body (openapi-examples.json beside this class,
     * by operationId): the request on its JSON body, the answer on every non-XML type of its success answers.
     */
    private static void examples(Operation operation) {
        JsonObject example = EXAMPLES.getJsonObject(operation.getOperationId());
        if (example == null) {
            return;
        }
        if (example.containsKey("request")
                && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            MediaType json = operation.getRequestBody().getContent().getMediaType(JSON);
            if (json != null) {
                json.setExample(plain(example.get("request")));
            }
        }
        if (example.containsKey("response") && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, answer) -> {
                if (code.startsWith("2")
                        && answer.getContent() != null
                        && answer.getContent().getMediaTypes() != null) {
                    answer.getContent().getMediaTypes().forEach((type, media) -> {
                        if (!type.contains("xml")) {
                            media.setExample(plain(example.get("response")));
                        }
                    });
                }
            });
        }
    }

    private static JsonObject loadExamples() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi-examples.json");
                JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("openapi-examples.json cannot be read", e);
        }
    }

    /** A JSON value as the plain Java values the document's writer serialises. */
    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY ->
                value.asJsonArray().stream().map(OpenApiDocument::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER ->
                ((JsonNumber) value).isIntegral()
                        ? (Object) ((JsonNumber) value).longValue()
                        : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    /**
     * Inline schemas of answers and their headers say only what they mean. The server writes every keyword of an
     * annotation's schema with its default value ({@code maxProperties: 0} among them, which would allow no
     * member at all); those are dropped, and {@code Location} is a URI with a description.
     */
    private static void explicitInlineSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().values().forEach(answer -> {
            if (answer.getHeaders() != null) {
                answer.getHeaders().forEach((name, header) -> {
                    if ("Location".equals(name)) {
                        header.setSchema(OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .format("uri"));
                        if (header.getDescription() == null) {
                            header.setDescription("The URL of what the request created");
                        }
                    } else {
                        withoutDefaults(header.getSchema());
                    }
                    header.setRequired(null);
                    header.setDeprecated(null);
                    header.setAllowEmptyValue(null);
                });
            }
            if (answer.getContent() != null && answer.getContent().getMediaTypes() != null) {
                answer.getContent().getMediaTypes().values().forEach(media -> withoutDefaults(media.getSchema()));
            }
        });
    }

    private static void withoutDefaults(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        withoutDefaults(schema.getItems());
    }

    /** What each parameter means, where the resource's annotations say nothing of it. */
    private static void describeParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            boolean read = READS.contains(operation.getOperationId());
            String text = operation.getOperationId().startsWith("verify") && RANGE.containsKey(parameter.getName())
                    ? RANGE.get(parameter.getName())
                    : "purpose".equals(parameter.getName()) && !read
                            ? "Only entries of this purpose (a code of the consent-purpose list)"
                            : PARAMETERS.get(parameter.getName());
            if (parameter.getDescription() == null && text != null) {
                parameter.setDescription(text);
            }
            if ("purpose".equals(parameter.getName()) && read) {
                parameter.setRequired(true);
            }
        }
    }

    /** The server's catch-all answer is left out where the operation names what it answers. */
    private static void withoutDefault(Operation operation) {
        Map<String, APIResponse> answers = operation.getResponses().getAPIResponses();
        if (answers == null
                || !answers.containsKey("default")
                || answers.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            return;
        }
        APIResponses result = OASFactory.createAPIResponses();
        answers.forEach((code, answer) -> {
            if (!"default".equals(code)) {
                result.addAPIResponse(code, answer);
            }
        });
        operation.setResponses(result);
    }

    /** An operation anyone may call (the consent receipts' keys) says so: no token, so no 401 or 403. */
    private static void anonymous(Operation operation) {
        if (!ANONYMOUS.contains(operation.getOperationId())) {
            return;
        }
        operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        APIResponses result = OASFactory.createAPIResponses();
        operation.getResponses().getAPIResponses().forEach((code, answer) -> {
            if (!"401".equals(code) && !"403".equals(code)) {
                result.addAPIResponse(code, answer);
            }
        });
        operation.setResponses(result);
    }

    /** A token or none (the signature authenticates): the bearer requirement, or the empty one. */
    private static void tokenOptional(Operation operation) {
        if (TOKEN_OPTIONAL.contains(operation.getOperationId())) {
            operation.setSecurity(new ArrayList<>(List.of(
                    OASFactory.createSecurityRequirement().addScheme("bearer"),
                    OASFactory.createSecurityRequirement())));
        }
    }

    private static void problemResponses(Operation operation) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        Map<String, APIResponse> answers = new LinkedHashMap<>();
        if (responses.getAPIResponses() != null) {
            answers.putAll(responses.getAPIResponses());
        }
        ALWAYS.forEach((code, text) ->
                answers.putIfAbsent(code, OASFactory.createAPIResponse().description(text)));
        APIResponses result = OASFactory.createAPIResponses();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            APIResponse answer = e.getValue();
            if (isProblem(e.getKey())) {
                List<ErrorCode> codes = codesOf(e.getKey(), answer.getDescription());
                MediaType problem = OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM));
                Map<String, Example> examples = new LinkedHashMap<>();
                for (ErrorCode code : codes) {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("type", Problem.TYPE_BASE + code.code());
                    value.put("title", Problem.title(code));
                    value.put("status", Problem.status(code));
                    value.put("code", code.code());
                    examples.put(
                            code.code(),
                            OASFactory.createExample()
                                    .summary(Problem.title(code))
                                    .value(value));
                }
                problem.setExamples(examples);
                answer.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
                if (codes.stream().noneMatch(code -> answer.getDescription().contains(code.code()))) {
                    answer.setDescription(answer.getDescription() + " ("
                            + String.join(
                                    ", ", codes.stream().map(ErrorCode::code).toList()) + ")");
                }
            }
            result.addAPIResponse(e.getKey(), answer);
        });
        operation.setResponses(result);
    }

    /**
     * JSON is the API's first representation: a body that may also be XML lists JSON first, since generators
     * type the request by the first media type.
     */
    /**
     * A body a client may send as JSON or as text (a batch: a JSON array, NDJSON or CSV). The server's annotation
     * reader gives every media type the first one's schema; generators then send a model where text is expected.
     * JSON keeps its schema, an array of the request type; the text forms are plain strings.
     */
    private static void textBodies(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Map<String, MediaType> types = operation.getRequestBody().getContent().getMediaTypes();
        if (types == null
                || !types.containsKey(JSON)
                || types.keySet().stream().noneMatch(OpenApiDocument::plainText)) {
            return;
        }
        Content rebuilt = OASFactory.createContent();
        types.forEach((name, type) -> {
            if (JSON.equals(name)) {
                MediaType json = OASFactory.createMediaType();
                String ref = type.getSchema() == null ? null : type.getSchema().getRef();
                json.schema(
                        ref == null
                                ? type.getSchema()
                                : OASFactory.createSchema()
                                        .type(Schema.SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref(ref)));
                if (type.getExamples() != null) {
                    type.getExamples().forEach((key, example) -> {
                        if (example.getValue() instanceof String value && value.startsWith("[")) {
                            try (JsonReader reader = Json.createReader(new StringReader(value))) {
                                json.addExample(key, OASFactory.createExample().value(plain(reader.readValue())));
                            }
                        }
                    });
                }
                rebuilt.addMediaType(name, json);
            } else if (!plainText(name)) {
                rebuilt.addMediaType(name, type);
            } else {
                MediaType text = OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
                if (type.getExamples() != null) {
                    type.getExamples().forEach((key, example) -> {
                        if (example.getValue() instanceof String value && !value.startsWith("[")) {
                            text.addExample(key, example);
                        }
                    });
                }
                rebuilt.addMediaType(name, text);
            }
        });
        operation.getRequestBody().setContent(rebuilt);
    }

    /** A text form of a body that is read as lines or rows, not as a document (NDJSON, CSV). */
    private static boolean plainText(String mediaType) {
        return mediaType.endsWith("ndjson") || mediaType.equals("text/csv");
    }

    private static void jsonFirst(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Map<String, MediaType> types = operation.getRequestBody().getContent().getMediaTypes();
        if (types == null || !types.containsKey(JSON)) {
            return;
        }
        Content ordered = OASFactory.createContent().addMediaType(JSON, types.get(JSON));
        types.forEach((name, type) -> {
            if (!JSON.equals(name)) {
                ordered.addMediaType(name, type);
            }
        });
        operation.getRequestBody().setContent(ordered);
    }

    /**
     * The problem codes a refusal may carry: those its description names, else those of its status the
     * registry answers on every operation (ValidationFailed for 400, NotFound for 404, ...).
     */
    static List<ErrorCode> codesOf(String status, String description) {
        List<ErrorCode> named = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            if (description != null
                    && Pattern.compile("\\b" + code.code() + "\\b")
                            .matcher(description)
                            .find()
                    && Integer.toString(Problem.status(code)).equals(status)) {
                named.add(code);
            }
        }
        if (!named.isEmpty()) {
            return named;
        }
        return switch (status) {
            case "400" -> List.of(ErrorCode.VALIDATION_FAILED);
            case "401" -> List.of(ErrorCode.NOT_AUTHENTICATED);
            case "403" -> List.of(ErrorCode.NOT_AUTHORIZED);
            case "404" -> List.of(ErrorCode.NOT_FOUND);
            case "413" -> List.of(ErrorCode.REQUEST_TOO_LARGE);
            case "503" -> List.of(ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE);
            default -> List.of(ErrorCode.INTERNAL_ERROR);
        };
    }

    private static boolean isProblem(String code) {
        return code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
    }

    /** Payara's model class carries a non-standard top-level {@code endpoints} map; it is written only when not empty. */
    private static void withoutServerExtras(OpenAPI openAPI) {
        try {
            openAPI.getClass()
                    .getMethod("setEndpoints", Map.class)
                    .invoke(openAPI, new LinkedHashMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException absent) {
            // another server's model has no such map
        }
    }
}
