package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.NeedsServer;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.SecondRegistry;

/**
 * The signed exchange between the two registries (not part of the test suite: its name does not end in IT; run with
 * {@code bench/exchange.sh}, or {@code -Dit.test=ExchangeBenchmark}). For each transport, SOAP with WS-Security and
 * the REST twin with a detached JWS: return notices queued by our registrar through REST ({@code POST
 * /partner-messages/return-notices}, bounded by a count and a time, several clients at once), each decided, signed,
 * sent by the outbox to Qatar's registry, taken in there (identity matching, the return recorded) and acknowledged by
 * Qatar's signed receipt, which our registry verifies before the message is {@code DELIVERED}. Reported: messages per
 * second end to end (first queued to last receipt verified), and per message the time from queued to receipt verified
 * (the outbox's {@code createdAt} and {@code deliveredAt}, both our registry's clock), p50 and p99. Every message must
 * be delivered with its receipt verified, so a figure is never that of failures. The load average is recorded before
 * and after: the machine may be shared.
 */
@NeedsServer(NeedsServer.Server.PARTNER_REGISTRY)
class ExchangeBenchmark extends DeployedRegistry {

    private static final String PURPOSE = "LABOUR_MIGRATION";

    private static int setting(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static JsonArrayBuilder scope() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (String category : List.of("IDENTITY", "MIGRATION_HISTORY")) {
            rows.add(Agreements.row("OUTBOUND", "RETURN_NOTICE", category, PURPOSE, "AGREEMENT"));
            rows.add(Agreements.row("INBOUND", "RETURN_NOTICE", category, PURPOSE, "AGREEMENT"));
        }
        return rows;
    }

    private static String notice(String rn, String agreementId, String recipient) {
        return Json.createObjectBuilder()
                .add("registryNumber", rn)
                .add("agreementId", agreementId)
                .add("recipientInstitution", recipient)
                .add("purpose", PURPOSE)
                .add("returnModality", "END_OF_CONTRACT")
                .add("exitDate", LocalDate.now().minusDays(2).toString())
                .build()
                .toString();
    }

    private static String register() {
        return RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
    }

    /** Our outbox's messages to the recipient, by id, as far as they are listed. */
    private static Map<String, JsonObject> outbox(String recipient, Set<String> wanted) {
        Map<String, JsonObject> found = new HashMap<>();
        for (int page = 1; page <= 200 && found.size() < wanted.size(); page++) {
            List<JsonObject> items = Agreements.send(
                            Callers.registryAdmin(),
                            "GET",
                            API + "/outbox-messages?pageSize=100&page=" + page + "&recipient=" + recipient,
                            null)
                    .expect(200)
                    .array()
                    .getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                break;
            }
            items.stream()
                    .filter(m -> wanted.contains(m.getString("id")))
                    .forEach(m -> found.put(m.getString("id"), m));
        }
        return found;
    }

    private record Run(String transport, int messages, double seconds, List<Long> latencies, int attempts) {}

    private static Run run(SecondRegistry qatar, String transport, int count, int seconds, int threads)
            throws Exception {
        String agreement = qatar.agreementWithUs("Exchange bench " + transport + " " + Instant.now(), scope());
        if (transport.equals("REST")) {
            qatar.declareRestEndpoints(agreement);
        }
        // warm-up, not measured: both registries' first calls of this path
        Set<String> warm = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 20; i++) {
            warm.add(queue(register(), agreement, qatar.operator()));
        }
        awaitDelivered(qatar.operator(), warm, Duration.ofSeconds(180));

        List<String> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(register());
        }
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Set<String> queued = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    queued.add(queue(people.get(i), agreement, qatar.operator()));
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        Map<String, JsonObject> delivered =
                awaitDelivered(qatar.operator(), queued, Duration.ofSeconds(seconds + 300L));
        Instant first = delivered.values().stream()
                .map(m -> Instant.parse(m.getString("createdAt")))
                .min(Instant::compareTo)
                .orElseThrow();
        Instant last = delivered.values().stream()
                .map(m -> Instant.parse(m.getString("deliveredAt")))
                .max(Instant::compareTo)
                .orElseThrow();
        List<Long> latencies = new ArrayList<>();
        int attempts = 0;
        for (JsonObject m : delivered.values()) {
            latencies.add(
                    Duration.between(Instant.parse(m.getString("createdAt")), Instant.parse(m.getString("deliveredAt")))
                            .toMillis());
            attempts += m.getInt("attempts");
        }
        Collections.sort(latencies);
        return new Run(
                transport, delivered.size(), Duration.between(first, last).toMillis() / 1000.0, latencies, attempts);
    }

    private static String queue(String rn, String agreement, String recipient) {
        return Agreements.send(
                        Callers.registrar(),
                        "POST",
                        API + "/partner-messages/return-notices",
                        notice(rn, agreement, recipient))
                .expect(202)
                .json()
                .getString("messageId");
    }

    /** Every message DELIVERED (its receipt verified), or the bench fails: no figure counts a failure. */
    private static Map<String, JsonObject> awaitDelivered(String recipient, Set<String> ids, Duration within) {
        return await().atMost(within)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> outbox(recipient, ids),
                        found -> found.size() == ids.size()
                                && found.values().stream().allMatch(m -> "DELIVERED".equals(m.getString("status"))));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    @Test
    void signedExchangeThroughputAndLatencyBetweenTwoRegistries() throws Exception {
        int count = setting("bench.messages", 200);
        int seconds = setting("bench.seconds", 120);
        int threads = setting("bench.threads", 4);
        StringBuilder report = new StringBuilder("# Signed exchange between two registries\n\n");
        report.append("Load average before (1, 5, 15 min; runnable/total; last pid): ")
                .append(loadAverage())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" processors\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "Return notices, %d per transport at most, queued within %d s by %d clients; after 20 unmeasured."
                                + " Latency: queued (outbox createdAt) to the partner's signed receipt verified"
                                + " (deliveredAt).%n%n",
                        count,
                        seconds,
                        threads))
                .append("| transport | messages | end to end | messages/s | p50 | p99 | max | attempts |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        SecondRegistry qatar = SecondRegistry.qatar();
        for (String transport : List.of("SOAP", "REST")) {
            Run r = run(qatar, transport, count, seconds, threads);
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f s | **%.1f** | %d ms | %d ms | %d ms | %d |%n",
                    r.transport(),
                    r.messages(),
                    r.seconds(),
                    r.messages() / r.seconds(),
                    percentile(r.latencies(), 50),
                    percentile(r.latencies(), 99),
                    r.latencies().get(r.latencies().size() - 1),
                    r.attempts()));
        }
        report.append("\nLoad average after: ").append(loadAverage()).append("\n");
        Path out = Files.createDirectories(Path.of("target", "exchange-bench")).resolve("report.md");
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }
}
