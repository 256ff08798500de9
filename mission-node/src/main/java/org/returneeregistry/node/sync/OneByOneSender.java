package org.returneeregistry.node.sync;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.node.capture.CapturedNotifications;
import org.returneeregistry.node.capture.CapturedNotifications.Waiting;

/**
 * Sends each waiting notification to {@code POST /api/v1/return-notifications}, idempotent on the notification id:
 * 201 (first receipt) and 200 (a replay) both carry the acknowledgement. A few are in flight at once
 * (NODE_SYNC_PARALLEL lanes, default 4, on the server's managed executor): notifications are independent, and the
 * time of a sync is the link's round trips. Once the link fails, no lane sends another; the answers already
 * received are kept.
 */
@ApplicationScoped
public class OneByOneSender implements NotificationSender {

    @Inject
    RegistryClient registry;

    @Inject
    @ConfigProperty(name = "node.sync-parallel", defaultValue = "4")
    int parallel;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void send(List<Waiting> waiting, Consumer<Delivery> answered) throws LinkDown {
        AtomicReference<LinkDown> down = new AtomicReference<>();
        int lanes = Math.max(1, Math.min(parallel, waiting.size()));
        List<Future<?>> running = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int first = lane;
            running.add(executor.submit(() -> {
                for (int i = first; i < waiting.size() && down.get() == null; i += lanes) {
                    Waiting w = waiting.get(i);
                    try {
                        HttpResponse<String> answer = registry.call("POST", "/return-notifications", w.payload());
                        Delivery delivery = interpret(w.notificationId(), answer.statusCode(), answer.body());
                        synchronized (answered) {
                            answered.accept(delivery);
                        }
                    } catch (LinkDown e) {
                        down.compareAndSet(null, e);
                    }
                }
            }));
        }
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinkDown("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("sending notifications failed", e.getCause());
            }
        }
        if (down.get() != null) {
            throw down.get();
        }
    }

    /** What an answer means for the node; an answer that says nothing about the notification is a link problem. */
    static Delivery interpret(String id, int status, String body) throws LinkDown {
        switch (status) {
            case 200, 201 -> {
                return acknowledgement(id, json(body));
            }
            case 409, 422 -> {
                JsonObject problem = json(body);
                return new Delivery(
                        id,
                        CapturedNotifications.CONFLICT,
                        null,
                        null,
                        null,
                        problem.getString("code", "Conflict"),
                        body);
            }
            case 400, 413, 415 -> {
                JsonObject problem = json(body);
                return new Delivery(
                        id,
                        CapturedNotifications.REFUSED,
                        null,
                        null,
                        null,
                        problem.getString("code", "Refused"),
                        body);
            }
            default -> throw new LinkDown("the registry answered " + status + ": " + abbreviate(body), null);
        }
    }

    static Delivery acknowledgement(String id, JsonObject ack) {
        String registryStatus = ack.getString("status", null);
        String status =
                "ACCEPTED".equals(registryStatus) ? CapturedNotifications.ACKNOWLEDGED : CapturedNotifications.HELD;
        return new Delivery(
                id,
                status,
                registryStatus,
                ack.getString("registryNumber", null),
                ack.getString("match", null),
                null,
                null);
    }

    private static JsonObject json(String body) throws LinkDown {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            throw new LinkDown("the registry's answer is not JSON: " + abbreviate(body), e);
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
