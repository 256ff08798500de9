package org.returneeregistry.node.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.returneeregistry.node.capture.CapturedNotifications;
import org.returneeregistry.node.capture.CapturedNotifications.PendingConsent;

/**
 * Sends the consents captured with acknowledged notifications to {@code POST /api/v1/consents}, each under the
 * Idempotency-Key fixed at capture: 201 (recorded) and 200 (a repeat of a send whose answer was lost) both carry
 * the record, which the node keeps; a refusal (the registry's 4xx) is kept for the officer to see. A key still in
 * progress (409 IdempotencyKeyInProgress) stays pending for the next round; a suspended mission, or any other
 * answer, stops the round with the consents pending.
 */
@ApplicationScoped
public class ConsentSender {

    private static final int CHUNK = 100;

    @Inject
    CapturedNotifications notifications;

    @Inject
    RegistryClient registry;

    /** Sends every pending consent; answers how many the registry recorded. */
    public int sendPending() throws LinkDown {
        int recorded = 0;
        List<PendingConsent> chunk;
        while (!(chunk = notifications.consentsToSend(CHUNK)).isEmpty()) {
            boolean progress = false;
            for (PendingConsent consent : chunk) {
                HttpResponse<String> answer = registry.call(
                        "POST", "/consents", consent.body(), Map.of("Idempotency-Key", consent.idempotencyKey()));
                int status = answer.statusCode();
                if (status == 200 || status == 201) {
                    JsonObject record = json(answer.body());
                    notifications.recordConsent(
                            consent.notificationId(),
                            CapturedNotifications.CONSENT_RECORDED,
                            record.getString("consentId", null),
                            null);
                    recorded++;
                    progress = true;
                } else if (status == 409 && answer.body().contains("IdempotencyKeyInProgress")) {
                    continue;
                } else if (status == 403 && answer.body().contains("OrganisationSuspended")) {
                    throw new LinkDown("the registry refused the mission: OrganisationSuspended", null);
                } else if (status >= 400 && status < 500 && status != 401 && status != 429) {
                    notifications.recordConsent(
                            consent.notificationId(), CapturedNotifications.CONSENT_REFUSED, null, answer.body());
                    progress = true;
                } else {
                    throw new LinkDown("the registry answered " + status + " to a consent", null);
                }
            }
            if (!progress) {
                break; // only keys in progress are left: the next round sends them
            }
        }
        return recorded;
    }

    private static JsonObject json(String body) throws LinkDown {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            throw new LinkDown("the registry's answer is not JSON", e);
        }
    }
}
