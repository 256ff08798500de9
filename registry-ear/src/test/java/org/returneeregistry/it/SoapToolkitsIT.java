package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.it.env.EarlyStart;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.PartnerPeer;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;

/**
 * Every SOAP service works, unmodified, in the toolkits ministries use besides JAX-WS RI (the other tests'
 * clients): Apache CXF {@code wsdl2java} and the npm {@code soap} package each read the live {@code ?wsdl} of
 * the deployed registry, make a real call with a bearer token and read the {@code registryFault} code of a
 * refusal.
 *
 * <p>CXF runs in child JVMs on a class path of its own (the build writes it from {@code src/test/cxf/pom.xml}):
 * on the tests' class path it would replace Metro, which the other tests' clients need. The npm client is
 * {@code src/test/node/soap-calls.js}, installed by the build with {@code npm ci}.
 *
 * <p>The CXF clients are generated and compiled in the background from the start of the class, so the tests that
 * need no CXF client run first, while that goes on; each test still stands alone (one run by itself starts the
 * generation it awaits).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SoapToolkitsIT extends DeployedRegistry {

    private static final Path WORK = Path.of("target", "soap-toolkits");
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(3);
    /** The bound of the one wsdl2java run over every WSDL. */
    private static final Duration GENERATION_TIMEOUT = Duration.ofMinutes(6);

    private static final String PURPOSE = "REINTEGRATION_SERVICES";
    private static final String RECIPIENT = Callers.MINISTRY;

    private Fixture fixture;

    /** A notification the test mission sent, and a returnee a registrar registered, both new for each test. */
    record Fixture(
            String notificationId,
            String notifiedRegistryNumber,
            String notificationStatus,
            String registryNumber,
            String familyName,
            String agreementTitle,
            String agreementWithSection,
            String agreementWithoutSection) {}

    /** The answer's record by {@code idKey} (a registry number, or an agreement's title), one detail, the refusal. */
    record Expected(String idKey, String registryNumber, String detailKey, String detail, String faultCode) {
        Expected(String registryNumber, String detailKey, String detail, String faultCode) {
            this("registryNumber", registryNumber, detailKey, detail, faultCode);
        }
    }

    /** What each service is asked, by whom, and what the answer and the refusal must be. */
    enum Service {
        RETURN_NOTIFICATION("ReturnNotificationService"),
        RETURNEE_REGISTRY("ReturneeRegistryService"),
        CONSENT("ConsentService"),
        REFERRAL("ReferralService"),
        AGREEMENT("AgreementService"),
        SOCIAL_SECURITY("SocialSecurityService"),
        CASE("CaseService"),
        PARTNER_MESSAGING("PartnerMessagingService");

        final String name;

        Service(String name) {
            this.name = name;
        }

        Caller caller() {
            return switch (this) {
                case RETURN_NOTIFICATION -> Callers.mission(Samples.MISSION);
                case AGREEMENT -> Callers.registryAdmin();
                case SOCIAL_SECURITY -> Callers.socialSecurityOfficer();
                default -> Callers.registrar();
            };
        }

        String wsdl() {
            return RegistryApi.baseUrl() + "/soap/" + name + "?wsdl";
        }

        /** The registry number the answer names, the key and value of one detail of it, the refusal's code. */
        Expected expected(Fixture f) {
            return switch (this) {
                case RETURN_NOTIFICATION ->
                    new Expected(f.notifiedRegistryNumber(), "status", f.notificationStatus(), "NotFound");
                case RETURNEE_REGISTRY ->
                    new Expected(f.registryNumber(), "familyName", f.familyName(), "PurposeRequired");
                case CONSENT -> new Expected(f.registryNumber(), "status", "ACTIVE", "ConsentToOwnOrganisation");
                case REFERRAL -> new Expected(f.registryNumber(), "status", "SENT", "NotFound");
                case AGREEMENT -> new Expected("title", f.agreementTitle(), "status", "DRAFT", "NotFound");
                case SOCIAL_SECURITY ->
                    new Expected(
                            "agreementId",
                            f.agreementWithSection(),
                            "payableBasis",
                            "PRO_RATA",
                            "NoSocialSecuritySection");
                case CASE -> new Expected(f.registryNumber(), "status", "OPEN", "NotFound");
                case PARTNER_MESSAGING ->
                    new Expected("messageId", employmentRecordRequest(f), "status", "AWAITING_ANSWER", "NotFound");
            };
        }

        /** The arguments of this service's CXF client main (after the WSDL's URL). */
        List<String> cxfArguments(Fixture f) {
            return switch (this) {
                case RETURN_NOTIFICATION -> List.of(Samples.MISSION, f.notificationId(), Samples.notificationId());
                case RETURNEE_REGISTRY -> List.of(f.registryNumber(), PURPOSE);
                case CONSENT -> List.of(f.registryNumber(), RECIPIENT, Callers.OPERATOR);
                case REFERRAL ->
                    List.of(f.registryNumber(), RECIPIENT, UUID.randomUUID().toString());
                case AGREEMENT ->
                    List.of(
                            f.agreementTitle(),
                            Callers.OPERATOR,
                            Callers.PARTNER,
                            UUID.randomUUID().toString());
                case SOCIAL_SECURITY -> List.of(f.agreementWithSection(), f.agreementWithoutSection());
                case CASE -> List.of(f.registryNumber(), UUID.randomUUID().toString());
                case PARTNER_MESSAGING ->
                    List.of(employmentRecordRequest(f), UUID.randomUUID().toString());
            };
        }

        /** The same two calls for the npm client: operation names and arguments as the WSDL's elements. */
        JsonArray npmCalls(Fixture f) {
            var calls = Json.createArrayBuilder();
            switch (this) {
                case RETURN_NOTIFICATION ->
                    calls.add(call(
                                    "GetNotificationStatus",
                                    Json.createObjectBuilder()
                                            .add("missionCode", Samples.MISSION)
                                            .add("notificationId", f.notificationId())))
                            .add(call(
                                    "GetNotificationStatus",
                                    Json.createObjectBuilder()
                                            .add("missionCode", Samples.MISSION)
                                            .add("notificationId", Samples.notificationId())));
                case RETURNEE_REGISTRY ->
                    calls.add(call(
                                    "GetReturnee",
                                    Json.createObjectBuilder()
                                            .add("registryNumber", f.registryNumber())
                                            .add("purpose", PURPOSE)))
                            .add(call(
                                    "GetReturnee",
                                    Json.createObjectBuilder().add("registryNumber", f.registryNumber())));
                case CONSENT ->
                    calls.add(call(
                                    "RecordConsent",
                                    Json.createObjectBuilder().add("consentRecording", recording(f, RECIPIENT))))
                            .add(call(
                                    "RecordConsent",
                                    Json.createObjectBuilder()
                                            .add("consentRecording", recording(f, Callers.OPERATOR))));
                case REFERRAL ->
                    calls.add(call(
                                    "CreateReferral",
                                    Json.createObjectBuilder()
                                            .add(
                                                    "newReferral",
                                                    Json.createObjectBuilder()
                                                            .add("registryNumber", f.registryNumber())
                                                            .add("service", "HEALTH")
                                                            .add("recipient", RECIPIENT)
                                                            .add("reason", "Follow-up of an injury at work"))))
                            .add(call(
                                    "GetReferral",
                                    Json.createObjectBuilder()
                                            .add("referralId", UUID.randomUUID().toString())));
                case AGREEMENT ->
                    calls.add(call(
                                    "RegisterAgreement",
                                    Json.createObjectBuilder().add("registration", registration(f))))
                            .add(call(
                                    "GetAgreement",
                                    Json.createObjectBuilder()
                                            .add(
                                                    "agreementId",
                                                    UUID.randomUUID().toString())));
                case SOCIAL_SECURITY ->
                    calls.add(call(
                                    "Assess",
                                    Json.createObjectBuilder().add("assessment", assessment(f.agreementWithSection()))))
                            .add(call(
                                    "Assess",
                                    Json.createObjectBuilder()
                                            .add("assessment", assessment(f.agreementWithoutSection()))));
                case CASE ->
                    calls.add(call(
                                    "ListCases",
                                    Json.createObjectBuilder()
                                            .add(
                                                    "query",
                                                    Json.createObjectBuilder()
                                                            .add("registryNumber", f.registryNumber()))))
                            .add(call(
                                    "GetCase",
                                    Json.createObjectBuilder()
                                            .add("caseId", UUID.randomUUID().toString())));
                case PARTNER_MESSAGING ->
                    calls.add(call(
                                    "ListEmploymentRecordRequests",
                                    Json.createObjectBuilder()
                                            .add("direction", "OUTBOUND")
                                            .add("messageId", employmentRecordRequest(f))))
                            .add(call(
                                    "AnswerEmploymentRecordRequest",
                                    Json.createObjectBuilder()
                                            .add("requestId", UUID.randomUUID().toString())
                                            .add("outcome", "NOT_FOUND")));
            }
            return calls.build();
        }

        private static JsonObject call(String operation, jakarta.json.JsonObjectBuilder arguments) {
            return Json.createObjectBuilder()
                    .add("operation", operation)
                    .add("args", arguments)
                    .build();
        }

        /** An agreement registration, elements in the schema's order. */
        private static jakarta.json.JsonObjectBuilder registration(Fixture f) {
            return Json.createObjectBuilder()
                    .add("type", "LABOUR_MIGRATION")
                    .add("title", f.agreementTitle())
                    .add("legalReference", "NPL-QAT/LMA/NPM")
                    .add("validFrom", "2026-01-01")
                    .add("retentionDays", 365)
                    .add(
                            "party",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("country", "NPL")
                                            .add("institution", Callers.OPERATOR))
                                    .add(Json.createObjectBuilder()
                                            .add("country", "QAT")
                                            .add("institution", Callers.PARTNER)))
                    .add(
                            "scopeRow",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("direction", "INBOUND")
                                            .add("messageType", "RETURN_NOTICE")
                                            .add("category", "IDENTITY")
                                            .add("purpose", "REINTEGRATION_SERVICES")
                                            .add("legalBasis", "AGREEMENT")));
        }

        /** An assessment request, elements in the schema's order. */
        private static jakarta.json.JsonObjectBuilder assessment(String agreementId) {
            return Json.createObjectBuilder()
                    .add("agreementId", agreementId)
                    .add("benefit", "OLD_AGE")
                    .add(
                            "period",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("country", "NPL")
                                            .add("from", "1980-01-01")
                                            .add("to", "1997-12-31")
                                            .add("type", "COMPULSORY_EMPLOYED")
                                            .add("source", "HOME_INSTITUTION"))
                                    .add(Json.createObjectBuilder()
                                            .add("country", "QAT")
                                            .add("from", "1998-01-01")
                                            .add("to", "2021-12-31")
                                            .add("type", "COMPULSORY_EMPLOYED")
                                            .add("source", "PARTNER_CERTIFIED")));
        }

        /** Elements in the schema's order: the npm client writes them in the order given. */
        private static jakarta.json.JsonObjectBuilder recording(Fixture f, String recipient) {
            return Json.createObjectBuilder()
                    .add("registryNumber", f.registryNumber())
                    .add("recipient", recipient)
                    .add("purpose", Json.createArrayBuilder().add("HEALTH_FOLLOW_UP"))
                    .add("category", Json.createArrayBuilder().add("HEALTH"))
                    .add("method", "SELF")
                    .add("validUntil", Instant.now().plus(Duration.ofDays(30)).toString())
                    .add("noticeVersion", "2026-1");
        }
    }

    /** The CXF clients are generated and compiled in the background while the class's first tests run. */
    @BeforeAll
    static void generateTheCxfClients() {
        if (EarlyStart.selected(SoapToolkitsIT.class, "cxfWsdl2javaClientCallsWithABearerTokenAndReadsTheFaultCode")
                || EarlyStart.selected(
                        SoapToolkitsIT.class, "cxfPartnerPeerSignsAReturnNoticeAndVerifiesTheSignedReceipt")) {
            CxfClients.start();
        }
    }

    /**
     * Every SOAP service's CXF client as an integrator makes it: wsdl2java over the live {@code ?wsdl} (one run of
     * the tool over all the WSDLs, in one JVM, as CXF's Maven plugin runs it; each WSDL into a directory of its
     * own), then the generated sources and the service's client main compiled against CXF alone — each service's
     * separately, two at a time. A test awaits its own service's classes; a WSDL the tool refuses or sources that
     * do not compile fail that service's tests with the tool's or javac's messages.
     */
    private static final class CxfClients {

        private static final List<String> SERVICES = Stream.concat(
                        Stream.of(Service.values()).map(s -> s.name), Stream.of("PartnerExchangeService"))
                .toList();
        private static final Map<String, CompletableFuture<Path>> CLASSES = new ConcurrentHashMap<>();
        private static boolean started;

        /** Starts the generation and compilation of every service's client in the background (once). */
        static synchronized void start() {
            if (started) {
                return;
            }
            started = true;
            SERVICES.forEach(name -> CLASSES.put(name, new CompletableFuture<>()));
            Thread generation = new Thread(CxfClients::generateAndCompile, "cxf-clients");
            generation.setDaemon(true);
            generation.start();
        }

        /** The compiled classes of the service's client (generated sources and its main). */
        static Path classes(String service) throws Exception {
            start();
            try {
                return CLASSES.get(service)
                        .get(GENERATION_TIMEOUT.plus(CHILD_TIMEOUT).toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new AssertionError("the CXF client of " + service + ": " + e.getCause(), e.getCause());
            }
        }

        private static void generateAndCompile() {
            Path log = WORK.resolve("cxf").resolve("wsdl2java.log");
            Map<String, String> failed = new HashMap<>();
            try {
                List<String> arguments = new ArrayList<>();
                for (String name : SERVICES) {
                    Path dir = WORK.resolve("cxf").resolve(name);
                    deleteRecursively(dir);
                    Files.createDirectories(dir.resolve("generated"));
                    arguments.add(dir.resolve("generated").toString());
                    arguments.add(wsdl(name));
                }
                Path generator = Path.of(System.getProperty("registry.it.cxfClients"))
                        .resolveSibling("tools")
                        .resolve("Wsdl2JavaAll.java");
                List<JsonObject> lines = run(
                        javaCommand(
                                cxfClassPath(),
                                generator.toAbsolutePath().toString(),
                                arguments.toArray(String[]::new)),
                        Map.of(),
                        log,
                        GENERATION_TIMEOUT);
                for (JsonObject line : lines) {
                    if (line.containsKey("failed")) {
                        failed.put(line.getString("wsdl"), line.getString("failed"));
                    }
                }
            } catch (Throwable generation) {
                CLASSES.values().forEach(f -> f.completeExceptionally(generation));
                return;
            }
            ExecutorService javac = Executors.newFixedThreadPool(2);
            for (String name : SERVICES) {
                javac.execute(() -> {
                    CompletableFuture<Path> classes = CLASSES.get(name);
                    try {
                        String refused = failed.get(wsdl(name));
                        if (refused != null) {
                            throw new AssertionError(
                                    "wsdl2java refused " + wsdl(name) + ": " + refused + "; see " + log);
                        }
                        Path dir = WORK.resolve("cxf").resolve(name);
                        compile(
                                List.of(
                                        dir.resolve("generated"),
                                        Path.of(System.getProperty("registry.it.cxfClients"))),
                                name + "Client.java",
                                dir.resolve("classes"));
                        classes.complete(dir.resolve("classes"));
                    } catch (Throwable e) {
                        classes.completeExceptionally(e);
                    }
                });
            }
            javac.shutdown();
        }

        private static String wsdl(String service) {
            return RegistryApi.baseUrl() + "/soap/" + service + "?wsdl";
        }
    }

    /**
     * One JVM on CXF's class path that runs the service clients one after another, each in a class loader of its own
     * ({@code src/test/cxf/tools/ClientRunner.java}): starting a JVM and CXF once per client cost seconds each. It is
     * started with the first client and ends with the test run (its input closes).
     */
    private static final class CxfRunner {

        private static Process process;
        private static java.io.BufferedWriter commands;
        private static java.io.BufferedReader answers;

        /** Runs the client's main to its end; answers the JSON lines it printed. Its output is kept in {@code log}. */
        static synchronized List<JsonObject> run(
                Path classes, String mainClass, String token, List<String> arguments, Path log) throws Exception {
            Files.createDirectories(log.getParent());
            Path out = log.resolveSibling(log.getFileName() + ".out");
            List<String> fields = new ArrayList<>(List.of(
                    out.toAbsolutePath().toString(),
                    log.toAbsolutePath().toString(),
                    classes.toAbsolutePath().toString(),
                    mainClass,
                    token));
            fields.addAll(arguments);
            assertTrue(
                    fields.stream().noneMatch(f -> f.contains("\t") || f.contains("\n")),
                    () -> "a field of the run has a tab or a line break: " + fields);
            start();
            commands.write(String.join("\t", fields));
            commands.newLine();
            commands.flush();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    // anything else the runner's JVM may print between two answers is not an answer
                    String line = answers.readLine();
                    while (line != null && !line.startsWith("done\t")) {
                        line = answers.readLine();
                    }
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String done;
            try {
                done = answer.get(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                stop();
                throw new AssertionError(mainClass + " did not end within " + CHILD_TIMEOUT + "; see " + log);
            }
            if (done == null) {
                stop();
                throw new AssertionError("the CXF client runner ended during " + mainClass + "; see "
                        + WORK.resolve("cxf").resolve("runner.log") + " and " + log);
            }
            String printed = Files.readString(out);
            String errors = tail(log);
            assertEquals("done\t0", done, () -> mainClass + " " + arguments + " failed: " + printed + errors);
            return printed.lines()
                    .filter(line -> line.startsWith("{"))
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .toList();
        }

        private static void start() throws IOException {
            if (process != null && process.isAlive()) {
                return;
            }
            Path runner = Path.of(System.getProperty("registry.it.cxfClients"))
                    .resolveSibling("tools")
                    .resolve("ClientRunner.java");
            Path log = WORK.resolve("cxf").resolve("runner.log");
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(
                            javaCommand(cxfClassPath(), runner.toAbsolutePath().toString()))
                    .redirectError(log.toFile())
                    .start();
            commands = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            answers = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        private static void stop() {
            if (process != null) {
                process.destroyForcibly();
                process = null;
            }
        }
    }

    @BeforeEach
    void theRecipientAndThePartnerAreRegistered() {
        Callers.ministrySystem(); // registers the recipient of the consents and referrals, if no test did yet
        Callers.partnerInstitution(); // registers the partner party of the agreements, if no test did yet
    }

    /**
     * The test's fixture, made at its first use: the tests of the WSDLs' shape and of the partner exchange need none.
     */
    private Fixture fixture() {
        if (fixture == null) {
            fixture = aNotifiedAndARegisteredReturnee();
        }
        return fixture;
    }

    private static Fixture aNotifiedAndARegisteredReturnee() {
        String notificationId = Samples.notificationId();
        JsonObject ack = RegistryApi.submitNew(Samples.notification(notificationId, Samples.passportNumber()));
        String familyName = Samples.familyName();
        String registryNumber = RegistryApi.register(
                        Samples.registration(Samples.passportNumber(), familyName, Samples.DATE_OF_BIRTH))
                .getString("registryNumber");
        return new Fixture(
                notificationId,
                ack.getString("registryNumber"),
                ack.getString("status"),
                registryNumber,
                familyName,
                "Toolkit agreement " + UUID.randomUUID(),
                agreementWithSection(),
                Agreements.registered("Toolkit, no section " + UUID.randomUUID())
                        .getString("agreementId"));
    }

    private static String outboundEmploymentRecordRequest;

    /**
     * The messageId of an employment record request the registry sent the partner about the fixture's returnee, under
     * an agreement in force that allows it (made once: it stays AWAITING_ANSWER).
     */
    static synchronized String employmentRecordRequest(Fixture f) {
        if (outboundEmploymentRecordRequest == null) {
            JsonObject registration = Agreements.registration("Toolkit employment records " + UUID.randomUUID())
                    .add(
                            "scope",
                            Json.createArrayBuilder()
                                    .add(Agreements.row(
                                            "OUTBOUND",
                                            "EMPLOYMENT_RECORD_REQUEST",
                                            "IDENTITY",
                                            "SOCIAL_SECURITY_CLAIM",
                                            "AGREEMENT")))
                    .build();
            String agreementId = Agreements.send(
                            Callers.registryAdmin(), "POST", RegistryApi.API + "/agreements", registration.toString())
                    .expect(201)
                    .json()
                    .getString("agreementId");
            Agreements.post(agreementId, "/entry-into-force", Agreements.reason("Ratified"))
                    .expect(200);
            outboundEmploymentRecordRequest = Agreements.send(
                            Callers.registrar(),
                            "POST",
                            RegistryApi.API + "/partner-messages/employment-record-requests",
                            Json.createObjectBuilder()
                                    .add("registryNumber", f.registryNumber())
                                    .add("agreementId", agreementId)
                                    .add("recipientInstitution", Callers.PARTNER)
                                    .add("purpose", "SOCIAL_SECURITY_CLAIM")
                                    .build()
                                    .toString())
                    .expect(202)
                    .json()
                    .getString("messageId");
        }
        return outboundEmploymentRecordRequest;
    }

    /** An agreement whose social security section is State A of SocialSecurityIT (pro-rata over 40 years). */
    private static String agreementWithSection() {
        String id =
                Agreements.registered("Toolkit section " + UUID.randomUUID()).getString("agreementId");
        Agreements.send(
                        Callers.registryAdmin(),
                        "PUT",
                        RegistryApi.API + "/social-security/agreements/" + id + "/section",
                        Json.createObjectBuilder()
                                .add("document", SocialSecurityIT.stateA())
                                .build()
                                .toString())
                .expect(200);
        return id;
    }

    @Order(5)
    @ParameterizedTest
    @EnumSource(Service.class)
    void cxfWsdl2javaClientCallsWithABearerTokenAndReadsTheFaultCode(Service service) throws Exception {
        Path dir = WORK.resolve("cxf").resolve(service.name);
        Path classes = CxfClients.classes(service.name);
        List<String> arguments = new ArrayList<>(List.of(service.wsdl()));
        arguments.addAll(service.cxfArguments(fixture()));
        List<JsonObject> lines = CxfRunner.run(
                classes,
                "org.example.cxfclient." + service.name + "Client",
                service.caller().token(),
                arguments,
                dir.resolve("client.log"));

        assertEquals(2, lines.size(), lines::toString);
        Expected expected = service.expected(fixture());
        assertEquals(expected.registryNumber(), lines.get(0).getString(expected.idKey()), lines::toString);
        assertEquals(expected.detail(), lines.get(0).getString("detail"), lines::toString);
        assertEquals(expected.faultCode(), lines.get(1).getString("fault", null), lines::toString);
    }

    @Order(2)
    @ParameterizedTest
    @EnumSource(Service.class)
    void npmSoapClientCallsWithABearerTokenAndReadsTheFaultCode(Service service) {
        Path node = Path.of(System.getProperty("registry.it.nodeClient"));
        Path log = WORK.resolve("npm-soap").resolve(service.name + ".log");
        List<JsonObject> lines = run(
                List.of(
                        "node",
                        node.resolve("soap-calls.js").toAbsolutePath().toString(),
                        service.wsdl(),
                        service.npmCalls(fixture()).toString()),
                Map.of("REGISTRY_TOKEN", service.caller().token()),
                log);

        assertEquals(2, lines.size(), lines::toString);
        Expected expected = service.expected(fixture());
        assertTrue(lines.get(0).containsKey("result"), lines::toString);
        JsonObject answer = lines.get(0).getJsonObject("result");
        assertEquals(expected.registryNumber(), shallowest(answer, expected.idKey()), lines::toString);
        assertEquals(expected.detail(), shallowest(answer, expected.detailKey()), lines::toString);
        JsonObject fault = lines.get(1).getJsonObject("fault");
        assertEquals(expected.faultCode(), fault.getString("code"), lines::toString);
        assertTrue(fault.getString("faultcode").endsWith(":Client"), lines::toString);
    }

    /**
     * What X-Road security servers and WS-I Basic Profile callers rely on: the live WSDL is one document with
     * port type, binding and service (XSDs imported inside types), document/literal with one part per
     * message, and operation names usable as X-Road service codes.
     */
    @Order(1)
    @ParameterizedTest
    @ValueSource(
            strings = {
                "ReturnNotificationService",
                "ReturneeRegistryService",
                "ConsentService",
                "ReferralService",
                "AgreementService",
                "PartnerExchangeService",
                "SocialSecurityService",
                "CaseService",
                "PartnerMessagingService"
            })
    void theLiveWsdlIsOneDocumentLiteralDocument(String service) throws Exception {
        String wsdl = RegistryApi.getAnonymously(RegistryApi.baseUrl() + "/soap/" + service + "?wsdl", "text/xml")
                .expect(200)
                .body();
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document document =
                factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(wsdl)));
        String wsdlNs = "http://schemas.xmlsoap.org/wsdl/";
        assertEquals(0, document.getElementsByTagNameNS(wsdlNs, "import").getLength(), wsdl);
        assertEquals(1, document.getElementsByTagNameNS(wsdlNs, "portType").getLength(), wsdl);
        assertEquals(1, document.getElementsByTagNameNS(wsdlNs, "binding").getLength(), wsdl);
        assertEquals(1, document.getElementsByTagNameNS(wsdlNs, "service").getLength(), wsdl);
        org.w3c.dom.NodeList messages = document.getElementsByTagNameNS(wsdlNs, "message");
        for (int i = 0; i < messages.getLength(); i++) {
            org.w3c.dom.Element message = (org.w3c.dom.Element) messages.item(i);
            org.w3c.dom.NodeList parts = message.getElementsByTagNameNS(wsdlNs, "part");
            assertEquals(1, parts.getLength(), () -> message.getAttribute("name") + " has one part");
            assertTrue(
                    ((org.w3c.dom.Element) parts.item(0)).hasAttribute("element"),
                    () -> message.getAttribute("name") + "'s part names an element");
        }
        org.w3c.dom.NodeList bodies = document.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/soap/", "body");
        for (int i = 0; i < bodies.getLength(); i++) {
            assertEquals("literal", ((org.w3c.dom.Element) bodies.item(i)).getAttribute("use"));
        }
        org.w3c.dom.Element portType = (org.w3c.dom.Element)
                document.getElementsByTagNameNS(wsdlNs, "portType").item(0);
        org.w3c.dom.NodeList operations = portType.getElementsByTagNameNS(wsdlNs, "operation");
        assertTrue(operations.getLength() > 0, wsdl);
        for (int i = 0; i < operations.getLength(); i++) {
            String name = ((org.w3c.dom.Element) operations.item(i)).getAttribute("name");
            assertTrue(name.matches("[A-Za-z0-9'()+,\\-.=?]+"), () -> name + " is not an X-Road service code");
        }
    }

    /**
     * Version 1.1 renamed the request children that shared a name with the answer's; a request in the version
     * 1.0 shape is refused as the caller's error, with the code a client reads, and records nothing.
     */
    @Order(3)
    @ParameterizedTest
    @CsvSource({
        "ConsentService, https://schemas.returneeregistry.org/consent/v1, RecordConsent, consent",
        "ReferralService, https://schemas.returneeregistry.org/referral/v1, CreateReferral, referral"
    })
    void aRequestInTheFormerShapeIsAClientFault(String service, String namespace, String operation, String child) {
        String content = service.equals("ConsentService")
                ? "<x:registryNumber>" + fixture().registryNumber() + "</x:registryNumber><x:recipient>" + RECIPIENT
                        + "</x:recipient><x:purpose>HEALTH_FOLLOW_UP</x:purpose><x:category>HEALTH</x:category>"
                        + "<x:method>SELF</x:method><x:validUntil>"
                        + Instant.now().plus(Duration.ofDays(30))
                        + "</x:validUntil><x:noticeVersion>2026-1</x:noticeVersion>"
                : "<x:registryNumber>" + fixture().registryNumber() + "</x:registryNumber><x:service>HEALTH</x:service>"
                        + "<x:recipient>" + RECIPIENT + "</x:recipient><x:reason>Former shape</x:reason>";
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:x=\"" + namespace
                + "\"><S:Body><x:" + operation + "><x:" + child + ">" + content + "</x:" + child + "></x:" + operation
                + "></S:Body></S:Envelope>";
        RegistryApi.Answer answer = RegistryApi.sendAs(
                Callers.registrar(),
                HttpRequest.newBuilder(RegistryApi.uri("/soap/" + service))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));

        assertEquals(500, answer.status(), answer::toString);
        assertTrue(answer.body().matches("(?s).*<faultcode>[A-Za-z0-9]+:Client</faultcode>.*"), answer::toString);
        assertTrue(answer.body().contains(">ValidationFailed</"), answer::toString);
        String recorded = RegistryApi.get(RegistryApi.API
                        + (service.equals("ConsentService") ? "/consents?returnee=" : "/referrals?registryNumber=")
                        + fixture().registryNumber())
                .expect(200)
                .body();
        assertEquals("[]", recorded.replaceAll("\\s", ""), "the refused request recorded nothing");
    }

    /**
     * The partner exchange with Apache CXF as a partner institution builds it: wsdl2java from the live WSDL, a
     * ReturnNotice signed by WSS4JOutInterceptor with a key registered under an agreement in force, the registry's
     * signed receipt verified by WSS4JInInterceptor against the registry's certificate, and the refusal of the same
     * message unsigned. CXF, WSS4J and the key live in the child JVM only.
     */
    @Order(6)
    @Test
    void cxfPartnerPeerSignsAReturnNoticeAndVerifiesTheSignedReceipt() throws Exception {
        String name = "PartnerExchangeService";
        String wsdl = RegistryApi.baseUrl() + "/soap/" + name + "?wsdl";
        PartnerPeer peer = PartnerPeer.withNewKey("EC", null, 365);
        String agreement = Agreements.inForceForInboundNotices("Toolkit exchange " + UUID.randomUUID());
        Agreements.attach(agreement, peer.pem());
        String passport = Samples.passportNumber();
        Path dir = WORK.resolve("cxf").resolve(name);
        Path classes = CxfClients.classes(name);

        List<JsonObject> lines = run(
                javaCommand(
                        cxfClassPath() + java.io.File.pathSeparator + classes,
                        "org.example.cxfclient." + name + "Client",
                        wsdl,
                        agreement,
                        Callers.PARTNER,
                        Callers.OPERATOR,
                        peer.keyStoreFile().toString(),
                        PartnerPeer.registryTrustStore().toString(),
                        passport),
                Map.of("REGISTRY_TOKEN", Callers.partnerInstitution().token()),
                dir.resolve("client.log"));

        assertEquals(2, lines.size(), lines::toString);
        assertEquals("ACCEPTED", lines.get(0).getString("detail"), lines::toString);
        String registryNumber = lines.get(0).getString("registryNumber");
        assertEquals(
                registryNumber,
                RegistryApi.findByPassport(passport, Samples.COUNTRY)
                        .getJsonObject(0)
                        .getString("registryNumber"));
        assertEquals("SignatureMissing", lines.get(1).getString("fault", null), lines::toString);
    }

    /** The npm soap package reads the partner exchange's live WSDL and gets the refusal of an unsigned message. */
    @Order(4)
    @Test
    void npmSoapClientReadsThePartnerExchangeAndTheRefusalOfAnUnsignedMessage() {
        String agreement = Agreements.inForceForInboundNotices("npm exchange " + UUID.randomUUID());
        var envelope = Json.createObjectBuilder()
                .add("messageId", UUID.randomUUID().toString())
                .add("agreementId", agreement)
                .add("senderInstitution", Callers.PARTNER)
                .add("recipientInstitution", Callers.OPERATOR)
                .add("timestamp", Instant.now().toString())
                .add("messageType", "CONSENT_REVOKED")
                .add("purpose", "REINTEGRATION_SERVICES")
                .add("dataCategory", Json.createArrayBuilder().add("IDENTITY"));
        var revocation = Json.createObjectBuilder()
                .add(
                        "consentReference",
                        "QAT-CONSENT-" + UUID.randomUUID().toString().substring(0, 8))
                .add("revokedAt", Instant.now().toString());
        JsonArray calls = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("operation", "ConsentRevoked")
                        .add(
                                "args",
                                Json.createObjectBuilder()
                                        .add("envelope", envelope)
                                        .add("revocation", revocation)))
                .build();
        Path node = Path.of(System.getProperty("registry.it.nodeClient"));
        List<JsonObject> lines = run(
                List.of(
                        "node",
                        node.resolve("soap-calls.js").toAbsolutePath().toString(),
                        RegistryApi.baseUrl() + "/soap/PartnerExchangeService?wsdl",
                        calls.toString()),
                Map.of("REGISTRY_TOKEN", Callers.partnerInstitution().token()),
                WORK.resolve("npm-soap").resolve("PartnerExchangeService.log"));

        assertEquals(1, lines.size(), lines::toString);
        JsonObject fault = lines.get(0).getJsonObject("fault");
        assertEquals("SignatureMissing", fault.getString("code"), lines::toString);
        assertTrue(fault.getString("faultcode").endsWith(":Client"), lines::toString);
    }

    private static String cxfClassPath() {
        try {
            return Files.readString(Path.of(System.getProperty("registry.it.cxfClassPath")))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException("the build writes the CXF class path before the integration tests", e);
        }
    }

    private static List<String> javaCommand(String classPath, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classPath,
                mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Compiles the toolkit's sources with the one client main among {@code sources} against CXF alone. */
    private static void compile(List<Path> sources, String main, Path classes) throws IOException {
        List<java.io.File> files = new ArrayList<>();
        for (Path root : sources) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString().endsWith("Client.java")
                                || p.getFileName().toString().equals(main))
                        .forEach(p -> files.add(p.toFile()));
            }
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager =
                javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            StringWriter out = new StringWriter();
            boolean compiled = javac.getTask(
                            out,
                            manager,
                            diagnostics,
                            List.of(
                                    "-classpath",
                                    cxfClassPath(),
                                    "-d",
                                    classes.toString(),
                                    "-proc:none",
                                    "-nowarn",
                                    "--release",
                                    "17"),
                            null,
                            manager.getJavaFileObjectsFromFiles(files))
                    .call();
            assertTrue(compiled, () -> "the CXF client does not compile: " + out + diagnostics.getDiagnostics());
        }
    }

    /** Runs a child process to its end; answers the JSON lines it printed. Its output is kept in {@code log}. */
    private static List<JsonObject> run(List<String> command, Map<String, String> environment, Path log) {
        return run(command, environment, log, CHILD_TIMEOUT);
    }

    /** {@link #run(List, Map, Path)} with a bound of its own. */
    private static List<JsonObject> run(
            List<String> command, Map<String, String> environment, Path log, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            Path out = log.resolveSibling(log.getFileName() + ".out");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not end within " + timeout + "; see " + log);
            }
            String printed = Files.readString(out);
            String errors = tail(log);
            assertEquals(
                    0,
                    process.exitValue(),
                    () -> String.join(" ", command.subList(0, Math.min(command.size(), 6))) + " failed: " + printed
                            + errors);
            return printed.lines()
                    .filter(line -> line.startsWith("{"))
                    .map(line -> Json.createReader(new StringReader(line)).readObject())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    /** The string value of the shallowest member named {@code key} (breadth first), or null. */
    private static String shallowest(JsonObject object, String key) {
        Deque<JsonValue> queue = new ArrayDeque<>(List.of(object));
        while (!queue.isEmpty()) {
            JsonValue value = queue.poll();
            if (value instanceof JsonObject o) {
                if (o.get(key) instanceof jakarta.json.JsonString s) {
                    return s.getString();
                }
                queue.addAll(o.values());
            } else if (value instanceof JsonArray a) {
                queue.addAll(a);
            }
        }
        return null;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
