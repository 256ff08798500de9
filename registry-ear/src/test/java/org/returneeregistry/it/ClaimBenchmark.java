package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.TwoRegistries;
import org.returneeregistry.it.support.TwoRegistries.Side;

/**
 * The social security bench on the deployed registry (not part of the test suite: its name does not end in IT; run
 * with {@code bench/claims.sh}, or {@code -Dit.test=ClaimBenchmark}): assessments per second through REST
 * ({@code POST /social-security/assessments}, synthetic careers of 1 to 40 periods, seeded, bounded by a count and a
 * time), and the time of a whole claim between the two registries — claim, signed period request, Qatar's officer's
 * certified answer, assessment, decision, Qatar's signed receipt of the decision, the statement issued — over several
 * runs, median and spread. The machine's load average is recorded before and after, since the machine may be shared.
 * Every answer is checked, so a figure is never that of refused requests.
 */
class ClaimBenchmark extends DeployedRegistry {

    private static final String ASSESSMENTS = API + "/social-security/assessments";
    private static final String PURPOSE = "SOCIAL_SECURITY_CLAIM";
    private static final TwoRegistries.Pace PACE =
            new TwoRegistries.Pace(Duration.ofSeconds(120), Duration.ofMillis(100));
    private static final String[] COUNTRIES = {"NPL", "QAT", "SAU", "MYS"};
    private static final String[] TYPES = {"COMPULSORY_EMPLOYED", "COMPULSORY_SELF_EMPLOYED", "VOLUNTARY", "RESIDENCE"};

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

    @Test
    void assessmentsPerSecondThroughRestAndTheTimeOfAWholeClaimBetweenTwoRegistries() throws Exception {
        int count = setting("bench.assessments", 2_000);
        int seconds = setting("bench.seconds", 60);
        int threads = setting("bench.threads", 4);
        int runs = setting("bench.claims", 5);
        StringBuilder report = new StringBuilder("# Social security bench on the deployed registry\n\n");
        report.append("Load average before (1, 5, 15 min; runnable/total; last pid): ")
                .append(loadAverage())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" processors\n\n");

        TwoRegistries registries = TwoRegistries.start(PACE);
        String agreement = registries.claimsAgreement("Social security bench", PURPOSE, SocialSecurityIT.stateA());

        // assessments through REST: bounded by a count and a time, several clients at once
        List<JsonObject> bodies = careers(agreement, Math.min(count, 5_000), 20261207L);
        for (int i = 0; i < Math.min(200, bodies.size()); i++) { // warm-up, not measured
            SocialSecurityIT.assess(Callers.socialSecurityOfficer(), bodies.get(i))
                    .expect(200);
        }
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    long s = System.nanoTime();
                    JsonObject result = SocialSecurityIT.assess(
                                    Callers.socialSecurityOfficer(), bodies.get(i % bodies.size()))
                            .expect(200)
                            .json();
                    latencies.add(System.nanoTime() - s);
                    if (!result.containsKey("outcome")) {
                        throw new AssertionError("an assessment without its outcome: " + result);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double periods =
                bodies.stream().mapToInt(b -> b.getJsonArray("periods").size()).sum() / (double) bodies.size();
        report.append("## Assessments through REST\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "%d assessments (bounded by %d or %d s) of 1-40 periods (%.1f on average), %d clients,"
                                + " NPL-QAT State A section: %.1f s, **%.0f assessments/s**, latency p50 %.1f ms,"
                                + " p95 %.1f ms, p99 %.1f ms.%n%n",
                        sorted.size(),
                        count,
                        seconds,
                        periods,
                        threads,
                        elapsed,
                        sorted.size() / elapsed,
                        percentile(sorted, 50),
                        percentile(sorted, 95),
                        percentile(sorted, 99)));

