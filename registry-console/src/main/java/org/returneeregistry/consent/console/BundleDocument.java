package org.returneeregistry.consent.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import org.returneeregistry.shared.domain.LogBundle;

/**
 * A log bundle in the document format {@code returnee-registry-log-bundle/1} — the one the REST export answers
 * and the offline verifier reads (docs/verifying-logs.md) — written with JSON-P, so the console's download
 * verifies exactly like the API's.
 */
final class BundleDocument {

    static final String FORMAT = "returnee-registry-log-bundle/1";
    static final String HASH_INPUT =
            "SHA-256 over UTF-8 of: sequence, each of fields, previousHash, seal (when present), joined by LF";

    private BundleDocument() {}

    static String json(LogBundle b) {
        JsonObjectBuilder selection = Json.createObjectBuilder();
        put(selection, "from", b.selection().from());
        put(selection, "to", b.selection().to());
        put(selection, "returneeHash", b.selection().personHash());
        JsonArrayBuilder fields = Json.createArrayBuilder();
        b.fieldNames().forEach(fields::add);
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (LogBundle.Entry e : b.entries()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("sequence", e.sequence());
            put(entry, "previousHash", e.previousHash());
            put(entry, "entryHash", e.entryHash());
            put(entry, "seal", e.seal());
            entry.add("redacted", e.fields() == null);
            if (e.fields() != null) {
                JsonArrayBuilder values = Json.createArrayBuilder();
                e.fields().forEach(v -> {
                    if (v == null) {
                        values.addNull();
                    } else {
                        values.add(v);
                    }
                });
                entry.add("fields", values);
            }
            entries.add(entry);
        }
        JsonArrayBuilder checkpoints = Json.createArrayBuilder();
        b.checkpoints().forEach(c -> {
            JsonObjectBuilder checkpoint = Json.createObjectBuilder().add("sequence", c.sequence());
            put(checkpoint, "hash", c.hash());
            put(checkpoint, "signedAt", c.signedAt());
            put(checkpoint, "source", c.source().name());
            put(checkpoint, "jws", c.jws());
            checkpoints.add(checkpoint);
        });
        JsonObjectBuilder bundle =
                Json.createObjectBuilder().add("format", FORMAT).add("log", b.log());
        put(bundle, "exportedAt", b.exportedAt());
        bundle.add("selection", selection)
                .add("hashInput", HASH_INPUT)
                .add("fields", fields)
                .add(
                        "anchor",
                        Json.createObjectBuilder()
                                .add("sequence", b.anchorSequence())
                                .add("hash", b.anchorHash()))
                .add("entries", entries)
                .add("checkpoints", checkpoints);
        try (JsonReader keys = Json.createReader(new StringReader(b.publicKeys()))) {
            bundle.add("keys", keys.readObject());
        }
        return bundle.build().toString();
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        if (value instanceof Instant at) {
            o.add(name, at.toString());
        } else if (value != null) {
            o.add(name, value.toString());
        }
    }
}
