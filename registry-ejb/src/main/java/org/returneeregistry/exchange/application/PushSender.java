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
import java.util.Locale;
import java.util.Optional;
import org.returneeregistry.exchange.domain.DeliveryOutcome;
import org.returneeregistry.exchange.domain.DeliveryOutcome.Failure;

/**
 * POSTs a JSON push with {@code Idempotency-Key} and the registry's detached signature of the body
 * ({@code Registry-Signature}); a 2xx is a delivery, anything else a failed attempt of the kind
 * {@link DeliveryOutcome#ofHttpStatus} says. Only to destinations the {@link DestinationCheck} allows,
 * redirects are not followed, and the whole attempt ends at its {@link AttemptDeadline}: the connection
 * is closed from outside when it comes. It uses the JDK's HttpURLConnection: no client threads that would
 * outlive an undeploy (java.net.http.HttpClient keeps a selector thread per client).
 */
@ApplicationScoped
public class PushSender {

    /** The header that carries the registry's JWS (detached payload) of the body. */
    public static final String SIGNATURE_HEADER = "Registry-Signature";

    @Inject
    private OutboxSettings settings;

    @Inject
    private PushSignatures signatures;

    public DeliveryOutcome send(String url, String messageId, String body, AttemptDeadline deadline) {
        HttpURLConnection http = null;
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                return DeliveryOutcome.failed(Failure.DESTINATION_REFUSED, "the push URL is not http(s)");
            }
            Optional<DeliveryOutcome> refused = DestinationCheck.refusal(settings.destinations(), uri.getHost(),
                    scheme.equals("https"));
            if (refused.isPresent()) {
                return refused.get();
            }
            URLConnection connection = uri.toURL().openConnection();
            http = (HttpURLConnection) connection;
            HttpURLConnection open = http;
            deadline.onExpiry(open::disconnect);
            http.setConnectTimeout(deadline.timeoutMillis(settings.connectTimeout()));
            http.setReadTimeout(deadline.timeoutMillis(settings.readTimeout()));
            http.setInstanceFollowRedirects(false);
            http.setUseCaches(false);
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "application/json");
            http.setRequestProperty("Idempotency-Key", messageId);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            http.setRequestProperty(SIGNATURE_HEADER, signatures.sign(bytes));
            http.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = http.getOutputStream()) {
                out.write(bytes);
            }
            int status = http.getResponseCode();
            drain(http, status, deadline);
            if (deadline.expired()) {
                return DeliveryOutcome.failed(Failure.NO_ANSWER, "the attempt reached its deadline");
            }
            return DeliveryOutcome.ofHttpStatus(status);
        } catch (IOException | IllegalArgumentException e) {
            return DeliveryOutcome.failed(Failure.NO_ANSWER, (deadline.expired() ? "deadline reached: " : "")
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            if (http != null) {
                http.disconnect();
            }
        }
    }

    /** Reads a little of the answer away; its content is not used, and a long one is not waited for. */
    private static void drain(HttpURLConnection http, int status, AttemptDeadline deadline) {
        try (InputStream in = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
            if (in != null) {
                byte[] buffer = new byte[4096];
                long read = 0;
                for (int n; read < 65536 && !deadline.expired() && (n = in.read(buffer)) >= 0; read += n) {
                    // discarded
                }
            }
        } catch (IOException e) {
            // the status decided the outcome
        }
    }
}
