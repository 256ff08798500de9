package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.MissionNode;
import org.returneeregistry.it.support.Samples;

/**
 * Issue 16's figure for a mission node's day offline (not part of the test suite: its name does not end in IT; run
 * with {@code bench/mission-node-day.sh}, or {@code -Dit.test=MissionNodeBenchmark}): a node on Payara Micro captures
 * {@code bench.notifications} (2,000) return notifications through its API with the registry out of reach, is
 * stopped, started again with the registry's URL, and syncs once — the time of that sync, from the officer's request
 * to its answer, is the figure, over {@code bench.runs} (3) runs, median and spread. Each run is a fresh node for a
 * mission of its own, against what the integration tests start (Payara with the EAR on PostgreSQL, Keycloak), all on
 * 127.0.0.1. Every run is checked as {@code MissionNodeIT} checks its smaller day: all acknowledged, none waiting,
 * one registry number each, nothing sent twice. The machine's load average is recorded before and after, since the
 * machine may be shared.
 */
class MissionNodeBenchmark extends DeployedRegistry {

    private static final String PASSPHRASE = "mission node bench passphrase";

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    @Test
    void aDayOfflineSyncsOnceTheLinkIsBack() throws Exception {
        int day = Integer.getInteger("bench.notifications", 2_000);
        int runs = Integer.getInteger("bench.runs", 3);
        int batchSize = Integer.getInteger("bench.batchSize", 1_000);
        StringBuilder report = new StringBuilder("# Mission node: a day offline, synced once the link is back\n\n");
        report.append(String.format(
                "%d notifications captured offline per run, node batch size %d, %d runs.%n%n", day, batchSize, runs));
        report.append("Load average before (1, 5, 15 min; runnable/total; last pid): ")
                .append(loadAverage())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" processors\n\n");
        report.append("| Run | Capture (offline, one by one) | Sync (request to answer) | Sync (node's own count) |\n");
        report.append("|---|---|---|---|\n");
        List<Long> syncs = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String mission = "NPL-EMB-BD" + (char) ('A' + run - 1);
            String secret = Callers.registered(mission, "MISSION", "QAT", "mission-officer");
            Path data = MissionNode.newDataDirectory();
            Map<String, String> offline =
                    MissionNode.firstStart(mission, secret, PASSPHRASE, MissionNode.unreachableRegistryUrl());
            offline.remove("NODE_BATCH_POLL"); // the figure is the node's, with its own poll
            offline.put("NODE_BATCH_SIZE", Integer.toString(batchSize));
            long captureMillis;
            MissionNode node = MissionNode.start(data, offline, "bench-offline-" + run);
            try {
                node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
                long started = System.nanoTime();
                for (int i = 0; i < day; i++) {
                    Map<String, String> f = MissionNodeIT.fields(Samples.passportNumber(), Samples.familyName());
                    f.remove("consentFormHash");
                    HttpResponse<String> answer = node.postJson("notifications", MissionNodeIT.json(f));
                    assertEquals(201, answer.statusCode(), answer::body);
                }
                captureMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            } finally {
                node.close();
            }
            Map<String, String> online = MissionNode.laterStartOnline(offline);
            node = MissionNode.start(data, online, "bench-online-" + run);
            try {
                node.login(MissionNode.OFFICER, MissionNode.OFFICER_PASSWORD);
                long started = System.nanoTime();
                JsonObject sync = node.sync();
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertFalse(sync.containsKey("linkProblem"), sync::toString);
                assertEquals(day, sync.getInt("acknowledged"), sync::toString);
                node.assertEachAcknowledgedOnce(day);
                syncs.add(millis);
                report.append(String.format(
                        "| %d | %d ms (%.0f/s) | %d ms | %d ms |%n",
                        run,
                        captureMillis,
                        day * 1000.0 / captureMillis,
                        millis,
                        sync.getJsonNumber("millis").longValue()));
                System.out.printf("BENCH: run %d: %d synced in %d ms%n", run, day, millis);
            } finally {
                node.close();
            }
        }
        List<Long> sorted = syncs.stream().sorted().toList();
        report.append(String.format(
                "%nSync of %d captured offline, %d runs: **median %d ms**, min %d ms, max %d ms%n",
                day, runs, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1)));
        report.append("\nLoad average after: ").append(loadAverage()).append('\n');
        Path out =
                Files.createDirectories(Path.of("target", "mission-node-bench")).resolve("report.md");
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }
}
