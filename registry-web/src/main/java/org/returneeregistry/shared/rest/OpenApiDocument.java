package org.returneeregistry.shared.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

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

    private static final Map<String, String> ALWAYS = Map.of(
            "401", "No valid bearer token (NotAuthenticated)",
            "403", "The caller's role or organisation may not do this (NotAuthorized, OrganisationSuspended, UnknownOrganisation)",
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
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(operation -> {
                problemResponses(operation);
                jsonFirst(operation);
            });
        }
    }

    private static void problemResponses(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        Map<String, APIResponse> answers = new LinkedHashMap<>();
        if (responses.getAPIResponses() != null) {
            answers.putAll(responses.getAPIResponses());
        }
        ALWAYS.forEach((code, text) -> answers.putIfAbsent(code, OASFactory.createAPIResponse().description(text)));
        APIResponses result = OASFactory.createAPIResponses();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            APIResponse answer = e.getValue();
            if (isProblem(e.getKey())) {
                answer.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            }
            result.addAPIResponse(e.getKey(), answer);
        });
        operation.setResponses(result);
    }

    /**
     * JSON is the API's first representation: a body that may also be XML lists JSON first, since generators
     * type the request by the first media type.
     */
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

    private static boolean isProblem(String code) {
        return code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
    }

    /** Payara's model class carries a non-standard top-level {@code endpoints} map; it is written only when not empty. */
    private static void withoutServerExtras(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new LinkedHashMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException absent) {
            // another server's model has no such map
        }
    }
}
