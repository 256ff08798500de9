package org.returneeregistry.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.returneeregistry.it.support.Callers.Caller;

/**
 * The test run's registry (Nepal's {@code NPL-DOFE}) and the partner country's ({@link SecondRegistry}, Qatar's
 * {@code QAT-MOL}) side by side, as the tests that run both call them: each registry is a {@link Side} — its people,
 * its REST API, its outbox and message log, its officers' partner messages and claims — and the agreement between them
 * is set up on both sides through their APIs. {@link #assertExchanged} checks what both message logs say of one
 * message that crossed.
 *
 * <p>Every wait polls for an outcome at the fixture's {@link Pace}: from the first moment, then every
 * {@link Pace#poll()}, failing after {@link Pace#delivery()}.
 */
public final class TwoRegistries {

    /** How long a message may take to cross and reach its outcome, and how often a test looks again. */
    public record Pace(Duration delivery, Duration poll) {

        /** A wait at this pace: looks at once, then every poll, until delivery. */
        public ConditionFactory await() {
            return Awaitility.await().atMost(delivery).pollDelay(Duration.ZERO).pollInterval(poll);
        }
    }

    /** The integration tests' pace: 90 s at most, a look every 250 ms. */
    public static final Pace TESTS = new Pace(Duration.ofSeconds(90), Duration.ofMillis(250));

    private static final String CLAIMS = API + "/social-security/claims";
    private static final String PERIOD_REQUESTS = API + "/social-security/period-requests";

    private final SecondRegistry second;
    private final Pace pace;
    private final Side nepal;
    private final Side qatar;

    private TwoRegistries(SecondRegistry second, Pace pace) {
        this.second = second;
        this.pace = pace;
        this.nepal = new Side(
                "NPL",
                SecondRegistry.US,
                "NPL",
                Callers.registrar(),
                Callers.registryAdmin(),
                Callers.auditor(),
                Callers.socialSecurityOfficer(),
                PartnerPeer::registryCertificate,
                Agreements::send,
                pace);
        this.qatar = new Side(
                "QAT",
                second.operator(),
                second.country(),
                second.registrar(),
                second.registryAdmin(),
                second.auditor(),
                second.socialSecurityOfficer(),
                second::certificate,
                second::send,
                pace);
    }

    /** Both registries at the tests' pace; the partner's starts on first use, once per run. */
    public static TwoRegistries start() {
        return start(TESTS);
    }

    /** Both registries at {@code pace}; the partner's starts on first use, once per run. */
    public static TwoRegistries start(Pace pace) {
        SecondRegistry second = SecondRegistry.qatar();
        System.out.printf(
                "IT: two registries: the partner registry %s answered after %d s%n",
                second.baseUrl(), second.startSeconds());
        return new TwoRegistries(second, pace);
    }

    /** The test run's registry, {@code NPL-DOFE}. */
    public Side nepal() {
        return nepal;
    }

    /** The partner country's registry, {@code QAT-MOL}. */
    public Side qatar() {
        return qatar;
    }

    /** The partner's registry itself: its key, its certificate, its endpoints. */
    public SecondRegistry second() {
        return second;
    }

    public Pace pace() {
        return pace;
    }

    /** A wait at the fixture's pace: looks at once, then every poll, until delivery. */
    public ConditionFactory await() {
        return pace.await();
    }

    /** Adds scope rows for a message type in both directions, for the purpose and each category (our view). */
    public static JsonArrayBuilder bothWays(JsonArrayBuilder rows, String type, String purpose, String... categories) {
        for (String category : categories) {
            rows.add(Agreements.row("OUTBOUND", type, category, purpose, "AGREEMENT"));
            rows.add(Agreements.row("INBOUND", type, category, purpose, "AGREEMENT"));
        }
        return rows;
    }

