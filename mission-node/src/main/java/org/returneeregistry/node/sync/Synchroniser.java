package org.returneeregistry.node.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.node.capture.CapturedNotifications;
import org.returneeregistry.node.capture.CapturedNotifications.Waiting;
import org.returneeregistry.node.capture.CodeLists;

/**
 * Brings the node and the registry together: follows the batches the registry accepted before an interruption,
 * sends what waits in batches (oldest first, NODE_BATCH_SIZE a batch, each row's answer stored as it comes), asks
 * again about notifications held for review, sends the consents captured with acknowledged notifications, and
 * refreshes the code lists. One synchronisation at a time;
 * the timer and the officer's "sync now" share it. Each ends by purging the personal data of notifications the
 * registry acknowledged more than NODE_PURGE_AFTER (default seven days) ago.
 */
@ApplicationScoped
public class Synchroniser {

    private static final Logger LOG = Logger.getLogger(Synchroniser.class.getName());

    @Inject
    CapturedNotifications notifications;

    @Inject
    BatchSender sender;

    @Inject
    ConsentSender consents;

    @Inject
    @ConfigProperty(name = "node.batch-size", defaultValue = "1000")
    int batchSize;

    @Inject
    RegistryClient registry;

    @Inject
    CodeLists codeLists;

    @Inject
    @ConfigProperty(name = "node.purge-after", defaultValue = "P7D")
    String purgeAfter;

    private final ReentrantLock running = new ReentrantLock();

    public SyncReport sync() {
        if (!running.tryLock()) {
            return new SyncReport(false, 0, 0, 0, 0, 0, 0, null, 0);
        }
        long start = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        int[] counts = new int[4];
        int consentsRecorded = 0;
        String problem = null;
        Consumer<Delivery> store = d -> {
            notifications.record(
                    d.notificationId(),
                    d.status(),
                    d.registryStatus(),
                    d.registryNumber(),
                    d.match(),
                    d.problemCode(),
                    d.problem());
            sent.incrementAndGet();
            switch (d.status()) {
                case CapturedNotifications.ACKNOWLEDGED -> counts[0]++;
                case CapturedNotifications.HELD -> counts[1]++;
                case CapturedNotifications.CONFLICT -> counts[2]++;
                default -> counts[3]++;
            }
        };
        try {
            for (Map.Entry<String, Set<String>> batch :
                    notifications.batchesInFlight().entrySet()) {
                sender.follow(batch.getKey(), batch.getValue(), store);
            }
            List<Waiting> chunk;
            while (!(chunk = notifications.waiting(batchSize)).isEmpty()) {
                int before = sent.get();
                sender.send(chunk, store);
                if (sent.get() == before) {
                    break; // the registry answered none of them: they wait for the next round
                }
            }
            askAboutHeld();
            consentsRecorded = consents.sendPending();
            refreshCodeLists();
        } catch (LinkDown e) {
            problem = e.getMessage();
            LOG.info(() -> "sync stopped, the registry is not reachable: " + e.getMessage());
        } finally {
            try {
                int purged = notifications.purge(Duration.parse(purgeAfter));
                if (purged > 0) {
                    LOG.info(() -> "purged the personal data of " + purged + " acknowledged notification(s)");
                }
            } finally {
                running.unlock();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        SyncReport report = new SyncReport(
                true, sent.get(), counts[0], counts[1], counts[2], counts[3], consentsRecorded, problem, millis);
        if (report.sent() > 0) {
            LOG.info(() -> "sync: " + report);
        }
        return report;
    }

    private void askAboutHeld() throws LinkDown {
        for (String id : notifications.held()) {
            HttpResponse<String> answer =
                    registry.call("GET", "/return-notifications/" + enc(registry.missionCode()) + "/" + enc(id), null);
            if (answer.statusCode() == 200) {
                Delivery d = Delivery.acknowledgement(
                        id, Json.createReader(new StringReader(answer.body())).readObject());
                if (!CapturedNotifications.HELD.equals(d.status())) {
                    notifications.record(id, d.status(), d.registryStatus(), d.registryNumber(), d.match(), null, null);
                }
            }
        }
    }

    private void refreshCodeLists() throws LinkDown {
        for (String name : CodeLists.USED) {
            HttpResponse<String> answer = registry.call("GET", "/code-lists/" + enc(name), null);
            if (answer.statusCode() == 200) {
                JsonObject list =
                        Json.createReader(new StringReader(answer.body())).readObject();
                codeLists.store(name, list.getJsonArray("entries"));
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
