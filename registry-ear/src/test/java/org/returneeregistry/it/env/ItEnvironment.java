package org.returneeregistry.it.env;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests run against, once per Failsafe run, and stops it afterwards:
 * a Keycloak server with the registry's realm (started first, in the background: it takes the longest),
 * a PostgreSQL server, then a Payara Server domain whose jdbc/registry points at PostgreSQL and whose
 * MicroProfile JWT verification points at Keycloak. Arquillian then deploys the EAR the reactor built into
 * that domain (see arquillian.xml, {@code payara.adminPort}) once Keycloak answers.
 *
 * <p>Active only when Failsafe sets {@code registry.it.environment=true}, so a unit test run never
 * starts servers. Everything binds to 127.0.0.1 on ports checked free; only processes started here
 * are stopped (our domain by its directory and PID, our PostgreSQL by its handle, our Keycloak by the PID
 * its start script recorded). Tests find Keycloak and their credentials in the system properties
 * {@code registry.it.keycloakUrl}, {@code registry.it.realm}, {@code registry.it.domainDir}, {@code registry.it.provisionerSecret} and
 * {@code registry.it.demoPassword}.
 */
public class ItEnvironment implements LauncherSessionListener {

    /**
     * Offsets from the portbase of the ports the domain opens: debug, IIOP (3), admin, data grid (admin + 1),
     * OSGi shell, JMS, HTTP, HTTPS, JMX.
     */
    private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 66, 76, 80, 81, 86};

    /**
     * How long the test domain keeps a notification's content and a closed message's payload: long enough
     * that a test reads them as kept right after writing them, short enough that the purge is seconds away.
     */
    public static final java.time.Duration RETENTION = java.time.Duration.ofSeconds(8);

    /**
     * MicroProfile Config of the test domain that keeps the outbox's retries short: a recipient that comes
     * back is retried within seconds, so the delivery tests wait seconds, not minutes; an attempt is cut
     * after 5 s. The dispatcher looks for due messages four times a second, so a test waits a fraction of a
     * second, not up to a second, for each message it sends (two registries exchange several in a row).
     * The test recipients listen on 127.0.0.1 over plain http and MLLP: the test domain allows that host
     * explicitly (the registry allows no such host by default). Notification content and closed
     * messages' payloads are kept {@link #RETENTION} and purged every second, so RetentionIT sees the purge
     * seconds after the window ends.
     * Reintegration cases count their follow-ups from the return, so a return reported in the past has
     * follow-ups overdue at once (CasesIT). The batch job looks for pending items every second, so after a restart
     * it resumes an interrupted batch within a second rather than five (CrashDurabilityIT).
     */
    private static final Map<String, String> TEST_DOMAIN_SETTINGS = Map.ofEntries(
            Map.entry("registry.retention.notification-content", RETENTION.toString()),
            Map.entry("registry.retention.delivered-payload", RETENTION.toString()),
            Map.entry("registry.retention.interval", "PT1S"),
            Map.entry("registry.outbox.poll-interval", "PT0.25S"),
            Map.entry("registry.outbox.retry.base", "PT1S"),
            Map.entry("registry.outbox.retry.cap", "PT4S"),
            Map.entry("registry.outbox.attempt-deadline", "PT5S"),
            Map.entry("registry.exchange.allowed-insecure-hosts", "127.0.0.1"),
            Map.entry("registry.cases.follow-up.from", "RETURN"),
            Map.entry("registry.claims.deadline-poll-interval", "PT1S"),
            Map.entry("registry.batch.poll-interval", "PT1S"));

    private static final String EMBEDDED_DEFAULT_DOMAIN = "registry-it-h2";
    private static final String PARTNER_DOMAIN = "registry-it-qat";
    /** The longest the partner registry may take to start, from creating its domain to answering. */
    private static final java.time.Duration PARTNER_START_TIMEOUT = java.time.Duration.ofMinutes(6);

    private static final java.time.Duration RESTART_TIMEOUT = java.time.Duration.ofMinutes(5);
    /** The longest a test waits for the registry on the embedded default database: its domain, deployment, start. */
    private static final java.time.Duration EMBEDDED_DEFAULT_START_TIMEOUT = java.time.Duration.ofMinutes(8);

    private static volatile ItEnvironment current;

    /** Held while a domain picks its portbase and is created (which starts it and binds its ports). */
    private static final Object PORTS = new Object();

    private KeycloakServer keycloak;
    private PostgresServer postgres;
    private PayaraDomain domain;
    private PayaraDomain embeddedDefaultDomain;
    private PayaraDomain partnerDomain;
    private PartnerRegistry partnerRegistry;
    private final OnDemand<PayaraDomain> embeddedDefaultStart =
            new OnDemand<>("the registry on the embedded default database", this::launchEmbeddedDefault);
    private final OnDemand<PartnerRegistry> partnerStart = new OnDemand<>("the partner registry", this::launchPartner);
    private Path postgresDriver;
    private Path workDir;
    private Path payaraHome;
    private Path configDir;
    private Path ear;
    private Thread shutdownHook;
    private TokenSigningKey tokenSigningKey;

    /** The databases the registry supports, each with a domain of its own in the test run. */
    public enum Database {
        /** The test run's domain, on the PostgreSQL server the run started. */
        POSTGRESQL,
        /** A second domain set up as the run command sets up its default: the embedded H2 database file. */
        EMBEDDED_DEFAULT
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("registry.it.environment")) {
            return;
        }
        long started = System.nanoTime();
        shutdownHook = new Thread(this::stopAll, "it-environment-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            start();
        } catch (Exception e) {
            stopAll();
            throw new IllegalStateException("IT: the integration test environment did not start: " + e.getMessage(), e);
        }
        current = this;
        System.out.printf("IT: environment ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopAll();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
        }
    }

    private void start() throws Exception {
        workDir = Path.of(required("registry.it.workDir"));
        payaraHome = Path.of(required("registry.it.payaraHome"));
        configDir = Path.of(required("registry.it.configDir"));
        Path driver = Path.of(required("registry.it.postgresqlDriver"));
        postgresDriver = driver;
        ear = Path.of(required("registry.it.ear"));
        Path keycloakHome = Path.of(required("registry.it.keycloakHome"));
        Path keycloakConfigDir = Path.of(required("registry.it.keycloakConfigDir"));
        for (Path p : new Path[] {
            payaraHome.resolve("bin/asadmin"),
            configDir.resolve("create-domain.sh"),
            configDir.resolve("use-postgresql.sh"),
            configDir.resolve("use-keycloak.sh"),
            driver,
            ear,
            keycloakHome.resolve("bin/kc.sh"),
            keycloakConfigDir.resolve("start.sh"),
            keycloakConfigDir.resolve("stop.sh")
        }) {
            if (!Files.exists(p)) {
                throw new IllegalStateException(p + " is missing (it is built or unpacked by the registry-ear build)");
            }
        }
        Files.createDirectories(workDir);

        domain = new PayaraDomain(payaraHome, configDir, workDir);
        domain.removeLeftovers();
        new PayaraDomain(EMBEDDED_DEFAULT_DOMAIN, payaraHome, configDir, workDir).removeLeftovers();
        new PayaraDomain(PARTNER_DOMAIN, payaraHome, configDir, workDir).removeLeftovers();
        keycloak = new KeycloakServer(keycloakHome, keycloakConfigDir, workDir);
        keycloak.removeLeftovers();
        int keycloakPort = freePort();
        long keycloakLaunched = System.nanoTime();
        System.out.printf(
                "IT: starting Keycloak %s on 127.0.0.1:%d in the background (realm %s)%n",
                keycloak.version(), keycloakPort, KeycloakServer.REALM);
        CompletableFuture<Long> keycloakReady = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        keycloak.start(keycloakPort);
                        return (System.nanoTime() - keycloakLaunched) / 1_000_000_000L;
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CompletionException(e);
                    }
                },
                runnable -> new Thread(runnable, "it-keycloak-start").start());

        postgres = PostgresServer.start(workDir.resolve("postgres-data"), freePort());
        System.out.printf(
                "IT: PostgreSQL %s on 127.0.0.1:%d, database %s, role %s%n",
                postgres.version(), postgres.port(), PostgresServer.DATABASE, PostgresServer.USER);

        int portBase = freePortBase();
        System.out.printf(
                "IT: creating Payara Server %s domain %s in %s (portbase %d)%n",
                System.getProperty("registry.it.payaraVersion", "6"), PayaraDomain.NAME, domain.domainDir(), portBase);
        domain.create(portBase);
        domain.usePostgres(postgres, driver);
        domain.useKeycloak(keycloak.url(), keycloak.provisionerSecret(), keycloak.consoleSecret());
        String metricsPassword = java.util.UUID.randomUUID().toString();
        domain.createMetricsReader("metrics-reader", metricsPassword);
        System.setProperty("registry.it.metricsUser", "metrics-reader");
        System.setProperty("registry.it.metricsPassword", metricsPassword);
        applyTestSettings(domain);
        System.out.printf(
                "IT: %s, domain %s: admin 127.0.0.1:%d, HTTP 127.0.0.1:%d; "
                        + "jdbc/registry -> PostgreSQL 127.0.0.1:%d/%s (RegistryPool: %s)%n",
                domain.serverVersion(),
                PayaraDomain.NAME,
                domain.adminPort(),
                domain.httpPort(),
                postgres.port(),
                PostgresServer.DATABASE,
                domain.poolDescription());

        System.setProperty("payara.adminPort", Integer.toString(domain.adminPort()));
        System.setProperty("payara.httpPort", Integer.toString(domain.httpPort()));
        System.setProperty("registry.it.domainDir", domain.domainDir().toString());
        System.setProperty("registry.baseUrl", "http://127.0.0.1:" + domain.httpPort() + "/registry");
        System.setProperty("registry.it.jdbcUrl", postgres.jdbcUrl());
        System.setProperty("registry.it.jdbcUser", PostgresServer.USER);
        System.setProperty("registry.it.jdbcPassword", postgres.password());

        long keycloakSeconds;
        try {
            keycloakSeconds = keycloakReady.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        System.out.printf(
                "IT: Keycloak %s on %s (log %s): realm %s ready %d s after launch; "
                        + "MP-JWT issuer %s/realms/%s, audience returnee-registry%n",
                keycloak.version(),
                keycloak.url(),
                keycloak.log(),
                KeycloakServer.REALM,
                keycloakSeconds,
                keycloak.url(),
                KeycloakServer.REALM);
        System.setProperty("registry.it.keycloakUrl", keycloak.url());
        System.setProperty("registry.it.realm", KeycloakServer.REALM);
        System.setProperty("registry.it.provisionerSecret", keycloak.provisionerSecret());
        System.setProperty("registry.it.demoPassword", keycloak.demoPassword());
        tokenSigningKey = keycloak.addTokenSigningKey();
        System.out.printf(
                "IT: realm %s publishes the test run's token signing key %s%n",
                KeycloakServer.REALM, tokenSigningKey.keyId());
    }

    /**
     * A key of the realm's, published with Keycloak's own, whose private half the test run holds: tokens signed
     * with it verify as the realm's, whatever their claims (see {@link KeycloakServer#addTokenSigningKey()}).
     */
    public static TokenSigningKey tokenSigningKey() {
        return running().tokenSigningKey;
    }

    /**
     * Restarts the registry's Payara domain (asadmin restart-domain) and answers once the registry answers
     * again; PostgreSQL and Keycloak keep running. For tests of what must survive a restart.
     */
    public static void restartRegistry() {
        PayaraDomain domain = running().domain;
        timed("restarted", () -> domain.restart(RESTART_TIMEOUT));
    }

    /**
     * Kills the registry's server process on the given database with SIGKILL, starts the domain again
     * (asadmin start-domain, as an operator or a supervisor would) and answers once the registry answers, with
     * every moment its readiness answered UP while its REST or SOAP paths still answered 404.
     */
    public static List<String> crashAndRestart(Database database) {
        PayaraDomain domain = running().domainOn(database);
        List<String> readyTooEarly = new ArrayList<>();
        timed("killed with SIGKILL and started again", () -> {
            domain.kill();
            readyTooEarly.addAll(domain.start(RESTART_TIMEOUT));
        });
        return readyTooEarly;
    }

    /** http://127.0.0.1:PORT/registry of the registry on the given database (the embedded default's domain is set up on first use). */
    public static String baseUrl(Database database) {
        return "http://127.0.0.1:" + running().domainOn(database).httpPort() + "/registry";
    }

    private static ItEnvironment running() {
        ItEnvironment environment = current;
        if (environment == null || environment.domain == null) {
            throw new IllegalStateException("no integration test environment is running");
        }
        return environment;
    }

    private PayaraDomain domainOn(Database database) {
        if (database == Database.POSTGRESQL) {
            return domain;
        }
        return embeddedDefaultStart.await(EMBEDDED_DEFAULT_START_TIMEOUT, () -> {
            PayaraDomain h2 = embeddedDefaultDomain;
            if (h2 != null) {
                h2.stop();
            }
        });
    }

    private PayaraDomain launchEmbeddedDefault() throws IOException, InterruptedException {
        long started = System.nanoTime();
        PayaraDomain h2 = new PayaraDomain(EMBEDDED_DEFAULT_DOMAIN, payaraHome, configDir, workDir);
        synchronized (this) {
            embeddedDefaultDomain = h2;
        }
        synchronized (PORTS) {
            h2.create(freePortBase());
        }
        h2.useH2();
        h2.useKeycloak(keycloak.url(), keycloak.provisionerSecret(), keycloak.consoleSecret());
        applyTestSettings(h2);
        h2.deploy(ear);
        h2.awaitRegistry(RESTART_TIMEOUT);
        System.out.printf(
                "IT: domain %s on the embedded default database (H2), HTTP 127.0.0.1:%d, ready in %d s%n",
                h2.name(), h2.httpPort(), (System.nanoTime() - started) / 1_000_000_000L);
        return h2;
    }

    /**
     * Starts these on-demand servers in the background, one after the other in this order (on two cores one
     * deployment at a time beside the running tests), because selected test classes need them ({@link
     * NeedsServer}). A test that asks for one finds it ready, or waits for the start under way, or starts it itself
     * if the one before it is still starting; either way each starts once and within its bound.
     */
    static void startEarly(java.util.Set<NeedsServer.Server> servers) {
        ItEnvironment environment = current;
        if (environment == null) {
            return;
        }
        System.out.println("IT: starting in the background, for the selected test classes: " + servers);
        Thread early = new Thread(
                () -> {
                    for (NeedsServer.Server server : servers) {
                        environment.onDemand(server).begin();
                    }
                },
                "it-early-start");
        early.setDaemon(true);
        early.start();
    }

    private OnDemand<?> onDemand(NeedsServer.Server server) {
        return switch (server) {
            case PARTNER_REGISTRY -> partnerStart;
            case EMBEDDED_DEFAULT -> embeddedDefaultStart;
        };
    }

    /** A server started at most once per run, by whichever comes first: the early start or the first test asking. */
    private static final class OnDemand<T> {

        private final String what;
        private final Start<T> start;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private final java.util.concurrent.atomic.AtomicBoolean begun = new java.util.concurrent.atomic.AtomicBoolean();

        OnDemand(String what, Start<T> start) {
            this.what = what;
            this.start = start;
        }

        /** Starts the server in this thread, unless its start has begun elsewhere; answers when it is done. */
        void begin() {
            if (!begun.compareAndSet(false, true)) {
                return;
            }
            try {
                result.complete(start.run());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(e);
            } catch (Exception | Error e) {
                System.out.println("IT: " + what + " did not start: " + e);
                result.completeExceptionally(e);
            }
        }

        /**
         * The server, once started: starts it in a thread of its own if no one has, and waits for it at most {@code
         * timeout} (as long as a test waited when servers started only on first use; a start begun early has had
         * its head start on top); past that, {@code onTimeout} stops what was started.
         */
        T await(java.time.Duration timeout, Runnable onTimeout) {
            if (!begun.get()) {
                Thread starter = new Thread(this::begin, "it-on-demand-start");
                starter.setDaemon(true);
                starter.start();
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (true) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        onTimeout.run();
                        throw new IllegalStateException(what + " did not start within " + timeout);
                    }
                    try {
                        return result.get(Math.min(left, 1_000_000_000L), java.util.concurrent.TimeUnit.NANOSECONDS);
                    } catch (java.util.concurrent.TimeoutException stillStarting) {
                        // look at the bound again
                    }
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(what + " did not start: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Waits for a start under way to end, at most {@code seconds}, before the servers are stopped. */
        void settle(long seconds) {
            if (!begun.get()) {
                return;
            }
            try {
                result.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // what was created is stopped all the same
            }
        }
    }

    private interface Start<T> {
        T run() throws Exception;
    }

    /**
     * A second registry of the test run: the same EAR, configured as a partner country's ministry — its own
     * Payara domain (own portbase, 127.0.0.1), its own database on the run's PostgreSQL, its own exchange
     * signing key, its own realm on the run's Keycloak, and its operator from configuration.
     *
     * @param baseUrl http://127.0.0.1:PORT/registry
     * @param operatorCode the organisation code the registry runs as (its envelopes' sender)
     * @param country its operator's country
     * @param realm the Keycloak realm its tokens come from (its demo people belong to {@code operatorCode})
     * @param exchangeKeystore its exchange signing keystore (PKCS12, alias {@code registry-exchange}; the password in
     *     the file beside it with {@code .password} appended)
     * @param serverLog its server log
     * @param startSeconds how long it took to start, from creating the domain to answering
     */
    public record PartnerRegistry(
            String baseUrl,
            String operatorCode,
            String country,
            String realm,
            Path exchangeKeystore,
            Path serverLog,
            long startSeconds) {}

    /**
     * The partner registry, started on first use (one domain start and one deployment for the whole run, whichever
     * test class asks first) and stopped with everything else at the end of the run. Its operator is Qatar's
     * Ministry of Labour ({@code QAT-MOL}); its start is bounded by {@link #PARTNER_START_TIMEOUT}.
     */
    public static PartnerRegistry partnerRegistry() {
        return running().startPartner();
    }

    private PartnerRegistry startPartner() {
        synchronized (this) {
            if (partnerRegistry != null) {
                return partnerRegistry;
            }
        }
        PartnerRegistry started = partnerStart.await(PARTNER_START_TIMEOUT, () -> {
            PayaraDomain qat = partnerDomain;
            if (qat != null) {
                qat.stop();
            }
        });
        synchronized (this) {
            if (partnerRegistry == null) {
                partnerRegistry = started;
            }
            return partnerRegistry;
        }
    }

    private PartnerRegistry launchPartner() throws Exception {
        long started = System.nanoTime();
        String realm = "qatar-registry";
        String operator = "QAT-MOL";
        PayaraDomain qat = new PayaraDomain(PARTNER_DOMAIN, payaraHome, configDir, workDir);
        synchronized (this) {
            partnerDomain = qat;
        }
        Path keystore;
        try {
            keycloak.createRealm(realm, "Qatar labour registry", "NPL-DOFE", operator);
            PostgresServer.Login login = postgres.createDatabase("registry_qat");
            synchronized (PORTS) {
                qat.create(freePortBase());
            }
            qat.usePostgres(postgres, login, postgresDriver);
            qat.useKeycloak(keycloak.url(), realm, keycloak.provisionerSecret(), keycloak.consoleSecret());
            qat.setConfigProperty("registry.operator.code", operator);
            qat.setConfigProperty("registry.operator.name", "Ministry of Labour");
            qat.setConfigProperty("registry.operator.country", "QAT");
            keystore = applyTestSettings(qat);
            qat.deploy(ear);
            qat.awaitRegistry(PARTNER_START_TIMEOUT);
        } catch (Exception e) {
            qat.stop();
            throw new IllegalStateException(
                    "the partner registry did not start (logs in "
                            + workDir.resolve("logs").resolve(PARTNER_DOMAIN) + ", " + qat.serverLog() + "): " + e,
                    e);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        PartnerRegistry registry = new PartnerRegistry(
                "http://127.0.0.1:" + qat.httpPort() + "/registry",
                operator,
                "QAT",
                realm,
                keystore,
                qat.serverLog(),
                seconds);
        System.out.printf(
                "IT: partner registry %s (domain %s, database registry_qat, realm %s), HTTP 127.0.0.1:%d, ready in %d s%n",
                operator, qat.name(), realm, qat.httpPort(), seconds);
        return registry;
    }

    /**
     * Rotates the partner registry's exchange signing key as its operator would: a new keystore with a new key
     * (use-signing-key.sh exchange), then a restart of its domain, after which it signs with the new key. Answers the partner
     * registry with its new keystore.
     */
    public static PartnerRegistry rotatePartnerKey() {
        return running().rotatePartner();
    }

    private PartnerRegistry rotatePartner() {
        startPartner();
        return rotateStartedPartner();
    }

    private synchronized PartnerRegistry rotateStartedPartner() {
        PartnerRegistry before = partnerRegistry;
        Path keystore =
                before.exchangeKeystore().resolveSibling("exchange-signing-" + System.currentTimeMillis() + ".p12");
        timed(PARTNER_DOMAIN + " restarted with a new exchange key", () -> {
            partnerDomain.useExchangeKey(keystore);
            partnerDomain.restart(RESTART_TIMEOUT);
        });
        partnerRegistry = new PartnerRegistry(
                before.baseUrl(),
                before.operatorCode(),
                before.country(),
                before.realm(),
                keystore,
                before.serverLog(),
                before.startSeconds());
        return partnerRegistry;
    }

    private static Path applyTestSettings(PayaraDomain target) throws IOException, InterruptedException {
        Map<String, String> settings = new java.util.TreeMap<>(TEST_DOMAIN_SETTINGS);
        // Log checkpoints every two seconds, so the tamper-evidence tests wait seconds for one.
        settings.put("registry.audit.checkpoint-interval", "PT2S");
        target.setConfigProperties(settings);
        Path keystore = target.useExchangeKey();
        target.useStatementKey();
        if (target.name().equals(PayaraDomain.NAME)) {
            System.setProperty("registry.it.exchangeKeystore", keystore.toString());
        }
        return keystore;
    }

    private interface DomainAction {
        void run() throws IOException, InterruptedException;
    }

    private static void timed(String what, DomainAction action) {
        long started = System.nanoTime();
        try {
            action.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.out.printf(
                "IT: Payara domain %s, registry answering after %d s%n",
                what, (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void stopAll() {
        current = null;
        embeddedDefaultStart.settle(180);
        partnerStart.settle(180);
        stopServers();
    }

    private synchronized void stopServers() {
        if (embeddedDefaultDomain != null) {
            embeddedDefaultDomain.stop();
            embeddedDefaultDomain = null;
        }
        if (partnerDomain != null) {
            partnerDomain.stop();
            partnerDomain = null;
            partnerRegistry = null;
        }
        if (domain != null) {
            domain.stop();
            domain = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
                System.out.println("IT: PostgreSQL stopped");
            } catch (IOException e) {
                System.out.println("IT: stopping PostgreSQL failed: " + e);
            }
            postgres = null;
        }
        if (keycloak != null) {
            keycloak.stop();
            keycloak = null;
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "system property " + name + " is not set (it comes from the Failsafe configuration)");
        }
        return value;
    }

    private static int freePortBase() {
        return IntStream.iterate(28100, base -> base <= 29900, base -> base + 100)
                .filter(base -> IntStream.of(PORT_OFFSETS).allMatch(offset -> isFree(base + offset)))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("no Payara portbase between 28100 and 29900 has all its ports free"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