    /**
     * An agreement in force on both sides under one id, titled {@code title} and made unique, with {@code ourScope} as
     * our registry sees it (Qatar's holds it mirrored), each side holding the other's certificate and SOAP endpoint.
     */
    public String agreement(String title, JsonArrayBuilder ourScope) {
        return second.agreementWithUs(title + " " + UUID.randomUUID(), ourScope);
    }

    /** An {@link #agreement} whose messages travel as the REST twin: each side declared the other's REST endpoint. */
    public String overRest(String title, JsonArrayBuilder ourScope) {
        String agreementId = agreement(title, ourScope);
        second.declareRestEndpoints(agreementId);
        return agreementId;
    }

    /**
     * An {@link #agreement} for claims we run with Qatar — our period requests and claim decisions, Qatar's answers —
     * whose social security section on our side holds {@code ruleSet}.
     */
    public String claimsAgreement(String title, String purpose, JsonObject ruleSet) {
        JsonArrayBuilder scope = Json.createArrayBuilder()
                .add(Agreements.row("OUTBOUND", "INSURANCE_PERIOD_REQUEST", "IDENTITY", purpose, "AGREEMENT"))
                .add(Agreements.row("INBOUND", "INSURANCE_PERIOD_ANSWER", "SOCIAL_SECURITY", purpose, "AGREEMENT"))
                .add(Agreements.row("OUTBOUND", "CLAIM_DECISION", "SOCIAL_SECURITY", purpose, "AGREEMENT"));
        String agreementId = agreement(title, scope);
        nepal.putSection(agreementId, ruleSet);
        return agreementId;
    }

