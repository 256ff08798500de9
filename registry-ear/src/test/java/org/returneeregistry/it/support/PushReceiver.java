package org.returneeregistry.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A recipient of JSON pushes as an integrator would write one, on 127.0.0.1: idempotent by
 * {@code Idempotency-Key} (a repeated key is answered 200 and not processed again). It counts every
 * delivery and keeps the first body and content type of each key. Close it when done.
 */
public final class PushReceiver implements AutoCloseable {

    /** One processed push, with the registry's signature header. */
    public record Push(String idempotencyKey, String contentType, String body, String signature) {
    }

    private final HttpServer server;
    private final AtomicInteger deliveries = new AtomicInteger();
    private final Map<String, Push> processed = new ConcurrentHashMap<>();
    private final List<String> keysInOrder = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

    private PushReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on the port (0 = any free one) at path /inbox. */
    public static PushReceiver start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PushReceiver receiver = new PushReceiver(server);
        server.createContext("/inbox", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                receiver.deliveries.incrementAndGet();
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                if (key == null || !"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                Integer refusal = receiver.refusals.remove(key);
                if (refusal != null) {
                    exchange.sendResponseHeaders(refusal, -1);
                    return;
                }
                if (receiver.processed.putIfAbsent(key, new Push(key,
                        exchange.getRequestHeaders().getFirst("Content-Type"), body,
                        exchange.getRequestHeaders().getFirst("Registry-Signature"))) == null) {
                    receiver.keysInOrder.add(key);
                }
                exchange.sendResponseHeaders(200, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/inbox";
    }

    /** Every POST received, repeats included. */
    public int deliveries() {
        return deliveries.get();
    }

    /** The distinct idempotency keys, in the order they first came. */
    public List<String> keys() {
        return List.copyOf(keysInOrder);
    }

    /** The next push with this key is answered {@code status} and not processed; later ones are taken. */
    public void refuseOnce(String key, int status) {
        refusals.put(key, status);
    }

    public Push push(String key) {
        return processed.get(key);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
