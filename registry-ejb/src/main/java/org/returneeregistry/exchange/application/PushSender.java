package org.returneeregistry.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import org.returneeregistry.exchange.domain.DeliveryOutcome;

/**
 * POSTs a JSON push with {@code Idempotency-Key}; any 2xx is a delivery, anything else a failed attempt.
 * It uses the JDK's HttpURLConnection: connect and read timeouts per request, and no client threads
 * that would outlive an undeploy (java.net.http.HttpClient keeps a selector thread per client).
 */
@ApplicationScoped
public class PushSender {

    @Inject
    private OutboxSettings settings;

    public DeliveryOutcome send(String url, String messageId, String body) {
        HttpURLConnection http = null;
        try {
            URLConnection connection = URI.create(url).toURL().openConnection();
            if (!(connection instanceof HttpURLConnection)) {
                return DeliveryOutcome.failed("the push URL is not http(s)");
            }
            http = (HttpURLConnection) connection;
            http.setConnectTimeout((int) settings.connectTimeout().toMillis());
            http.setReadTimeout((int) settings.readTimeout().toMillis());
            http.setInstanceFollowRedirects(false);
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "application/json");
            http.setRequestProperty("Idempotency-Key", messageId);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            http.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = http.getOutputStream()) {
                out.write(bytes);
            }
            int status = http.getResponseCode();
            drain(http, status);
            return status >= 200 && status < 300 ? DeliveryOutcome.accepted()
                    : DeliveryOutcome.failed("HTTP " + status + " from the push URL");
        } catch (IOException | IllegalArgumentException e) {
            return DeliveryOutcome.failed("push failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + truncate(e.getMessage())));
        } finally {
            if (http != null) {
                http.disconnect();
            }
        }
    }

    /** Reads the answer away so the connection can be reused; its content is not used. */
    private static void drain(HttpURLConnection http, int status) {
        try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
            if (in != null) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            // the status decided the outcome
        }
    }

    private static String truncate(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