    /** A partner's certified answer to a period request: one period of compulsory employment. */
    public static JsonObject certifiedPeriods(
            String reference, String country, String institution, String from, String to) {
        return Json.createObjectBuilder()
                .add(
                        "periods",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("reference", reference)
                                        .add("country", country)
                                        .add("institution", institution)
                                        .add("from", from)
                                        .add("to", to)
                                        .add("type", "COMPULSORY_EMPLOYED")))
                .build();
    }

    /** What both message logs say of one message that crossed: the send, its receipt, its intake. */
    public record Exchanged(JsonObject sent, JsonObject receipt, JsonObject received) {}

    /**
     * The message was sent signed by the sender and its signed receipt verified (sender's log), and taken in with its
     * signature verified against the sender's certificate registered under the agreement (receiver's log).
     */
    public Exchanged assertExchanged(
            Side sender, Side receiver, String agreementId, String messageId, String messageType) {
        // the attempt that delivered it (earlier ones may have failed: a suspension, a partner down)
        JsonObject sent = sender.awaitLogEntry(
                agreementId,
                "a verified send of " + messageId,
                e -> "OUTBOUND".equals(e.getString("direction"))
                        && messageId.equals(e.getString("messageId", null))
                        && "RECEIPT_VERIFIED".equals(e.getString("reason", null)));
        assertEquals(messageType, sent.getString("messageType"), sent::toString);
        assertEquals("SENT", sent.getString("decision"), sent::toString);
        assertEquals(receiver.operator(), sent.getString("recipient", receiver.operator()), sent::toString);
        JsonObject receipt = sender.logEntry(
                        agreementId,
                        e -> "RECEIPT".equals(e.getString("messageType"))
                                && messageId.equals(e.getString("correlationId", null))
                                && "ACCEPTED".equals(e.getString("decision")))
                .orElseThrow(() -> new AssertionError("no receipt logged by " + sender.name() + " for " + messageId));

        JsonObject received = receiver.awaitLogEntry(
                agreementId,
                "the intake of " + messageId,
                e -> "INBOUND".equals(e.getString("direction"))
                        && messageId.equals(e.getString("messageId", null))
                        && "ACCEPTED".equals(e.getString("decision")));
        assertEquals(messageType, received.getString("messageType"), received::toString);
        assertEquals(sender.operator(), received.getString("sender"), received::toString);
        assertEquals(sender.fingerprint(), sent.getString("signerFingerprint"), "signed with the sender's key");
        assertEquals(
                sender.fingerprint(),
                received.getString("signerFingerprint"),
                "the receiver verified the sender's own signature");
        assertEquals(
                receiver.fingerprint(),
                receipt.getString("signerFingerprint"),
                "the receipt signed with the receiver's key");
        assertNotNull(received.getString("signatureValue", null), received::toString);
        return new Exchanged(sent, receipt, received);
    }

    /** How a side's REST API is called: {@code body} null sends a GET. */
    @FunctionalInterface
    public interface Api {
        RegistryApi.Answer send(Caller caller, String method, String path, String body);
    }

    /**
     * One of the two registries as the tests call it: its operator (the sender of its envelopes), the people the tests
     * act as (tokens from its own realm), its exchange certificate now, its REST API — and its outbox and message log,
     * its officers' partner messages and claims, each wait at {@code pace}.
     */
    public record Side(
            String name,
            String operator,
            String country,
            Caller registrar,
            Caller admin,
            Caller auditor,
            Caller socialSecurityOfficer,
            Supplier<X509Certificate> certificate,
            Api api,
            Pace pace) {

        /** The SHA-256 fingerprint of its exchange certificate now, as message logs record signers. */
        public String fingerprint() {
            return PartnerPeer.fingerprint(certificate.get());
        }

        /** A REST call as {@code caller}; {@code body} null sends a GET. */
        public RegistryApi.Answer send(Caller caller, String method, String path, JsonObject body) {
            return api.send(caller, method, path, body == null ? null : body.toString());
        }

        public RegistryApi.Answer post(Caller caller, String path, JsonObject body) {
            return send(caller, "POST", path, body);
        }

        public RegistryApi.Answer get(Caller caller, String path) {
            return send(caller, "GET", path, null);
        }

        /** Registers a returnee holding {@code passport} as its registrar; answers the registry number. */
        public String register(String passport) {
            return post(registrar(), API + "/returnees", Samples.registration(passport))
                    .expect(201)
                    .json()
                    .getString("registryNumber");
        }

        /** Its outbox's messages to {@code recipient}, as its registry-admin lists them. */
        public List<JsonObject> outbox(String recipient) {
            return get(admin(), API + "/outbox-messages?pageSize=100&recipient=" + recipient)
                    .expect(200)
                    .array()
                    .getValuesAs(JsonObject.class);
        }

        public JsonObject outboxMessage(String recipient, String id) {
            return outbox(recipient).stream()
                    .filter(m -> id.equals(m.getString("id")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + "'s outbox lists no message " + id));
        }

        /** Its outbox message to {@code recipient}, awaited until delivered (its receipt verified). */
        public JsonObject awaitDelivered(String recipient, String messageId) {
            AtomicReference<Optional<JsonObject>> last = new AtomicReference<>(Optional.empty());
            try {
                return pace.await()
                        .until(
                                () -> {
                                    last.set(outbox(recipient).stream()
                                            .filter(m -> messageId.equals(m.getString("id")))
                                            .findFirst());
                                    return last.get().orElse(null);
                                },
                                m -> m != null && Outboxes.hasStatus(m, "DELIVERED"));
            } catch (ConditionTimeoutException e) {
                return fail(name + "'s message " + messageId + " to " + recipient + " was not delivered within "
                        + pace.delivery() + "; last seen: "
                        + last.get().map(Object::toString).orElse("(not listed)"));
            }
        }

        /** Its message log's entries under the agreement, oldest first, as its auditor reads them. */
        public List<JsonObject> messageLog(String agreementId) {
            return get(auditor(), API + "/exchange-messages?pageSize=100&agreementId=" + agreementId)
                    .expect(200)
                    .array()
                    .getValuesAs(JsonObject.class);
        }

        public Optional<JsonObject> logEntry(String agreementId, Predicate<JsonObject> which) {
            return messageLog(agreementId).stream().filter(which).findFirst();
        }

        /** The first entry of its message log under the agreement that matches, awaited. */
        public JsonObject awaitLogEntry(String agreementId, String what, Predicate<JsonObject> which) {
            try {
                return pace.await()
                        .until(() -> logEntry(agreementId, which), Optional::isPresent)
                        .orElseThrow();
            } catch (ConditionTimeoutException e) {
                return fail("no log entry of " + what + " in " + name + "'s log within " + pace.delivery() + ": "
                        + messageLog(agreementId));
            }
        }

        /** Its registrar sends {@code partner} a return notice of the returnee {@code rn}. */
        public RegistryApi.Answer returnNotice(Side partner, String rn, String agreementId, String purpose) {
            var notice = PartnerMessages.returnNotice(rn, agreementId, partner.operator(), purpose);
            return post(registrar(), PartnerMessages.RETURN_NOTICES, notice);
        }

        /** {@link #returnNotice}, queued; answers its message id. */
        public String sendReturnNotice(Side partner, String rn, String agreementId, String purpose) {
            return PartnerMessages.queued(returnNotice(partner, rn, agreementId, purpose));
        }

        /** Its registrar asks {@code partner} for the employment records of the returnee {@code rn}. */
        public RegistryApi.Answer employmentRecordRequest(Side partner, String rn, String agreementId, String purpose) {
            var request = PartnerMessages.employmentRecordRequest(rn, agreementId, partner.operator(), purpose);
            return post(registrar(), PartnerMessages.EMPLOYMENT_RECORD_REQUESTS, request);
        }

        /** {@link #employmentRecordRequest}, queued; answers its message id. */
        public String sendEmploymentRecordRequest(Side partner, String rn, String agreementId, String purpose) {
            return PartnerMessages.queued(employmentRecordRequest(partner, rn, agreementId, purpose));
        }

        /** {@code caller} answers the partner's employment record request {@code requestId} (its id here). */
        public RegistryApi.Answer answerEmploymentRecordRequest(Caller caller, String requestId, JsonObject answer) {
            return post(caller, PartnerMessages.answerPath(requestId), answer);
        }

        /** The employment record request of that direction and message id, as its registrar lists it: exactly one. */
        public JsonObject employmentRequest(String direction, String messageId) {
            List<JsonObject> found = employmentRequests(direction, messageId);
            assertEquals(1, found.size(), () -> name + " " + direction + " " + messageId + ": " + found);
            return found.get(0);
        }

        /** The employment record request of that direction and message id, awaited until it is listed. */
        public JsonObject awaitEmploymentRequest(String direction, String messageId) {
            return awaitEmploymentRequest(direction, messageId, r -> true);
        }

        /** The employment record request of that direction and message id, awaited until it is listed and matches. */
        public JsonObject awaitEmploymentRequest(String direction, String messageId, Predicate<JsonObject> until) {
            return pace.await()
                    .until(
                            () -> {
                                List<JsonObject> found = employmentRequests(direction, messageId);
                                assertTrue(
                                        found.size() <= 1,
                                        () -> name + " " + direction + " " + messageId + ": " + found);
                                return found.isEmpty() ? null : found.get(0);
                            },
                            r -> r != null && until.test(r));
        }

        private List<JsonObject> employmentRequests(String direction, String messageId) {
            return get(
                            registrar(),
                            PartnerMessages.EMPLOYMENT_RECORD_REQUESTS + "?direction=" + direction + "&messageId="
                                    + messageId)
                    .expect(200)
                    .array()
                    .getValuesAs(JsonObject.class);
        }

        /**
         * Its registry-admin sets the agreement's social security section: {@code ruleSet}, period requests reminded
         * after an hour and timed out after 30 days.
         */
        public void putSection(String agreementId, JsonObject ruleSet) {
            send(
                            admin(),
                            "PUT",
                            API + "/social-security/agreements/" + agreementId + "/section",
                            Json.createObjectBuilder()
                                    .add(
                                            "document",
                                            Json.createObjectBuilder(ruleSet)
                                                    .add(
                                                            "periodRequests",
                                                            Json.createObjectBuilder()
                                                                    .add("remindAfter", "PT1H")
                                                                    .add("timeOutAfter", "P30D")))
                                    .add("reason", "Protocol rules")
                                    .build())
                    .expect(200);
        }

        /** Its officer opens an old-age claim of the returnee {@code rn} with {@code partner} and submits it. */
        public String openClaim(String rn, String agreementId, Side partner, String reason) {
            String claimId = post(
                            socialSecurityOfficer(),
                            CLAIMS,
                            Json.createObjectBuilder()
                                    .add("registryNumber", rn)
                                    .add("benefit", "OLD_AGE")
                                    .add("agreementId", agreementId)
                                    .add("partnerInstitution", partner.operator())
                                    .add("claimantKind", "RETURNEE")
                                    .add("reason", reason)
                                    .build())
                    .expect(201)
                    .json()
                    .getString("claimId");
            post(
                            socialSecurityOfficer(),
                            CLAIMS + "/" + claimId + "/submission",
                            Json.createObjectBuilder().build())
                    .expect(200);
            return claimId;
        }

        /** Its officer asks the claim's partner for the periods; answers the request's message id. */
        public String requestPeriods(String claimId, String reason) {
            return post(socialSecurityOfficer(), CLAIMS + "/" + claimId + "/period-requests", Agreements.reason(reason))
                    .expect(200)
                    .json()
                    .getString("requestMessageId");
        }

        /** The period request of the claim {@code claimId} that {@code sender} made, awaited on its officer's list. */
        public JsonObject awaitPeriodRequest(Side sender, String claimId) {
            return pace.await()
                    .until(
                            () -> get(
                                            socialSecurityOfficer(),
                                            PERIOD_REQUESTS + "?sender=" + sender.operator() + "&pageSize=100")
                                    .expect(200)
                                    .array()
                                    .getValuesAs(JsonObject.class)
                                    .stream()
                                    .filter(r -> claimId.equals(r.getString("partnerClaimId")))
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
        }

        /** Its officer answers the partner's period request {@code requestId} with {@code periods}. */
        public JsonObject answerPeriodRequest(String requestId, JsonObject periods) {
            return post(socialSecurityOfficer(), PERIOD_REQUESTS + "/" + requestId + "/answer", periods)
                    .expect(200)
                    .json();
        }

        /** The partner's period request {@code requestId} as its officer reads it. */
        public JsonObject periodRequest(String requestId) {
            return get(socialSecurityOfficer(), PERIOD_REQUESTS + "/" + requestId)
                    .expect(200)
                    .json();
        }

        /** The claim as its officer reads it. */
        public JsonObject claim(String claimId) {
            return get(socialSecurityOfficer(), CLAIMS + "/" + claimId)
                    .expect(200)
                    .json();
        }

        /** The claim, awaited until it has {@code status}. */
        public JsonObject awaitClaim(String claimId, String status) {
            return pace.await().until(() -> claim(claimId), c -> status.equals(c.getString("status")));
        }

        /**
         * Its officer adds the home period, assesses the claim and approves it on the totalised periods; answers the
         * decision as the registry answered it.
         */
        public JsonObject approve(String claimId, JsonObjectBuilder homePeriod) {
            post(
                            socialSecurityOfficer(),
                            CLAIMS + "/" + claimId + "/periods",
                            Json.createObjectBuilder()
                                    .add("periods", Json.createArrayBuilder().add(homePeriod))
                                    .build())
                    .expect(200);
            post(
                            socialSecurityOfficer(),
                            CLAIMS + "/" + claimId + "/assessment",
                            Json.createObjectBuilder().build())
                    .expect(200);
            return post(
                            socialSecurityOfficer(),
                            CLAIMS + "/" + claimId + "/decision",
                            Json.createObjectBuilder()
                                    .add("decision", "APPROVED")
                                    .add("reason", "Entitled on totalised periods")
                                    .build())
                    .expect(200)
                    .json();
        }
    }
}
