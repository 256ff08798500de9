package org.returneeregistry.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier on bundles made here, with a key of its own: intact, and each way of tampering. */
class BundleVerifierTest {

    private static final List<String> FIELDS = List.of("organisation", "purpose", "outcome");

    private static final ECKey KEY = key("registry");
    private static final ECKey OTHER_KEY = key("forger");

    private static ECKey key(String id) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(id).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A log of {@code size} entries, with checkpoints at {@code checkpointed}, sliced after {@code anchor}. */
    private static Map<String, Object> bundle(int size, long anchor, long... checkpointed) {
        List<Map<String, Object>> all = new ArrayList<>();
        String previous = BundleVerifier.GENESIS_HASH;
        for (long s = 1; s <= size; s++) {
            List<String> fields = List.of("NPL-MOHP", "HEALTH_CARE", s % 3 == 0 ? "DENY" : "PERMIT");
            String seal = "5e".repeat(32);
            String hash = BundleVerifier.hash(s, fields, previous, seal);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("sequence", s);
            e.put("previousHash", previous);
            e.put("entryHash", hash);
            e.put("seal", seal);
            e.put("redacted", false);
            e.put("fields", new ArrayList<>(fields));
            all.add(e);
            previous = hash;
        }
        List<Map<String, Object>> checkpoints = new ArrayList<>();
        for (long c : checkpointed) {
            checkpoints.add(checkpoint(KEY, c, (String) all.get((int) c - 1).get("entryHash")));
        }
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("format", BundleVerifier.FORMAT);
        b.put("log", "decision-log");
        b.put("exportedAt", "2026-12-07T00:00:00Z");
        b.put("selection", Map.of("from", "2026-12-06T00:00:00Z"));
        b.put("fields", FIELDS);
        b.put(
                "anchor",
                Map.of(
                        "sequence",
                        anchor,
                        "hash",
                        anchor == 0
                                ? BundleVerifier.GENESIS_HASH
                                : all.get((int) anchor - 1).get("entryHash")));
        b.put("entries", new ArrayList<>(all.subList((int) anchor, size)));
        b.put("checkpoints", checkpoints);
        b.put("keys", new JWKSet(KEY.toPublicJWK()).toJSONObject());
        return b;
    }

