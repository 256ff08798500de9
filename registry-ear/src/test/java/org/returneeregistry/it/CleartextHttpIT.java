package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.JSON;
import static org.returneeregistry.it.support.RegistryApi.uri;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Samples;

/**
 * A client that offers the cleartext HTTP/2 upgrade ({@code Upgrade: h2c}, as the JDK's {@code HttpClient} does by
 * default on {@code http://}, and with it Apache CXF's default conduit) gets a complete answer to a request with a
 * body, over REST and SOAP. The plain listener keeps HTTP/2 on for this: Payara 6's HTTP layer (Grizzly) without
 * HTTP/2 does not ignore the offer but stops reading the request body, and the call hangs until its timeout (most
 * of the calls here, every call of a CXF client).
 *
 * <p>The notifications carry no urgent need: a need is a referral, and 120 referrals queued for one ministry
 * would only delay the deliveries other tests wait for.
 */
class CleartextHttpIT extends DeployedRegistry {

    /** Rounds per interface; each opens a new connection, so each offers the upgrade again. */
    private static final int ROUNDS = 60;

    private static final int PARALLEL = 8;

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void restAndSoapSubmissionsOfferingTheUpgradeAreAnsweredCompletely() throws Exception {
        String bearer = Callers.mission(Samples.MISSION).bearer();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                outcomes.add(pool.submit(() -> restRound(bearer)));
                outcomes.add(pool.submit(() -> soapRound(bearer)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String failure = outcome.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertEquals(
                    List.of(),
                    failures,
                    failures.size() + " of " + outcomes.size() + " requests offering h2c got no complete answer");
        } finally {
            pool.shutdownNow();
        }
    }

    private static String restRound(String bearer) {
        String id = Samples.notificationId();
        HttpRequest request = HttpRequest.newBuilder(uri(API + "/return-notifications"))
                .timeout(TIMEOUT)
                .header("Authorization", bearer)
                .header("Content-Type", JSON)
                .header("Accept", JSON)
                .POST(BodyPublishers.ofString(
                        Json.createObjectBuilder(Samples.notification(id, Samples.passportNumber()))
                                .remove("urgentNeeds")
                                .build()
                                .toString()))
                .build();
        return check(request, 201, "\"notificationId\":\"" + id + "\"");
    }

    private static String soapRound(String bearer) {
        String id = Samples.notificationId();
        String envelope = Samples.soapSubmission(
                "",
                Samples.notificationXmlContent(id, Samples.passportNumber(), "Contract")
                        .replaceAll("(?s)<n:urgentNeed>.*?</n:urgentNeed>", ""));
        HttpRequest request = HttpRequest.newBuilder(uri("/soap/ReturnNotificationService"))
                .timeout(TIMEOUT)
                .header("Authorization", bearer)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        return check(request, 200, ">" + id + "</");
    }

    /** Sends on a new connection offering h2c; null when the answer is complete, else what went wrong. */
    private static String check(HttpRequest request, int status, String expected) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(TIMEOUT)
                .build();
        try {
            HttpResponse<String> response = client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != status || !response.body().contains(expected)) {
                String body = response.body();
                return request.uri().getPath() + ": " + response.version() + " " + response.statusCode() + " "
                        + body.substring(0, Math.min(body.length(), 160));
            }
            return null;
        } catch (IOException e) {
            return request.uri().getPath() + ": " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return request.uri().getPath() + ": interrupted";
        }
    }
}
