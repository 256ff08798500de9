package org.returneeregistry.socialsecurity.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.Sha256;

/** A signed document is built only from all its parts, well formed, and keeps its own copy of the PDF. */
class SignedDocumentTest {

    private static final String PAYLOAD_DIGEST = Sha256.hex("{\"format\":\"returnee-registry-period-statement/1\"}");
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};

    /** The parts of a valid document, in the constructor's order. */
    private static Map<String, Object> parts() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("issuer", "NPL-DOFE");
        parts.put("issuedAt", Instant.parse("2026-12-07T10:15:30Z"));
        parts.put("actor", new Actor("ssofficer.demo", "NPL-DOFE"));
        parts.put("keyId", "registry-statement-2027");
        parts.put("payloadDigest", PAYLOAD_DIGEST);
        parts.put("pdfDigest", Sha256.hex(PDF));
        parts.put("signedJson", "{\"protected\":\"e30\",\"payload\":\"e30\",\"signature\":\"AA\"}");
        parts.put("signedPdf", PDF);
        return parts;
    }

    private static SignedDocument document(Map<String, Object> parts) {
        return new SignedDocument(
                (String) parts.get("issuer"),
                (Instant) parts.get("issuedAt"),
                (Actor) parts.get("actor"),
                (String) parts.get("keyId"),
                (String) parts.get("payloadDigest"),
                (String) parts.get("pdfDigest"),
                (String) parts.get("signedJson"),
                (byte[]) parts.get("signedPdf"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("issuer", null),
                Arguments.of("issuer", ""),
                Arguments.of("issuer", "   "),
                Arguments.of("issuer", "X".repeat(Claim.ORGANISATION_LENGTH + 1)),
                Arguments.of("issuedAt", null),
                Arguments.of("actor", null),
                Arguments.of("keyId", null),
                Arguments.of("keyId", ""),
                Arguments.of("keyId", "\t"),
                Arguments.of("keyId", "k".repeat(SignedDocument.KEY_ID_LENGTH + 1)),
                Arguments.of("payloadDigest", null),
                Arguments.of("payloadDigest", ""),
                Arguments.of("payloadDigest", PAYLOAD_DIGEST.substring(1)),
                Arguments.of("payloadDigest", PAYLOAD_DIGEST + "0"),
                Arguments.of("payloadDigest", PAYLOAD_DIGEST.toUpperCase()),
                Arguments.of("payloadDigest", "g" + PAYLOAD_DIGEST.substring(1)),
                Arguments.of("pdfDigest", null),
                Arguments.of("pdfDigest", " ".repeat(64)),
                Arguments.of("pdfDigest", "sha256:" + PAYLOAD_DIGEST),
                Arguments.of("signedJson", null),
                Arguments.of("signedJson", ""),
                Arguments.of("signedJson", " \n"),
                Arguments.of("signedPdf", null),
                Arguments.of("signedPdf", new byte[0]));
    }

    @ParameterizedTest(name = "{0} = [{1}]: refused")
    @MethodSource("refused")
    void aMissingBlankOrMalformedPartIsRefused(String part, Object value) {
        Map<String, Object> parts = parts();
        parts.put(part, value);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> document(parts));
        assertTrue(refused.getMessage().startsWith(part + " "), refused.getMessage());
    }

    @Test
    void aDocumentOfEveryPartKeepsThem() {
        SignedDocument signed = document(parts());

        assertEquals("NPL-DOFE", signed.issuer());
        assertEquals(Instant.parse("2026-12-07T10:15:30Z"), signed.issuedAt());
        assertEquals("ssofficer.demo@NPL-DOFE", signed.issuedBy());
        assertEquals("registry-statement-2027", signed.keyId());
        assertEquals(PAYLOAD_DIGEST, signed.payloadDigest());
        assertEquals(Sha256.hex(PDF), signed.pdfDigest());
        assertEquals("{\"protected\":\"e30\",\"payload\":\"e30\",\"signature\":\"AA\"}", signed.signedJson());
        assertArrayEquals(PDF, signed.signedPdf());
    }

    @Test
    void thePdfIsCopiedInAndOut() {
        byte[] given = PDF.clone();
        Map<String, Object> parts = parts();
        parts.put("signedPdf", given);
        SignedDocument signed = document(parts);

        given[0] = 'X';
        assertArrayEquals(PDF, signed.signedPdf(), "changing the array given changes nothing stored");

        byte[] handedOut = signed.signedPdf();
        handedOut[1] = 'X';
        assertArrayEquals(PDF, signed.signedPdf(), "changing an array handed out changes nothing stored");
    }

    @ParameterizedTest(name = "[{0}]: {1}")
    @MethodSource("digests")
    void onlyItsOwnPayloadDigestMatches(String digest, boolean matches) {
        assertEquals(matches, document(parts()).hasPayloadDigest(digest));
    }

    static Stream<Arguments> digests() {
        return Stream.of(
                Arguments.of(PAYLOAD_DIGEST, true),
                Arguments.of(Sha256.hex(PDF), false),
                Arguments.of(PAYLOAD_DIGEST.toUpperCase(), false),
                Arguments.of(PAYLOAD_DIGEST.substring(0, 63), false),
                Arguments.of("", false),
                Arguments.of(null, false));
    }
}
