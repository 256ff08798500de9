package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.env.EarlyStart;
import org.returneeregistry.it.env.ItEnvironment;
import org.returneeregistry.it.env.ItEnvironment.Database;
import org.returneeregistry.it.env.NeedsServer;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.Outboxes;
import org.returneeregistry.it.support.PushReceiver;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.it.support.SideBySide;

/**
 * An acknowledgement is a promise. Missions' systems submit return notifications concurrently over REST
 * and SOAP, a registrar reads returnees meanwhile (each read decided and appended to the decision log);
 * the server process is killed with SIGKILL in the middle of the load and started again. Then every
 * notification that had been acknowledged is there with its registry number, its returnee exists exactly
 * once, its urgent need's referral and the outbox message announcing it are there exactly once, every
 * answered read's decision is in the log and the log's chain verifies intact; the submissions whose answer
 * was lost in the crash succeed when resent; and the ones refused with a client error left nothing.
 *
 * <p>It runs on PostgreSQL (the test run's domain) and on the run command's default, the embedded H2
 * database file (a second domain, set up as config/run.sh sets it up). Each trial registers a mission and a
 * welfare ministry of its own and routes the SHELTER service to that ministry for its duration.
 *
 * <p>An acknowledged batch survives the same SIGKILL and is taken in exactly once: a mission of its own submits
 * a batch on PostgreSQL just before the trial's load; once the load has its acknowledgements and the job has taken
 * part of the batch in, the kill lands (single submissions and the batch in flight together) and the server starts
 * again; the job resumes by itself, and then
 * every notification of the batch is there once: one notification row, one return, one returnee, one referral for
 * its urgent need, no outbox message twice, and the batch's counts agree with its items — some of which were taken
 * in after the restart. Its test reads the PostgreSQL trial's kill; run without that trial, it kills the domain
 * itself.
 */
@NeedsServer(NeedsServer.Server.EMBEDDED_DEFAULT)
class CrashDurabilityIT extends DeployedRegistry {

    private static final int CLIENTS_PER_CHANNEL = 4;
    /** Acknowledgements (of both channels together) to wait for before the kill; each channel needs a fifth of them. */
    private static final int ACKNOWLEDGEMENTS_BEFORE_KILL = 60;
    /** Clients that check the outcome after the restart, each submission's checks by one of them. */
    private static final int CHECKERS = 4;

    private static final Duration LOAD_LIMIT = Duration.ofSeconds(90);
    private static final int MAX_SUBMISSIONS = 3000;
    private static final Pattern REGISTRY_NUMBER = Pattern.compile("<(?:\\w+:)?registryNumber>([^<]+)</");
    private static final Pattern REGISTRY_FAULT_CODE = Pattern.compile("<(?:\\w+:)?code>(\\w+)</(?:\\w+:)?code>");

    private static final String ON_POSTGRESQL = "nothingAcknowledgedIsLostWhenTheServerIsKilledOnPostgreSQL";
    private static final String ON_THE_EMBEDDED_DEFAULT =
            "nothingAcknowledgedIsLostWhenTheServerIsKilledOnTheEmbeddedDefault";
    private static final String BATCH_INTERRUPTED = "aBatchInterruptedBySigkillCompletesExactlyOnceAfterTheRestart";

    private static final String OUTBOX_THROUGH_THE_KILL = "messagesForADownReceiverSurviveTheKillAndAreDeliveredOnce";

    /** The batch in flight on PostgreSQL; its test checks it after the PostgreSQL trial's kill (or a kill of its own). */
    private static final BatchInFlight BATCH = new BatchInFlight();

    /** Outbox messages pending for a down receiver on PostgreSQL, checked after the same kill. */
    private static final OutboxInFlight OUTBOX = new OutboxInFlight();

    /** Whether the batch rides the PostgreSQL trial's kill: both tests selected (read before the trials start). */
    private static volatile boolean batchWithTheTrial;

    /** Whether the outbox's messages ride the PostgreSQL trial's kill. */
    private static volatile boolean outboxWithTheTrial;

    /**
     * The two trials kill and restart two different domains on two different databases, with missions, ministries
     * and routes of their own: they run side by side, each test ending as its trial ends. The batch's test waits
     * for the PostgreSQL trial's kill and restart, then checks the batch beside the trial's own checks.
     */
    private static final SideBySide TRIALS = new SideBySide(CrashDurabilityIT.class)
            .test(ON_POSTGRESQL, () -> new Trial(Database.POSTGRESQL, "PG", ridersOfThePostgreSqlTrial()).run())
            .test(ON_THE_EMBEDDED_DEFAULT, () -> new Trial(Database.EMBEDDED_DEFAULT, "HT", List.of()).run())
            .test(BATCH_INTERRUPTED, () -> {
                if (!batchWithTheTrial) {
                    BATCH.killAlone();
                }
                BATCH.checkAfterRestart();
            })
            .test(OUTBOX_THROUGH_THE_KILL, () -> {
                if (!outboxWithTheTrial) {
                    OUTBOX.killAlone();
                }
                OUTBOX.checkAfterRestart();
            });

