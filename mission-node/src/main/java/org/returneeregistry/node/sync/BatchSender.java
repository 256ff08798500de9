package org.returneeregistry.node.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.node.capture.CapturedNotifications;
import org.returneeregistry.node.capture.CapturedNotifications.Waiting;

/**
 * Sends waiting notifications through the registry's bulk intake: one {@code POST
 * /api/v1/return-notifications/batches} (NDJSON, each line the exact body saved at capture, with its id), then
 * follows the batch ({@code GET …/batches/{id}}) and hands every row's outcome over as soon as the registry has
 * it (the node stores each before the next). The batch's id is kept on its notifications once the registry accepted it, so a sync interrupted while the
 * registry works (link lost, node killed) follows the same batch afterwards instead of sending it again; sending
 * it again would be harmless all the same — every row is a replay the registry answers with the first
 * acknowledgement.
 */
@ApplicationScoped
public class BatchSender {

    static final String NDJSON = "application/x-ndjson";
    static final int PAGE = 500;
    static final Set<String> CONFLICTS = Set.of("DuplicateNotificationConflict", "AmbiguousIdentity");
    /** A row the registry refused for the mission's standing, not for the notification: it keeps waiting. */
    static final Set<String> NOT_THE_NOTIFICATIONS = Set.of("OrganisationSuspended", "NotAuthorized");

    @Inject
    RegistryClient registry;

    @Inject
    CapturedNotifications notifications;

    @Inject
    @ConfigProperty(name = "node.batch-poll", defaultValue = "PT0.5S")
    String pollInterval;

    @Inject
    @ConfigProperty(name = "node.batch-patience", defaultValue = "PT2M")
    String patience;

    /**
     * Sends {@code waiting} as one batch and follows it.
     *
     * @throws LinkDown when the registry stops answering; the notifications not yet answered keep waiting
     */
    public void send(List<Waiting> waiting, Consumer<Delivery> answered) throws LinkDown {
        String body = waiting.stream().map(Waiting::payload).collect(Collectors.joining("\n", "", "\n"));
        HttpResponse<String> answer = registry.call("POST", "/return-notifications/batches", NDJSON, body, Map.of());
        if (answer.statusCode() != 202) {
            throw new LinkDown(
                    "the registry answered " + answer.statusCode() + " to a batch: " + abbreviate(answer.body()), null);
        }
        String batchId = json(answer.body()).getString("batchId");
        List<String> ids = waiting.stream().map(Waiting::notificationId).toList();
        notifications.sentInBatch(ids, batchId);
        follow(batchId, Set.copyOf(ids), answered);
    }

    /**
     * Follows a batch the registry accepted until every row has its outcome, handing each over once. Rows the
     * registry refused for the mission's standing keep waiting (and the round stops); a batch the registry does
     * not know (another registry, a restored database) is forgotten, so its notifications are sent again.
     */
    public void follow(String batchId, Set<String> expected, Consumer<Delivery> answered) throws LinkDown {
        Set<String> handed = new HashSet<>();
        long quietSince = System.nanoTime();
        int lastDone = -1;
        int page = 1;
        LinkDown standing = null;
        while (true) {
            HttpResponse<String> answer = registry.call(
                    "GET",
                    "/return-notifications/batches/" + enc(batchId) + "?page=" + page + "&pageSize=" + PAGE,
                    null);
            if (answer.statusCode() == 404) {
                notifications.forgetBatch(batchId);
                return;
            }
            if (answer.statusCode() != 200) {
                throw new LinkDown("the registry answered " + answer.statusCode() + " about batch " + batchId, null);
            }
            JsonObject batch = json(answer.body());
            JsonArray items = batch.getJsonArray("items");
            boolean pagePending = false;
            for (JsonObject item : items.getValuesAs(JsonObject.class)) {
                String id = item.getString("notificationId", null);
                String outcome = item.getString("outcome", "PENDING");
                if (id == null || handed.contains(id) || !expected.contains(id)) {
                    continue;
                }
                if ("PENDING".equals(outcome)) {
                    pagePending = true;
                    continue;
                }
                handed.add(id);
                if ("REFUSED".equals(outcome) && NOT_THE_NOTIFICATIONS.contains(item.getString("refusalCode", ""))) {
                    standing = new LinkDown("the registry refused the mission: " + item.getString("refusalCode"), null);
                    continue;
                }
                answered.accept(delivery(item));
            }
            int itemCount = batch.getInt("itemCount");
            int done = batch.getInt("done");
            if (!pagePending && page * PAGE < itemCount) {
                page++;
                continue;
            }
            if (!pagePending && "COMPLETED".equals(batch.getString("state", ""))) {
                notifications.forgetBatch(batchId); // rows it did not answer (none expected) are sent again
                if (standing != null) {
                    throw standing;
                }
                return;
            }
            if (done != lastDone) {
                lastDone = done;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > Duration.parse(patience).toNanos()) {
                throw new LinkDown(
                        "batch " + batchId + " made no progress for " + patience + "; followed at the next sync", null);
            }
            pause();
        }
    }

    /** What a batch row's outcome means for the node. */
    static Delivery delivery(JsonObject item) {
        String id = item.getString("notificationId");
        String outcome = item.getString("outcome");
        if ("ACCEPTED".equals(outcome) || "REPLAYED".equals(outcome)) {
            String registryStatus = item.getString("notificationStatus", null);
            return new Delivery(
                    id,
                    "ACCEPTED".equals(registryStatus) ? CapturedNotifications.ACKNOWLEDGED : CapturedNotifications.HELD,
                    registryStatus,
                    item.getString("registryNumber", null),
                    item.getString("match", null),
                    null,
                    null);
        }
        String code = item.getString("refusalCode", "Refused");
        return new Delivery(
                id,
                CONFLICTS.contains(code) ? CapturedNotifications.CONFLICT : CapturedNotifications.REFUSED,
                null,
                null,
                null,
                code,
                item.toString());
    }

    private void pause() throws LinkDown {
        try {
            Thread.sleep(Duration.parse(pollInterval).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkDown("interrupted", e);
        }
    }

    private static JsonObject json(String body) throws LinkDown {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            throw new LinkDown("the registry's answer is not JSON: " + abbreviate(body), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