    private static Map<String, Object> checkpoint(ECKey key, long sequence, String hash) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .type(new JOSEObjectType(BundleVerifier.CHECKPOINT_TYPE))
                            .keyID(key.getKeyID())
                            .build(),
                    new JWTClaimsSet.Builder()
                            .claim("log", "decision-log")
                            .claim("sequence", sequence)
                            .claim("hash", hash)
                            .claim("signedAt", "2026-12-06T23:00:00Z")
                            .build());
            jwt.sign(new ECDSASigner(key));
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("sequence", sequence);
            c.put("hash", hash);
            c.put("signedAt", "2026-12-06T23:00:00Z");
            c.put("source", "DATABASE");
            c.put("jws", jwt.serialize());
            return c;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> bundle) {
        return (List<Map<String, Object>>) bundle.get("entries");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> checkpoints(Map<String, Object> bundle) {
        return (List<Map<String, Object>>) bundle.get("checkpoints");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> bundle, long sequence) {
        return entries(bundle).stream()
                .filter(e -> ((Number) e.get("sequence")).longValue() == sequence)
                .findFirst()
                .orElseThrow();
    }

    private static BundleVerifier.Result verify(Map<String, Object> bundle) {
        return new BundleVerifier(new JWKSet(KEY.toPublicJWK())).verify(bundle);
    }

    private static void assertBrokenAt(String expectedStart, Map<String, Object> bundle) {
        BundleVerifier.Result r = verify(bundle);
        assertFalse(r.intact(), () -> String.join("\n", r.report()));
        assertTrue(r.problem().startsWith(expectedStart), r.problem());
    }

    @Test
    void anIntactSliceFromTheStartIsIntact() {
        BundleVerifier.Result r = verify(bundle(10, 0, 4, 10));
        assertTrue(r.intact(), () -> String.join("\n", r.report()));
        assertNull(r.problem());
        assertTrue(
                r.report()
                        .contains(
                                "Entries 1 to 10: 10 recomputed, 0 redacted (linked, their content not in the bundle)"),
                r.report()::toString);
        assertEquals("INTACT", r.report().get(r.report().size() - 1));
    }

    @Test
    void aSliceAnchoredAtACheckpointIsIntact() {
        assertTrue(verify(bundle(10, 4, 4, 10)).intact());
    }

    @Test
    void redactedEntriesLinkWithoutTheirContent() {
        Map<String, Object> b = bundle(10, 4, 4, 10);
        for (long s : List.of(5L, 6L, 8L, 9L, 10L)) {
            Map<String, Object> e = entry(b, s);
            e.put("fields", null);
            e.put("seal", null);
            e.put("redacted", true);
        }
        BundleVerifier.Result r = verify(b);
        assertTrue(r.intact(), () -> String.join("\n", r.report()));
        assertTrue(
                r.report()
                        .contains(
                                "Entries 5 to 10: 1 recomputed, 5 redacted (linked, their content not in the bundle)"),
                r.report()::toString);
    }

    @Test
    void analteredEntryIsNamed() {
        Map<String, Object> b = bundle(10, 0, 10);
        @SuppressWarnings("unchecked")
        List<String> fields = (List<String>) entry(b, 3).get("fields");
        fields.set(2, "PERMIT");
        assertBrokenAt("Entry 3: its content does not match its hash", b);
    }

    @Test
    void anEntryRewrittenWithItsOwnHashRecomputedBreaksTheLinkOfTheNext() {
        Map<String, Object> b = bundle(10, 0, 10);
        Map<String, Object> e = entry(b, 3);
        List<String> forged = List.of("NPL-MOHP", "HEALTH_CARE", "PERMIT");
        e.put("fields", forged);
        e.put("entryHash", BundleVerifier.hash(3, forged, (String) e.get("previousHash"), (String) e.get("seal")));
        assertBrokenAt("Entry 4: its previous hash is not the hash of entry 3", b);
    }

    @Test
    void aLogRewrittenWithEveryHashRecomputedIsFoundByTheCheckpoint() {
        Map<String, Object> b = bundle(10, 0, 10);
        String previous = BundleVerifier.GENESIS_HASH;
        for (Map<String, Object> e : entries(b)) {
            long s = ((Number) e.get("sequence")).longValue();
            @SuppressWarnings("unchecked")
            List<String> fields = new ArrayList<>((List<String>) e.get("fields"));
            if (s == 3) {
                fields.set(2, "PERMIT");
            }
            e.put("fields", fields);
            e.put("previousHash", previous);
            previous = BundleVerifier.hash(s, fields, previous, (String) e.get("seal"));
            e.put("entryHash", previous);
        }
        assertBrokenAt("Entry 10: its hash is not the one the checkpoint of entry 10", b);
    }

    @Test
    void aRemovedEntryIsNamed() {
        Map<String, Object> b = bundle(10, 0, 10);
        entries(b).remove(entry(b, 6));
        assertBrokenAt("Entry 6: missing", b);
    }

    @Test
    void aCutTailIsFoundByTheCheckpointBeyondIt() {
        Map<String, Object> b = bundle(10, 0, 4, 10);
        entries(b).removeIf(e -> ((Number) e.get("sequence")).longValue() > 7);
        assertBrokenAt("Entry 8: missing — the slice ends at entry 7", b);
    }

    @Test
    void aSliceThatDoesNotEndAtACheckpointIsNotVerified() {
        Map<String, Object> b = bundle(10, 0, 4);
        assertBrokenAt("Entry 10: the slice does not end at a signed checkpoint", b);
    }

    @Test
    void aCheckpointWithAnAlteredHashIsNamed() {
        Map<String, Object> b = bundle(10, 0, 4, 10);
        checkpoints(b).get(0).put("hash", "ab".repeat(32));
        assertBrokenAt("Checkpoint of entry 4:", b);
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsForged() {
        Map<String, Object> b = bundle(10, 0, 10);
        checkpoints(b).set(0, checkpoint(OTHER_KEY, 10, (String) entry(b, 10).get("entryHash")));
        assertBrokenAt("Checkpoint of entry 10:", b);
        assertTrue(verify(b).problem().contains("does not carry the registry's signature"));
    }

    @Test
    void anAnchorNoCheckpointHoldsIsRefused() {
        Map<String, Object> b = bundle(10, 4, 10);
        assertBrokenAt("Entry 4: the bundle starts after it", b);
    }

    @Test
    void anotherFormatIsRefused() {
        Map<String, Object> b = bundle(3, 0, 3);
        b.put("format", "something-else/1");
        assertBrokenAt("Not a log bundle", b);
    }

    @Test
    void theCommandExitsZeroWhenIntactOneWhenBrokenTwoWhenUnreadable(@TempDir Path dir) throws Exception {
        Path intact = dir.resolve("intact.json");
        Files.writeString(intact, JSONObjectUtils.toJSONString(bundle(6, 0, 6)));
        Map<String, Object> cut = bundle(6, 0, 3, 6);
        entries(cut).removeIf(e -> ((Number) e.get("sequence")).longValue() > 4);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, JSONObjectUtils.toJSONString(cut));
        Path keys = dir.resolve("keys.json");
        Files.writeString(keys, new JWKSet(KEY.toPublicJWK()).toString(true));
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{not json");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, VerifyLogBundle.run(new String[] {intact.toString()}, print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("INTACT"));
        assertEquals(0, VerifyLogBundle.run(new String[] {intact.toString(), "--keys", keys.toString()}, print, print));
        out.reset();
        assertEquals(1, VerifyLogBundle.run(new String[] {broken.toString()}, print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("BROKEN: Entry 5: missing"), out::toString);
        assertEquals(2, VerifyLogBundle.run(new String[] {garbage.toString()}, print, print));
        assertEquals(2, VerifyLogBundle.run(new String[] {}, print, print));

        // keys of another registry: the checkpoints do not verify
        Files.writeString(keys, new JWKSet(OTHER_KEY.toPublicJWK()).toString(true));
        assertEquals(1, VerifyLogBundle.run(new String[] {intact.toString(), "--keys", keys.toString()}, print, print));
    }
}
