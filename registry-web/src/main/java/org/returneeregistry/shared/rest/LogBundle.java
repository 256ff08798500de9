package org.returneeregistry.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * A verifiable bundle of a hash-chained log (the audit trail, the decision log), as auditors download it
 * and verify it offline (docs/verifying-logs.md): the entries from just after one signed checkpoint (or the
 * log's start, {@code anchor}) to the next signed checkpoint, each checkpoint's JWS, and the registry's
 * public keys. An entry's hash is the SHA-256 of its sequence number, its {@code fields} (named by the
 * bundle's {@code fields}), its previous hash and its seal (when it has one), joined by line feeds; a
 * redacted entry (another person's, in a bundle for one returnee) carries only its place and hashes.
 */
public record LogBundle(
        String format,
        String log,
        Instant exportedAt,
        LogBundleSelection selection,
        String hashInput,
        List<String> fields,
        LogBundleAnchor anchor,
        List<LogBundleEntry> entries,
        List<LogBundleCheckpoint> checkpoints,
        JsonObject keys) {

    public static final String FORMAT = "returnee-registry-log-bundle/1";

    public static final String HASH_INPUT =
            "SHA-256 over UTF-8 of: sequence, each of fields, previousHash, seal (when present), joined by LF";

    /** What was selected: a period (from inclusive, to exclusive) and/or one returnee, as its keyed hash. */
    public record LogBundleSelection(Instant from, Instant to, String returneeHash) {}

    /** The entry the slice chains to: 0 and the genesis hash at the log's start, else a checkpointed entry. */
    public record LogBundleAnchor(long sequence, String hash) {}

    /** One entry: fields null and redacted true for an entry of another person. */
    public record LogBundleEntry(
            long sequence, String previousHash, String entryHash, String seal, boolean redacted, List<String> fields) {}

    /** A signed checkpoint as stored in the database or in the file outside it; {@code jws} is its signature. */
    public record LogBundleCheckpoint(long sequence, String hash, Instant signedAt, String source, String jws) {}

    /**
     * The answer of every log's bundle export: the bundle as a download named after its log. {@code from} and
     * {@code to} are the query's ISO-8601 instants, read (or refused, every unreadable one named) before the
     * export runs.
     */
    public static jakarta.ws.rs.core.Response download(
            String from,
            String to,
            java.util.function.BiFunction<Instant, Instant, org.returneeregistry.shared.domain.LogBundle> export) {
        java.util.List<org.returneeregistry.shared.domain.Violation> unreadable = new java.util.ArrayList<>();
        Instant first = QueryParameters.instant("from", from, unreadable);
        Instant last = QueryParameters.instant("to", to, unreadable);
        if (!unreadable.isEmpty()) {
            throw org.returneeregistry.shared.domain.RegistryException.invalid(unreadable);
        }
        LogBundle bundle = from(export.apply(first, last));
        return jakarta.ws.rs.core.Response.ok(bundle)
                .header("Content-Disposition", "attachment; filename=\"" + bundle.log() + "-bundle.json\"")
                .build();
    }

    public static LogBundle from(org.returneeregistry.shared.domain.LogBundle b) {
        JsonObject keys;
        try (var reader = Json.createReader(new StringReader(b.publicKeys()))) {
            keys = reader.readObject();
        }
        return new LogBundle(
                FORMAT,
                b.log(),
                b.exportedAt(),
                new LogBundleSelection(
                        b.selection().from(), b.selection().to(), b.selection().personHash()),
                HASH_INPUT,
                b.fieldNames(),
                new LogBundleAnchor(b.anchorSequence(), b.anchorHash()),
                b.entries().stream()
                        .map(e -> new LogBundleEntry(
                                e.sequence(),
                                e.previousHash(),
                                e.entryHash(),
                                e.seal(),
                                e.fields() == null,
                                e.fields()))
                        .toList(),
                b.checkpoints().stream()
                        .map(c -> new LogBundleCheckpoint(
                                c.sequence(), c.hash(), c.signedAt(), c.source().name(), c.jws()))
                        .toList(),
                keys);
    }
}
