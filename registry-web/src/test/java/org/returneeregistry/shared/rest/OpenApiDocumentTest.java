package org.returneeregistry.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.shared.domain.ErrorCode;

/** How the published document names a refusal's problem codes and carries the operations' examples. */
class OpenApiDocumentTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "409|The organisation is not suspended (OrganisationStatusConflict)|OrganisationStatusConflict",
                "409|Not UNROUTED (ReferralStatusConflict), or suspended (ReferralRecipientUnavailable)"
                        + "|ReferralStatusConflict ReferralRecipientUnavailable",
                "404|No such message|NotFound",
                "400|Invalid input|ValidationFailed",
                "400|Invalid (ValidationFailed, MalformedRequest)|ValidationFailed MalformedRequest",
                "403|Refused (NoConsent, ConsentRevoked), or (NotAuthorized)|NotAuthorized NoConsent ConsentRevoked",
                "503|The identity provider failed|IdentityProviderUnavailable"
            })
    void aRefusalCarriesTheCodesItsDescriptionNamesOrThoseOfItsStatus(String status, String description, String codes) {
        assertEquals(
                List.of(codes.split(" ")).stream().sorted().toList(),
                OpenApiDocument.codesOf(status, description).stream()
                        .map(ErrorCode::code)
                        .sorted()
                        .toList());
    }

    @Test
    void aCodeOfAnotherStatusIsNotListed() {
        assertEquals(
                List.of(ErrorCode.NOT_FOUND),
                OpenApiDocument.codesOf("404", "No returnee (NotFound); StaleVersion is a 409"));
    }

    @Test
    void everyExampleIsAPlainJsonValueWithARequestOrAnAnswer() throws Exception {
        JsonObject examples;
        try (var in = OpenApiDocument.class.getResourceAsStream("openapi-examples.json")) {
            examples = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .readObject();
        }
        assertTrue(examples.size() >= 40, examples.keySet()::toString);
        examples.forEach((operation, example) -> {
            assertTrue(example.asJsonObject().containsKey("response"), operation);
            Object plain = OpenApiDocument.plain(example.asJsonObject().get("response"));
            assertTrue(plain instanceof Map || plain instanceof List || plain instanceof String, operation);
        });
        Object submit = OpenApiDocument.plain(
                examples.getJsonObject("submitReturnNotification").get("request"));
        assertEquals("NPL-EMB-DOH", ((Map<?, ?>) submit).get("missionCode"));
    }
}
