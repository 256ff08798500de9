package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.verify.BundleVerifier;

/**
 * Verifiable bundles as an auditor uses them: exported through the REST API, verified by the offline command
 * in a process of its own (no registry needed), intact — and, after a row is rewritten in the database with
 * its hash recomputed, or the bundle's tail cut, an entry's content or a checkpoint altered, refused with the
 * entry or checkpoint named. A bundle for one returnee carries the others' entries only as hashes. Bad input
 * is refused with problem+json; only auditors export.
 */
class LogBundleIT extends DeployedRegistry {

    private static final Path WORK = Path.of(System.getProperty("registry.it.workDir", "target/it"), "bundles");

    private static Connection database() throws Exception {
        return DriverManager.getConnection(
                System.getProperty("registry.it.jdbcUrl"),
                System.getProperty("registry.it.jdbcUser"),
                System.getProperty("registry.it.jdbcPassword"));
    }

    private static String encoded(Object value) {
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    private static RegistryApi.Answer export(Callers.Caller caller, String log, String query) {
        return RegistryApi.sendAs(
                caller,
                HttpRequest.newBuilder(RegistryApi.uri(API + "/" + log + "/bundle?" + query))
                        .header("Accept", JSON)
                        .GET());
    }

    private static JsonObject exported(String log, String query) {
        return export(Callers.auditor(), log, query).expect(200).json();
    }

    /** What the offline command printed and its exit code. */
    record Verified(int exit, String output) {}

    /** Runs {@code java -jar registry-log-verify.jar FILE} as an auditor would, in a process of its own. */
    static Verified verifyOffline(JsonObject bundle, String name) throws Exception {
        Files.createDirectories(WORK);
        Path file = WORK.resolve(name + ".json");
        Files.writeString(file, bundle.toString(), StandardCharsets.UTF_8);
        return verifyOffline(file);
    }

    /** Runs the offline command on a bundle file exactly as it was saved (e.g. downloaded from the console). */
    static Verified verifyOffline(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(), "-jar", System.getProperty("registry.it.verifierJar"), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the verifier did not end");
        return new Verified(process.exitValue(), output);
    }

    /** Decisions about a new returnee: a consent, two permitted reads and a denied one. */
    private static String returneeWithDecisions() {
        String rn = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        JsonObject consent = Json.createObjectBuilder()
                .add("registryNumber", rn)
                .add("recipient", Callers.ministrySystem().organisation())
                .add("purposes", Json.createArrayBuilder().add("SKILLS_RECOGNITION"))
                .add("categories", Json.createArrayBuilder().add("IDENTITY"))
                .add("method", "ASSISTED")
                .add("evidenceHash", "ab".repeat(32))
                .add("validUntil", Instant.now().plus(Duration.ofDays(3)).toString())
                .add("noticeVersion", "2026-1")
                .add("noticeLanguage", "ne")
                .build();
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/consents"))
                                .header("Content-Type", JSON)
                                .header("Accept", JSON)
                                .POST(HttpRequest.BodyPublishers.ofString(consent.toString())))
                .expect(201);
        for (String category : List.of("IDENTITY", "CONTACT", "IDENTITY")) {
            RegistryApi.sendAs(
                    Callers.ministrySystem(),
                    HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + rn
                                    + "/disclosure?purpose=SKILLS_RECOGNITION&category=" + category))
                            .header("Accept", JSON)
                            .GET());
        }
        return rn;
    }

    private static List<JsonObject> entries(JsonObject bundle) {
        return bundle.getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> whole(JsonObject bundle) {
        return entries(bundle).stream().filter(e -> !e.getBoolean("redacted")).toList();
    }

    private static JsonObject withEntries(JsonObject bundle, List<JsonObject> entries) {
        return Json.createObjectBuilder(bundle)
                .add("entries", Json.createArrayBuilder(new ArrayList<JsonValue>(entries)))
                .build();
    }

    private static void assertBroken(Verified v, String named) {
        assertEquals(1, v.exit(), v::output);
        assertTrue(v.output().contains("BROKEN: " + named), v::output);
    }

    @Test
    void aPeriodsBundleOfEitherLogVerifiesOfflineAndTamperingIsNamed() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        returneeWithDecisions();
        Instant to = Instant.now().plusSeconds(1);
        String period = "from=" + encoded(from) + "&to=" + encoded(to);

        JsonObject decisions = exported("decision-log", period);
        assertEquals("returnee-registry-log-bundle/1", decisions.getString("format"));
        assertEquals("decision-log", decisions.getString("log"));
        assertTrue(whole(decisions).size() >= 3, decisions::toString);
        Verified intact = verifyOffline(decisions, "decisions-period");
        assertEquals(0, intact.exit(), intact::output);
        assertTrue(intact.output().contains("INTACT"), intact::output);
        assertTrue(intact.output().contains("signatures verified"), intact::output);

        JsonObject audit = exported("audit-entries", period);
        assertEquals("audit-trail", audit.getString("log"));
        Verified auditIntact = verifyOffline(audit, "audit-period");
        assertEquals(0, auditIntact.exit(), auditIntact::output);

        // the bundle's tail cut: the closing checkpoint holds an entry the bundle no longer reaches
        List<JsonObject> all = entries(decisions);
        long last = all.get(all.size() - 1).getJsonNumber("sequence").longValue();
        assertBroken(
                verifyOffline(withEntries(decisions, all.subList(0, all.size() - 1)), "decisions-cut"),
                "Entry " + last + ": missing");

        // a checkpoint altered: its listed hash is no longer the one its signature covers
        JsonArray checkpoints = decisions.getJsonArray("checkpoints");
        JsonObject closing = checkpoints.getJsonObject(checkpoints.size() - 1);
        JsonObject alteredCheckpoint = Json.createObjectBuilder(decisions)
                .add(
                        "checkpoints",
                        Json.createArrayBuilder(checkpoints)
                                .set(
                                        checkpoints.size() - 1,
                                        Json.createObjectBuilder(closing).add("hash", "ab".repeat(32))))
                .build();
        assertBroken(
                verifyOffline(alteredCheckpoint, "decisions-checkpoint"),
                "Checkpoint of entry " + closing.getJsonNumber("sequence").longValue());
    }

    @Test
    void aRowRewrittenInTheDatabaseWithItsHashRecomputedIsNamedInTheNextExport() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        String rn = returneeWithDecisions();
        returneeWithDecisions();
        Instant to = Instant.now().plusSeconds(1);
        JsonObject before = exported("decision-log", "returnee=" + rn);
        Verified intact = verifyOffline(before, "returnee-before");
        assertEquals(0, intact.exit(), intact::output);

        JsonObject victim = whole(before).get(0);
        long sequence = victim.getJsonNumber("sequence").longValue();
        List<String> fields =
                new ArrayList<>(victim.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        int outcome = before.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList()
                .indexOf("outcome");
        String forgedOutcome = "PERMIT".equals(fields.get(outcome)) ? "DENY" : "PERMIT";
        fields.set(outcome, forgedOutcome);
        String rehashed =
                BundleVerifier.hash(sequence, fields, victim.getString("previousHash"), victim.getString("seal", null));
        try (Connection db = database()) {
            String originalOutcome;
            String originalHash;
            try (PreparedStatement p = db.prepareStatement(
                    "SELECT outcome, entry_hash FROM decision_log_entry WHERE sequence_number = ?")) {
                p.setLong(1, sequence);
                try (ResultSet r = p.executeQuery()) {
                    assertTrue(r.next());
                    originalOutcome = r.getString(1);
                    originalHash = r.getString(2);
                }
            }
            try {
                try (PreparedStatement p = db.prepareStatement(
                        "UPDATE decision_log_entry SET outcome = ?, entry_hash = ? WHERE sequence_number = ?")) {
                    p.setString(1, forgedOutcome);
                    p.setString(2, rehashed);
                    p.setLong(3, sequence);
                    assertEquals(1, p.executeUpdate());
                }
                JsonObject after = exported("decision-log", "returnee=" + rn);
                Verified found = verifyOffline(after, "returnee-after");
                assertEquals(1, found.exit(), found::output);
                // the next entry no longer links to it, or the checkpoint of it holds another hash
                assertTrue(
                        found.output().contains("BROKEN: Entry " + (sequence + 1) + ": its previous hash")
                                || found.output().contains("BROKEN: Entry " + sequence + ": its hash is not the one"),
                        found::output);

                JsonObject period = exported("decision-log", "from=" + encoded(from) + "&to=" + encoded(to));
                assertEquals(1, verifyOffline(period, "period-after").exit());
            } finally {
                try (PreparedStatement p = db.prepareStatement(
                        "UPDATE decision_log_entry SET outcome = ?, entry_hash = ? WHERE sequence_number = ?")) {
                    p.setString(1, originalOutcome);
                    p.setString(2, originalHash);
                    p.setLong(3, sequence);
                    p.executeUpdate();
                }
            }
        }
        Verified restored = verifyOffline(exported("decision-log", "returnee=" + rn), "returnee-restored");
        assertEquals(0, restored.exit(), restored::output);
    }

    @Test
    void aReturneesBundleCarriesTheOthersOnlyAsHashes() throws Exception {
        String rn = returneeWithDecisions();
        String other = returneeWithDecisions();
        JsonObject bundle = exported("decision-log", "returnee=" + rn);
        List<String> names = bundle.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
        int subject = names.indexOf("subjectHash");
        String returneeHash = bundle.getJsonObject("selection").getString("returneeHash");
        List<JsonObject> disclosed = whole(bundle);
        assertEquals(3, disclosed.size(), bundle::toString);
        for (JsonObject e : disclosed) {
            assertEquals(returneeHash, e.getJsonArray("fields").getString(subject), e::toString);
        }
        assertTrue(entries(bundle).stream().anyMatch(e -> e.getBoolean("redacted")), bundle::toString);
        for (JsonObject e : entries(bundle)) {
            if (e.getBoolean("redacted")) {
                assertTrue(!e.containsKey("fields") || e.isNull("fields"), e::toString);
            }
        }
        assertTrue(
                !bundle.toString().contains(rn) && !bundle.toString().contains(other),
                "a registry number in the bundle");
        Verified v = verifyOffline(bundle, "returnee");
        assertEquals(0, v.exit(), v::output);
        assertTrue(v.output().contains(" 3 recomputed"), v::output);
    }

    @Test
    void badSelectionsAreRefusedAndOnlyAuditorsExport() {
        JsonObject nothing = export(Callers.auditor(), "decision-log", "").problem(400, "ValidationFailed");
        assertEquals(
                List.of("from", "to"),
                RegistryApi.violationFields(nothing).stream().sorted().toList());
        JsonObject notANumber = export(Callers.auditor(), "audit-entries", "returnee=RR-0000-0042-0")
                .problem(400, "ValidationFailed");
        assertEquals(List.of("returnee"), RegistryApi.violationFields(notANumber));
        JsonObject backwards = export(
                        Callers.auditor(),
                        "decision-log",
                        "from=" + encoded(Instant.now()) + "&to="
                                + encoded(Instant.now().minusSeconds(60)))
                .problem(400, "ValidationFailed");
        assertEquals(List.of("to"), RegistryApi.violationFields(backwards));
        export(Callers.auditor(), "decision-log", "from=yesterday&to=today").problem(400, "ValidationFailed");
        export(
                        Callers.registrar(),
                        "decision-log",
                        "from=" + encoded(Instant.now().minusSeconds(60)) + "&to=" + encoded(Instant.now()))
                .problem(403, "NotAuthorized");
        export(Callers.ministrySystem(), "audit-entries", "returnee=RR-0000-0042-7")
                .problem(403, "NotAuthorized");
    }
}
