package org.returneeregistry.agreement.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agreement operations' examples in the published document are what the transfer types read and write:
 * read as the type and written again, each example gives itself back, no member more or less.
 */
class AgreementExamplesTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private static JsonObject documentExamples() throws IOException {
        try (InputStream in = AgreementExamplesTest.class.getResourceAsStream(
                "/org/returneeregistry/shared/rest/openapi-examples.json")) {
            return Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .readObject();
        }
    }

    static Stream<Arguments> examples() {
        Class<?> agreement = AgreementTransfer.AgreementJson.class;
        Class<?> reason = AgreementTransfer.AgreementReason.class;
        return Stream.of(
                Arguments.of("registerAgreement", AgreementTransfer.AgreementRegistration.class, agreement),
                Arguments.of("listAgreements", null, AgreementTransfer.AgreementSummaryJson.class),
                Arguments.of("getAgreement", null, agreement),
                Arguments.of("amendAgreement", AgreementTransfer.AgreementAmendment.class, agreement),
                Arguments.of("attachAgreementCertificate", AgreementTransfer.CertificateAttachment.class, agreement),
                Arguments.of("revokeAgreementCertificate", reason, agreement),
                Arguments.of("setAgreementEndpoint", AgreementTransfer.EndpointSetting.class, agreement),
                Arguments.of("putAgreementInForce", reason, agreement),
                Arguments.of("suspendAgreement", reason, agreement),
                Arguments.of("resumeAgreement", reason, agreement),
                Arguments.of("terminateAgreement", reason, agreement),
                Arguments.of("getAgreementVersion", null, agreement));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleIsWhatItsTransferTypeSays(String operation, Class<?> request, Class<?> answer) throws IOException {
        JsonObject example = documentExamples().getJsonObject(operation);
        assertNotNull(example, operation + " has no example");
        if (request != null) {
            assertRoundTrip(operation + " request", example.get("request"), request);
        }
        JsonValue response = example.get("response");
        List<JsonValue> items =
                response.getValueType() == JsonValue.ValueType.ARRAY ? response.asJsonArray() : List.of(response);
        for (JsonValue item : items) {
            assertRoundTrip(operation + " answer", item, answer);
        }
    }

    private static void assertRoundTrip(String what, JsonValue example, Class<?> type) {
        assertNotNull(example, what + " missing");
        String written = JSONB.toJson(JSONB.fromJson(example.toString(), type));
        assertEquals(example, Json.createReader(new StringReader(written)).readValue(), what);
    }
}
