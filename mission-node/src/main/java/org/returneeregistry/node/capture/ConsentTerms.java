package org.returneeregistry.node.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The terms of the consent form the mission has returnees sign: who may receive their data (NODE_CONSENT_RECIPIENT,
 * an organisation registered at the registry), for which purposes and data categories, for how long, under which
 * notice. The form is the mission's, the same for every returnee, so its terms are the node's settings; the officer
 * records only the signed copy's hash. Without a recipient the node keeps the hash and sends no consent.
 */
@ApplicationScoped
public class ConsentTerms {

    @Inject
    @ConfigProperty(name = "node.consent.recipient")
    Optional<String> recipient;

    @Inject
    @ConfigProperty(name = "node.consent.purposes", defaultValue = "REINTEGRATION_SERVICES")
    List<String> purposes;

    @Inject
    @ConfigProperty(name = "node.consent.categories", defaultValue = "IDENTITY,CONTACT,RETURN_DETAILS")
    List<String> categories;

    @Inject
    @ConfigProperty(name = "node.consent.validity", defaultValue = "P730D")
    String validity;

    @Inject
    @ConfigProperty(name = "node.consent.notice-version", defaultValue = "mission-form-1")
    String noticeVersion;

    @Inject
    @ConfigProperty(name = "node.consent.notice-language", defaultValue = "ne")
    String noticeLanguage;

    /**
     * The body of {@code POST /consents} for a form signed now, without the registry number (known only once the
     * registry acknowledged the notification). Fixed at capture, validity included, so every send is the same
     * request under the same idempotency key.
     */
    public Optional<JsonObject> body(String formHash, Instant capturedAt) {
        if (recipient.isEmpty() || recipient.get().isBlank()) {
            return Optional.empty();
        }
        JsonArrayBuilder p = Json.createArrayBuilder();
        purposes.stream().map(String::strip).forEach(p::add);
        JsonArrayBuilder c = Json.createArrayBuilder();
        categories.stream().map(String::strip).forEach(c::add);
        return Optional.of(Json.createObjectBuilder()
                .add("recipient", recipient.get().strip())
                .add("purposes", p)
                .add("categories", c)
                .add("method", "ASSISTED")
                .add("evidenceHash", formHash)
                .add(
                        "validUntil",
                        capturedAt
                                .plus(Duration.parse(validity))
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString())
                .add("noticeVersion", noticeVersion)
                .add("noticeLanguage", noticeLanguage)
                .build());
    }
}
