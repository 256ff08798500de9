package org.returneeregistry.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A hostile push receiver on 127.0.0.1: it takes one connection, reads the request, then answers one byte
 * of its status line and headers every {@code interval}, never finishing, for at most {@code bound} — so
 * every single read of the sender's succeeds in time and only a deadline on the whole attempt ends it.
 * {@link #connectionClosedAfter} is how long the sender kept the connection open, from the first byte of
 * the answer until a write found it closed. Close it when done.
 */
public final class TricklingReceiver implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<Duration> closedAfter = new CompletableFuture<>();

    private TricklingReceiver(ServerSocket server, Duration interval, Duration bound) {
        this.server = server;
        Thread thread = new Thread(() -> serve(interval, bound), "trickling-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    public static TricklingReceiver start(Duration interval, Duration bound) throws IOException {
        return new TricklingReceiver(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()), interval, bound);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/inbox";
    }

    private void serve(Duration interval, Duration bound) {
        long start = 0;
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            in.read(buffer); // the request (headers and a small body arrive together on the loopback)
            OutputStream out = socket.getOutputStream();
            byte[] answer = ("HTTP/1.1 200 OK\r\nX-Slow: " + "a".repeat(100000)).getBytes(StandardCharsets.US_ASCII);
            start = System.nanoTime();
            for (int i = 0; i < answer.length && System.nanoTime() - start < bound.toNanos(); i++) {
                out.write(answer[i]);
                out.flush();
                Thread.sleep(interval.toMillis());
                if (peerClosed(socket)) {
                    closedAfter.complete(Duration.ofNanos(System.nanoTime() - start));
                    return;
                }
            }
            closedAfter.complete(Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            // the sender closed the connection while this wrote
            closedAfter.complete(Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A closed peer shows as end of stream on a non-blocking-ish read. */
    private static boolean peerClosed(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        }
    }

    /** How long the sender kept the connection once the answer began; waits up to {@code timeout}. */
    public Duration connectionClosedAfter(Duration timeout) throws Exception {
        return closedAfter.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