        // whole claims between the two registries, one after the other
        report.append("## A whole claim between the two registries\n\n")
                .append("| run | request at Qatar | answer on our claim | decided | decision receipted |"
                        + " statement issued |\n")
                .append("|---|---|---|---|---|---|\n");
        List<Long> totals = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long[] t = wholeClaim(registries, agreement);
            totals.add(t[t.length - 1]);
            report.append("| ").append(run);
            for (long ms : t) {
                report.append(" | ").append(ms).append(" ms");
            }
            report.append(" |\n");
        }
        List<Long> sortedTotals = new ArrayList<>(totals);
        Collections.sort(sortedTotals);
        report.append(String.format(
                        Locale.ROOT,
                        "%nWhole claim (claim to statement issued), %d runs: **median %d ms**, min %d ms, max %d ms"
                                + " (spread %d ms). Times are cumulative from the claim's creation.%n%n",
                        runs,
                        sortedTotals.get(sortedTotals.size() / 2),
                        sortedTotals.get(0),
                        sortedTotals.get(sortedTotals.size() - 1),
                        sortedTotals.get(sortedTotals.size() - 1) - sortedTotals.get(0)))
                .append("Load average after: ")
                .append(loadAverage())
                .append("\n");
        Path out = Files.createDirectories(Path.of("target", "claim-bench")).resolve("report.md");
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        assertEquals(runs, totals.size());
    }

    /** Assessment bodies: careers of 1 to 40 consecutive periods in four countries, seeded. */
    static List<JsonObject> careers(String agreement, int n, long seed) {
        Random random = new Random(seed);
        List<JsonObject> bodies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int size = 1 + random.nextInt(40);
            LocalDate from = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(3_000));
            JsonArrayBuilder periods = Json.createArrayBuilder();
            for (int p = 0; p < size; p++) {
                LocalDate to = from.plusDays(30 + random.nextInt(700));
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                periods.add(Json.createObjectBuilder()
                        .add("country", country)
                        .add("from", from.toString())
                        .add("to", to.toString())
                        .add("type", TYPES[random.nextInt(TYPES.length)])
                        .add("source", "NPL".equals(country) ? "HOME_INSTITUTION" : "PARTNER_CERTIFIED"));
                from = to.plusDays(1 + random.nextInt(60));
            }
            bodies.add(Json.createObjectBuilder()
                    .add("agreementId", agreement)
                    .add("benefit", "OLD_AGE")
                    .add("periods", periods)
                    .build());
        }
        return bodies;
    }

    /**
     * One claim from creation to the statement, each step through the registries' real interfaces; answers the
     * milliseconds since creation at which each step was seen done, the last the statement issued on request.
     */
    private static long[] wholeClaim(TwoRegistries registries, String agreement) {
        Side nepal = registries.nepal();
        Side qatar = registries.qatar();
        String registryNumber = RegistryApi.register(Samples.registration(Samples.passportNumber()))
                .getString("registryNumber");
        long start = System.nanoTime();
        String claimId = nepal.openClaim(registryNumber, agreement, qatar, "Bench");
        nepal.requestPeriods(claimId, "Qatar");
        JsonObject item = qatar.awaitPeriodRequest(nepal, claimId);
        long requested = ms(start);
        qatar.answerPeriodRequest(
                item.getString("requestId"),
                TwoRegistries.certifiedPeriods(
                        "GOSI-7781", qatar.country(), qatar.operator(), "1998-01-01", "2021-12-31"));
        nepal.awaitClaim(claimId, "PERIODS_RECEIVED");
        long answered = ms(start);
        String decisionId = nepal.approve(claimId, SocialSecurityIT.period("NPL", "1980-01-01", "1997-12-31"))
                .getString("decisionMessageId");
        long decided = ms(start);
        nepal.awaitDelivered(qatar.operator(), decisionId);
        long receipted = ms(start);
        RegistryApi.Answer issued = RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/returnees/" + registryNumber + "/statements"))
                                .header("Accept", RegistryApi.JSON)
                                .POST(HttpRequest.BodyPublishers.noBody()))
                .expect(201);
        assertEquals(1, issued.json().getInt("periodCount"));
        long statement = ms(start);
        // the statement the registry issued by itself when the answer completed the claim is there too (not timed)
        registries
                .await()
                .until(
                        () -> Agreements.send(
                                        Callers.registrar(),
                                        "GET",
                                        API + "/returnees/" + registryNumber + "/statements",
                                        null)
                                .expect(200)
                                .array()
                                .size(),
                        n -> n >= 2);
        assertTrue(requested <= answered && answered <= decided && decided <= receipted);
        return new long[] {requested, answered, decided, receipted, statement};
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sortedNanos.size() - 1, (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(index, 0)) / 1e6;
    }
}