    private static List<InFlight> ridersOfThePostgreSqlTrial() {
        List<InFlight> riders = new ArrayList<>();
        if (batchWithTheTrial) {
            riders.add(BATCH);
        }
        if (outboxWithTheTrial) {
            riders.add(OUTBOX);
        }
        return riders;
    }

    @BeforeAll
    static void startTheTrials() {
        boolean trial = EarlyStart.selected(CrashDurabilityIT.class, ON_POSTGRESQL);
        batchWithTheTrial = trial && EarlyStart.selected(CrashDurabilityIT.class, BATCH_INTERRUPTED);
        outboxWithTheTrial = trial && EarlyStart.selected(CrashDurabilityIT.class, OUTBOX_THROUGH_THE_KILL);
        TRIALS.start();
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheServerIsKilledOnPostgreSQL() throws Exception {
        TRIALS.outcome(ON_POSTGRESQL);
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheServerIsKilledOnTheEmbeddedDefault() throws Exception {
        TRIALS.outcome(ON_THE_EMBEDDED_DEFAULT);
    }

    @Test
    void aBatchInterruptedBySigkillCompletesExactlyOnceAfterTheRestart() throws Exception {
        TRIALS.outcome(BATCH_INTERRUPTED);
    }

    /**
     * The outbox through a SIGKILL: messages for a receiver that is down stay pending with their attempts and errors
     * through the kill and the restart, are retried after it, and are delivered exactly once each when the receiver
     * is back.
     */
    @Test
    void messagesForADownReceiverSurviveTheKillAndAreDeliveredOnce() throws Exception {
        TRIALS.outcome(OUTBOX_THROUGH_THE_KILL);
    }

    private enum Channel {
        REST,
        SOAP
    }

    private enum Outcome {
        ACKNOWLEDGED,
        REFUSED,
        UNANSWERED
    }

    /** One submission as its client saw it. */
    private record Attempt(
            Channel channel,
            String notificationId,
            String passport,
            boolean hostile,
            Outcome outcome,
            String registryNumber,
            String answer) {}

    private static final class Trial {

        private final Database database;
        /** What else is to be in flight on the trial's database when the kill lands. */
        private final List<InFlight> riders;

        private final String base;
        private final String mission;
        private final String shelter;
        private final Map<String, String> secrets = new HashMap<>();
        private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        private final Map<String, AtomicInteger> answeredReads = new ConcurrentHashMap<>();
        private final AtomicInteger acknowledged = new AtomicInteger();
        private final Map<Channel, AtomicInteger> acknowledgedBy =
                Map.of(Channel.REST, new AtomicInteger(), Channel.SOAP, new AtomicInteger());
        private final AtomicInteger submitted = new AtomicInteger();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final List<String> registryNumbers = new java.util.concurrent.CopyOnWriteArrayList<>();
        private List<String> readyTooEarly = List.of();

        Trial(Database database, String tag, List<InFlight> riders) {
            this.database = database;
            this.riders = riders;
            this.base = ItEnvironment.baseUrl(database);
            this.mission = "NPL-CRASH-" + tag;
            this.shelter = "NPL-SHELTER-" + tag;
        }

        void run() throws Exception {
            try {
                register(mission, "MISSION", "QAT", "mission-officer");
                register(shelter, "MINISTRY", "NPL", "ministry-system");
                Optional<String> earlierRoute = shelterRoute();
                send(Callers.registryAdmin().bearer(), routeRequest(shelter)).expect(200);
                try {
                    loadKillAndRestart();
                    checkAfterRestart();
                } finally {
                    earlierRoute.ifPresent(
                            recipient -> send(Callers.registryAdmin().bearer(), routeRequest(recipient)));
                }
            } finally {
                riders.forEach(r -> r.trialEnded(database));
            }
        }

        private void loadKillAndRestart() throws Exception {
            String missionToken = missionToken();
            // put in flight before the load (a batch accepted then is taken in while the load runs)
            riders.forEach(InFlight::putInFlight);
            ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS_PER_CHANNEL + 1);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS_PER_CHANNEL; i++) {
                running.add(clients.submit(() -> submitUntilStopped(Channel.REST, missionToken)));
                running.add(clients.submit(() -> submitUntilStopped(Channel.SOAP, missionToken)));
            }
            running.add(clients.submit(this::readUntilStopped));
            long loadStarted = System.nanoTime();
            long deadline = loadStarted + LOAD_LIMIT.toNanos();
            while (!enoughAcknowledged()
                    && System.nanoTime() < deadline
                    && running.stream().noneMatch(Future::isDone)) {
                Thread.sleep(20);
            }
            assertTrue(
                    enoughAcknowledged(),
                    () -> "the load did not reach " + ACKNOWLEDGEMENTS_BEFORE_KILL
                            + " acknowledgements before the kill: " + summary());
            riders.forEach(InFlight::awaitInFlight);
            int acknowledgedAtKill = acknowledged.get();
            double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
            readyTooEarly = ItEnvironment.crashAndRestart(database);
            Instant restarted = Instant.now();
            riders.forEach(r -> r.restarted(restarted));
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES), "the clients did not stop");
            for (Future<?> client : running) {
                client.get();
            }
            System.out.printf(
                    "IT: crash trial on %s: %d acknowledged when the kill was sent after %.1f s of load%s; %s%n",
                    database,
                    acknowledgedAtKill,
                    loadSeconds,
                    riders.isEmpty() ? "" : " (" + riders + " in flight too)",
                    summary());
        }

        private boolean enoughAcknowledged() {
            return acknowledged.get() >= ACKNOWLEDGEMENTS_BEFORE_KILL
                    && acknowledgedBy.values().stream().allMatch(n -> n.get() >= ACKNOWLEDGEMENTS_BEFORE_KILL / 5);
        }

        private String summary() {
            Map<String, Long> counted = attempts.stream()
                    .collect(Collectors.groupingBy(
                            a -> a.channel() + " " + a.outcome(), java.util.TreeMap::new, Collectors.counting()));
            return attempts.size() + " submissions " + counted + ", "
                    + answeredReads.values().stream()
                            .mapToInt(AtomicInteger::get)
                            .sum() + " answered reads; first unanswered: "
                    + attempts.stream()
                            .filter(a -> a.outcome() == Outcome.UNANSWERED)
                            .findFirst()
                            .map(Attempt::answer)
                            .orElse("none");
        }

        /** Submits new people's notifications, every tenth one hostile, until told to stop or the server is gone. */
        private void submitUntilStopped(Channel channel, String missionToken) {
            while (!stop.get() && submitted.incrementAndGet() <= MAX_SUBMISSIONS) {
                boolean hostile = ThreadLocalRandom.current().nextInt(10) == 0;
                Attempt attempt =
                        submit(channel, missionToken, Samples.notificationId(), Samples.passportNumber(), hostile);
                attempts.add(attempt);
                if (attempt.outcome() == Outcome.ACKNOWLEDGED) {
                    registryNumbers.add(attempt.registryNumber());
                    acknowledgedBy.get(channel).incrementAndGet();
                    acknowledged.incrementAndGet();
                } else if (attempt.outcome() == Outcome.UNANSWERED) {
                    return;
                }
            }
        }

        /** A registrar reads acknowledged returnees; each answered read was decided and logged before its answer. */
        private void readUntilStopped() {
            while (!stop.get()) {
                if (registryNumbers.isEmpty()) {
                    Thread.onSpinWait();
                    continue;
                }
                String registryNumber =
                        registryNumbers.get(ThreadLocalRandom.current().nextInt(registryNumbers.size()));
                try {
                    Answer answer = exchange(
                            Callers.registrar().bearer(),
                            HttpRequest.newBuilder(uri(
                                            "/api/v1/returnees/" + registryNumber + "?purpose=REINTEGRATION_SERVICES"))
                                    .GET());
                    if (answer.status() == 200) {
                        answeredReads
                                .computeIfAbsent(registryNumber, n -> new AtomicInteger())
                                .incrementAndGet();
                    }
                } catch (IOException serverGone) {
                    return;
                }
            }
        }

        private Attempt submit(
                Channel channel, String missionToken, String notificationId, String passport, boolean hostile) {
            String reason = hostile ? "Contract\u0085completed" : "Contract completed";
            try {
                if (channel == Channel.REST) {
                    JsonObject body = Samples.with(
                            Samples.with(
                                    Samples.with(
                                            Samples.notification(notificationId, passport), "/missionCode", mission),
                                    "/returnReason",
                                    reason),
                            "/urgentNeeds",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("need", "SHELTER")
                                            .add("note", "No place to stay"))
                                    .build());
                    Answer answer = exchange(
                            "Bearer " + missionToken,
                            HttpRequest.newBuilder(uri("/api/v1/return-notifications"))
                                    .header("Content-Type", "application/json")
                                    .header("Accept", "application/json")
                                    .POST(BodyPublishers.ofString(body.toString())));
                    if (answer.status() == 201 || answer.status() == 200) {
                        return new Attempt(
                                channel,
                                notificationId,
                                passport,
                                hostile,
                                Outcome.ACKNOWLEDGED,
                                answer.json().getString("registryNumber"),
                                answer.body());
                    }
                    return new Attempt(
                            channel,
                            notificationId,
                            passport,
                            hostile,
                            answer.status() == 400 ? Outcome.REFUSED : Outcome.UNANSWERED,
                            null,
                            answer.toString());
                }
                String envelope = Samples.soapSubmission(
                        "", Samples.notificationXmlContent(mission, notificationId, passport, reason, "SHELTER"));
                Answer answer = exchange(
                        "Bearer " + missionToken,
                        HttpRequest.newBuilder(uri("/soap/ReturnNotificationService"))
                                .header("Content-Type", "text/xml; charset=UTF-8")
                                .header("SOAPAction", "\"\"")
                                .POST(BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
                Matcher number = REGISTRY_NUMBER.matcher(answer.body());
                if (answer.status() == 200 && number.find()) {
                    return new Attempt(
                            channel,
                            notificationId,
                            passport,
                            hostile,
                            Outcome.ACKNOWLEDGED,
                            number.group(1),
                            answer.body());
                }
                Matcher fault = REGISTRY_FAULT_CODE.matcher(answer.body());
                boolean refused =
                        answer.status() == 500 && fault.find() && fault.group(1).equals("ValidationFailed");
                return new Attempt(
                        channel,
                        notificationId,
                        passport,
                        hostile,
                        refused ? Outcome.REFUSED : Outcome.UNANSWERED,
                        null,
                        answer.toString());
            } catch (IOException e) {
                return new Attempt(channel, notificationId, passport, hostile, Outcome.UNANSWERED, null, e.toString());
            }
        }

        private void checkAfterRestart() throws Exception {
            assertEquals(
                    List.of(),
                    readyTooEarly,
                    "a load balancer routes on readiness: it answered UP while the registry's paths answered 404");
            List<Attempt> all = List.copyOf(attempts);
            assertTrue(
                    all.stream().anyMatch(a -> a.outcome() == Outcome.UNANSWERED),
                    () -> "the kill came after the load: no submission was in flight. " + summary());
            for (Attempt attempt : all) {
                Outcome answered = attempt.hostile() ? Outcome.REFUSED : Outcome.ACKNOWLEDGED;
                assertTrue(
                        attempt.outcome() == answered || attempt.outcome() == Outcome.UNANSWERED,
                        () -> "expected " + answered + ": " + attempt);
            }

            // The decision log first (the checks below read returnees, which appends to it).
            String auditor = Callers.auditor().bearer();
            inParallel(List.copyOf(answeredReads.entrySet()), read -> {
                Answer logged = send(
                                auditor,
                                HttpRequest.newBuilder(uri("/api/v1/decision-log?returnee=" + read.getKey()
                                                + "&organisation=" + Callers.OPERATOR
                                                + "&purpose=REINTEGRATION_SERVICES&pageSize=1"))
                                        .GET())
                        .expect(200);
                int entries = Integer.parseInt(logged.header("X-Total-Count").orElse("0"));
                assertTrue(
                        entries >= read.getValue().get(),
                        () -> read.getValue().get() + " answered reads of " + read.getKey() + " but " + entries
                                + " decisions in the log");
            });
            // decisions written before the kill but not linked into the chain yet are linked after the
            // restart: wait for that, then the chain must verify intact over all of them
            JsonObject verification = await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> send(
                                            auditor,
                                            HttpRequest.newBuilder(uri("/api/v1/decision-log/verification"))
                                                    .GET())
                                    .expect(200)
                                    .json(),
                            v -> !v.getBoolean("intact") || v.getInt("entriesNotYetLinked") == 0);
            assertTrue(
                    verification.getBoolean("intact"),
                    () -> "the decision log's chain after the crash: " + verification);

            String missionToken = missionToken();
            Map<String, String> returneeOf = new ConcurrentHashMap<>();
            AtomicInteger resentCount = new AtomicInteger();
            inParallel(all, attempt -> {
                String registryNumber = checkAfterRestart(attempt, missionToken, resentCount);
                if (registryNumber != null) {
                    returneeOf.put(registryNumber, attempt.notificationId());
                }
            });
            int resent = resentCount.get();

            Map<String, Long> announced = outboxMessages().stream()
                    .filter(m -> m.getString("kind").equals("REFERRAL_CREATED"))
                    .collect(Collectors.groupingBy(m -> m.getString("subjectRef"), Collectors.counting()));
            inParallel(List.copyOf(returneeOf.keySet()), registryNumber -> {
                List<JsonObject> referrals = send(
                                Callers.registrar().bearer(),
                                HttpRequest.newBuilder(uri("/api/v1/referrals?registryNumber=" + registryNumber))
                                        .GET())
                        .expect(200)
                        .array()
                        .getValuesAs(JsonObject.class);
                assertEquals(
                        List.of("SHELTER->" + shelter),
                        referrals.stream()
                                .map(r -> r.getString("service") + "->" + r.getString("recipient"))
                                .toList(),
                        () -> "the referrals of " + registryNumber + ": " + referrals);
                String referralId = referrals.get(0).getString("referralId");
                assertEquals(
                        1L,
                        announced.getOrDefault(referralId, 0L),
                        () -> "outbox messages announcing referral " + referralId + " of " + registryNumber);
            });
            assertEquals(returneeOf.size(), announced.size(), "one outbox message per returnee's referral, no other");
            long acknowledgedBefore = all.stream()
                    .filter(a -> a.outcome() == Outcome.ACKNOWLEDGED)
                    .count();
            System.out.printf(
                    "IT: crash trial on %s: %d acknowledged before the kill all kept; %d unanswered resent; "
                            + "%d returnees, %d outbox messages, decision log intact to %s%n",
                    database,
                    acknowledgedBefore,
                    resent,
                    returneeOf.size(),
                    announced.size(),
                    verification.get("lastSequence"));
        }

        /**
         * What must hold of one submission after the restart: a refused one left nothing; an unanswered one succeeds
         * (or, hostile, is refused) when resent; an acknowledged one is there under its registry number and a replay
         * answers the same; its returnee exists exactly once. Answers the returnee's registry number, or null.
         */
        private String checkAfterRestart(Attempt attempt, String missionToken, AtomicInteger resent) {
            if (attempt.outcome() == Outcome.REFUSED) {
                send("Bearer " + missionToken, statusRequest(attempt)).expect(404);
                assertEquals(
                        0, hits(attempt.passport()).size(), () -> "a refused notification left a returnee: " + attempt);
                return null;
            }
            Attempt kept = attempt;
            if (attempt.outcome() == Outcome.UNANSWERED) {
                kept = submit(
                        attempt.channel(),
                        missionToken,
                        attempt.notificationId(),
                        attempt.passport(),
                        attempt.hostile());
                resent.incrementAndGet();
                Attempt replay = kept;
                if (attempt.hostile()) {
                    assertEquals(Outcome.REFUSED, replay.outcome(), () -> "a hostile resend: " + replay);
                    return null;
                }
                assertEquals(
                        Outcome.ACKNOWLEDGED, replay.outcome(), () -> "an unanswered submission resent: " + replay);
            } else {
                Answer status =
                        send("Bearer " + missionToken, statusRequest(attempt)).expect(200);
                assertEquals(
                        attempt.registryNumber(),
                        status.json().getString("registryNumber"),
                        () -> "an acknowledged notification after the crash: " + attempt + "\n" + status);
                Attempt replay =
                        submit(attempt.channel(), missionToken, attempt.notificationId(), attempt.passport(), false);
                assertEquals(
                        attempt.registryNumber(),
                        replay.registryNumber(),
                        () -> "a replay of " + attempt + ": " + replay);
            }
            List<JsonObject> hits = hits(attempt.passport());
            String registryNumber = kept.registryNumber();
            assertEquals(
                    List.of(registryNumber),
                    hits.stream().map(h -> h.getString("registryNumber")).toList(),
                    () -> "the returnee of " + attempt + " is not there exactly once: " + hits);
            return registryNumber;
        }

        /**
         * Runs a check for every item on {@link #CHECKERS} threads, as several clients would ask; every check runs,
         * and the first that failed (in the items' order) is thrown as it was.
         */
        private static <T> void inParallel(List<T> items, java.util.function.Consumer<T> check) throws Exception {
            ExecutorService checkers = Executors.newFixedThreadPool(CHECKERS);
            try {
                List<Future<?>> checks = new ArrayList<>();
                for (T item : items) {
                    checks.add(checkers.submit(() -> check.accept(item)));
                }
                for (Future<?> done : checks) {
                    try {
                        done.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof Error error) {
                            throw error;
                        }
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            } finally {
                checkers.shutdownNow();
            }
        }

        private HttpRequest.Builder statusRequest(Attempt attempt) {
            return HttpRequest.newBuilder(
                            uri("/api/v1/return-notifications/" + mission + "/" + attempt.notificationId()))
                    .GET();
        }

        private List<JsonObject> hits(String passport) {
            return send(
                            Callers.registrar().bearer(),
                            HttpRequest.newBuilder(uri("/api/v1/returnees?identifierType=PASSPORT"
                                            + "&identifierNumber=" + passport + "&issuingCountry=" + Samples.COUNTRY
                                            + "&purpose=REINTEGRATION_SERVICES"))
                                    .GET())
                    .expect(200)
                    .array()
                    .getValuesAs(JsonObject.class);
        }

        /** Every outbox message to the trial's welfare ministry, page by page. */
        private List<JsonObject> outboxMessages() {
            List<JsonObject> messages = new ArrayList<>();
            for (int page = 1; ; page++) {
                List<JsonObject> slice = send(
                                Callers.registryAdmin().bearer(),
                                HttpRequest.newBuilder(uri("/api/v1/outbox-messages?recipient=" + shelter
                                                + "&pageSize=100&page=" + page))
                                        .GET())
                        .expect(200)
                        .array()
                        .getValuesAs(JsonObject.class);
                messages.addAll(slice);
                if (slice.size() < 100) {
                    return messages;
                }
            }
        }

        private Optional<String> shelterRoute() {
            return send(
                            Callers.registryAdmin().bearer(),
                            HttpRequest.newBuilder(uri("/api/v1/referral-routes"))
                                    .GET())
                    .expect(200)
                    .array()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(r -> r.getString("service").equals("SHELTER"))
                    .map(r -> r.getString("recipient"))
                    .findFirst();
        }

        private HttpRequest.Builder routeRequest(String recipient) {
            return HttpRequest.newBuilder(uri("/api/v1/referral-routes/SHELTER"))
                    .header("Content-Type", "application/json")
                    .PUT(BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("recipient", recipient)
                            .build()
                            .toString()));
        }

        /** Registers an organisation with this registry as registry-admin and keeps its client secret. */
        private void register(String code, String type, String country, String role) {
            JsonObject body = Json.createObjectBuilder()
                    .add("code", code)
                    .add("name", "Crash trial " + code)
                    .add("type", type)
                    .add("country", country)
                    .add("roles", Json.createArrayBuilder().add(role))
                    .build();
            Answer answer = send(
                            Callers.registryAdmin().bearer(),
                            HttpRequest.newBuilder(uri("/api/v1/organisations"))
                                    .header("Content-Type", "application/json")
                                    .POST(BodyPublishers.ofString(body.toString())))
                    .expect(201);
            secrets.put(code, answer.json().getJsonObject("credentials").getString("clientSecret"));
        }

        private String missionToken() {
            return Callers.tokenResponse(
                            Callers.tokenEndpoint(),
                            Map.of(
                                    "grant_type",
                                    "client_credentials",
                                    "client_id",
                                    Callers.clientId(mission),
                                    "client_secret",
                                    secrets.get(mission)))
                    .getString("access_token");
        }

        private URI uri(String path) {
            return URI.create(base + path);
        }

        private static Answer send(String authorization, HttpRequest.Builder request) {
            return RegistryApi.send(request.header("Authorization", authorization));
        }

        /** The same, with a transport failure (the server gone) as an IOException. */
        private static Answer exchange(String authorization, HttpRequest.Builder request) throws IOException {
            try {
                return send(authorization, request);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * Something put in flight on the PostgreSQL domain for the trial's SIGKILL to land on, and checked after the
     * restart by a test of its own. A failure while putting it in flight is kept for that test, not the trial's: the
     * trial's kill goes ahead. Run without the trial, it kills the domain itself.
     */
    private abstract static class InFlight {

        private final CompletableFuture<Instant> restart = new CompletableFuture<>();

        /** Puts it in flight, before the trial's load starts. */
        abstract void putInFlight();

        /** Waits, once the load has its acknowledgements, until it is where the kill is to find it. */
        abstract void awaitInFlight();

        /** On its own: put in flight, the PostgreSQL domain killed and started again. */
        final void killAlone() {
            putInFlight();
            awaitInFlight();
            if (!settled()) {
                ItEnvironment.crashAndRestart(Database.POSTGRESQL);
                restarted(Instant.now());
            }
        }

        /** The registry answers again after the kill it was in flight for. */
        final void restarted(Instant at) {
            restart.complete(at);
        }

        /** The trial that was to kill the domain under it ended (after its kill, or without one). */
        final void trialEnded(Database database) {
            restart.completeExceptionally(new AssertionError("the trial on " + database + " ended before its kill: "
                    + this + " not in flight when a SIGKILL landed (that trial's failure says why)"));
        }

        /** Keeps a failure to put it in flight for its test. */
        final void failed(Throwable failure) {
            restart.completeExceptionally(failure);
        }

        final boolean settled() {
            return restart.isDone();
        }

        /** When the registry answered again after the kill; throws what went wrong before it. */
        final Instant awaitRestart() throws Exception {
            try {
                return restart.get(15, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    /**
     * Two outbox messages for a ministry whose receiver is down, on PostgreSQL: written as a business change's
     * transaction writes them, each failed at least once before the kill; after the restart each is retried, stays
     * pending, and is delivered exactly once when the receiver comes up on its address.
     */
    private static final class OutboxInFlight extends InFlight {

        private static final Duration DELIVERY = Duration.ofSeconds(60);

        private volatile String ministry;
        private volatile int port;
        private volatile List<String> ids = List.of();

        @Override
        void putInFlight() {
            try {
                ministry = Outboxes.ministry("NPL-MOHP-DOWN");
                port = Outboxes.freePort();
                Outboxes.setEndpoint(ministry, "http://127.0.0.1:" + port + "/inbox", null, null);
                List<String> written = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String id = Outboxes.newId();
                    Outboxes.insert(
                            id,
                            ministry,
                            "REFERRAL_CREATED",
                            "JSON_PUSH",
                            null,
                            Outboxes.pushBody(
                                    id,
                                    "REFERRAL_CREATED",
                                    ministry,
                                    Json.createObjectBuilder()
                                            .add("referralId", id)
                                            .build()));
                    written.add(id);
                }
                ids = List.copyOf(written);
            } catch (IOException | RuntimeException | AssertionError failure) {
                failed(failure);
            }
        }

        @Override
        void awaitInFlight() {
            if (settled()) {
                return;
            }
            try {
                for (String id : ids) {
                    JsonObject pending = Outboxes.awaitMessage(
                            ministry,
                            id,
                            DELIVERY,
                            "PENDING after a failed attempt",
                            m -> Outboxes.failedAtLeast(m, 1));
                    assertEquals(
                            "delivery failed: no answer",
                            pending.getString("lastError"),
                            "refused or timed out is not told");
                }
            } catch (RuntimeException | AssertionError failure) {
                failed(failure);
            }
        }

        void checkAfterRestart() throws Exception {
            awaitRestart();
            for (String id : ids) {
                Outboxes.awaitMessage(
                        ministry, id, DELIVERY, "retried after the restart", m -> Outboxes.failedAtLeast(m, 2));
            }
            try (PushReceiver receiver = PushReceiver.start(port)) {
                for (String id : ids) {
                    Outboxes.awaitMessage(ministry, id, DELIVERY, "DELIVERED", m -> Outboxes.hasStatus(m, "DELIVERED"));
                }
                assertEquals(Set.copyOf(ids), Set.copyOf(receiver.keys()));
                assertEquals(2, receiver.deliveries(), "one delivery per message");
                assertEquals(
                        2,
                        Outboxes.messages(ministry).stream()
                                .filter(m -> Outboxes.hasStatus(m, "DELIVERED"))
                                .count());
            }
        }

        @Override
        public String toString() {
            return "outbox messages for a down receiver";
        }
    }

    /**
     * A batch of a mission of its own on PostgreSQL, killed in flight: submitted, part of it taken in by the job,
     * then the SIGKILL and the restart (the PostgreSQL trial's, or one of its own), then checked.
     */
    private static final class BatchInFlight extends InFlight {

        private static final String MISSION = "NPL-EMB-BCR";
        private static final int ITEMS = 1500;

        private volatile Callers.Caller mission;
        private volatile String batchId;
        private volatile JsonObject beforeKill;

        @Override
        public String toString() {
            return "a batch";
        }

        /**
         * Submits the batch (the job starts on it at once). A failure here, or in {@link #awaitPartTakenIn()}, is
         * the batch's test's failure (kept for it), not the trial's: the trial's kill goes ahead.
         */
        @Override
        void putInFlight() {
            try {
                mission = Callers.mission(MISSION);
                JsonArrayBuilder items = Json.createArrayBuilder();
                for (int i = 0; i < ITEMS; i++) {
                    items.add(Samples.with(
                            Samples.notification(Samples.notificationId(), Samples.passportNumber()),
                            "/missionCode",
                            MISSION));
                }
                Answer accepted = RegistryApi.sendAs(
                                mission,
                                HttpRequest.newBuilder(RegistryApi.uri(BatchIntakeIT.BATCHES))
                                        .header("Content-Type", RegistryApi.JSON)
                                        .header("Accept", RegistryApi.JSON)
                                        .POST(BodyPublishers.ofString(
                                                items.build().toString())))
                        .expect(202);
                batchId = accepted.json().getString("batchId");
            } catch (RuntimeException | AssertionError failed) {
                failed(failed);
            }
        }

        /** Waits until the job has taken part of the batch in, and keeps its status for the checks after the kill. */
        @Override
        void awaitInFlight() {
            if (settled()) {
                return;
            }
            try {
                beforeKill = await().atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(100))
                        .until(this::status, s -> s.getInt("done") >= 20);
            } catch (RuntimeException | AssertionError failed) {
                failed(failed);
            }
        }

        void checkAfterRestart() throws Exception {
            Instant restarted = awaitRestart();
            JsonObject atKill = beforeKill;
            assertEquals("PROCESSING", atKill.getString("state"), () -> "finished before the kill: " + atKill);

            JsonObject done = await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(this::status, s -> "COMPLETED".equals(s.getString("state")));
            double seconds = Duration.between(restarted, Instant.now()).toMillis() / 1000.0;
            assertEquals(ITEMS, done.getInt("done"), done::toString);
            assertEquals(ITEMS, done.getInt("accepted"), done::toString);
            assertEquals(0, done.getInt("replayed") + done.getInt("refused"), done::toString);

            try (Connection db = DriverManager.getConnection(
                    System.getProperty("registry.it.jdbcUrl"),
                    System.getProperty("registry.it.jdbcUser"),
                    System.getProperty("registry.it.jdbcPassword"))) {
                assertEquals(ITEMS, count(db, "SELECT COUNT(*) FROM return_notification WHERE mission_code = ?"));
                assertEquals(
                        ITEMS,
                        count(
                                db,
                                "SELECT COUNT(DISTINCT notification_id) FROM return_notification WHERE mission_code = ?"));
                assertEquals(ITEMS, count(db, "SELECT COUNT(*) FROM return_event WHERE notifying_mission = ?"));
                assertEquals(
                        ITEMS,
                        count(db, "SELECT COUNT(DISTINCT returnee_id) FROM return_event WHERE notifying_mission = ?"));
                assertEquals(
                        ITEMS,
                        count(db, "SELECT COUNT(*) FROM referral WHERE source_notification LIKE ? || '/%'"),
                        "one referral for each notification's urgent need");
                assertEquals(
                        0,
                        count(
                                db,
                                "SELECT COUNT(*) FROM (SELECT o.registry_number, o.kind FROM outbox_message o"
                                        + " WHERE o.registry_number IN (SELECT n.registry_number FROM"
                                        + " return_notification n WHERE n.mission_code = ?)"
                                        + " GROUP BY o.registry_number, o.kind HAVING COUNT(*) > 1) d"),
                        "an outbox message written twice");
                assertEquals(
                        ITEMS,
                        count(
                                db,
                                "SELECT COUNT(*) FROM notification_batch_item i JOIN notification_batch b"
                                        + " ON b.id = i.batch_ref WHERE b.mission_code = ? AND i.outcome = 'ACCEPTED'"
                                        + " AND i.registry_number IS NOT NULL"));
                try (PreparedStatement after = db.prepareStatement("SELECT COUNT(*) FROM notification_batch_item i"
                        + " JOIN notification_batch b ON b.id = i.batch_ref WHERE b.batch_id = ?"
                        + " AND i.processed_at > ?")) {
                    after.setString(1, batchId);
                    after.setTimestamp(2, Timestamp.from(restarted));
                    try (ResultSet row = after.executeQuery()) {
                        row.next();
                        int resumed = row.getInt(1);
                        assertTrue(resumed > 0, "no item was taken in after the restart: the job did not resume");
                        System.out.printf(
                                "IT: batch crash: %d of %d done before the kill, %d taken in after the restart in"
                                        + " %.1f s (%.0f items/s, one worker, polls included)%n",
                                atKill.getInt("done"), ITEMS, resumed, seconds, resumed / seconds);
                    }
                }
            }
        }

        private JsonObject status() {
            return RegistryApi.sendAs(
                            mission,
                            HttpRequest.newBuilder(
                                            RegistryApi.uri(BatchIntakeIT.BATCHES + "/" + batchId + "?pageSize=1"))
                                    .header("Accept", RegistryApi.JSON)
                                    .GET())
                    .expect(200)
                    .json();
        }

        private static int count(Connection db, String sql) throws SQLException {
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setString(1, MISSION);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        }
    }
}
