package org.returneeregistry.it.env;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A Payara Server domain of our own, created and configured by the project's scripts in config/payara
 * (the same ones the run command uses), and stopped by its own domain directory or, failing that,
 * by the PID it wrote. Every command's output goes to a log file, printed when the command fails.
 */
final class PayaraDomain {

    static final String NAME = "registry-it";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(5);

    private final String name;
    private final Path payaraHome;
    private final Path configDir;
    private final Path domainsDir;
    private final Path logDir;
    private int portBase;
    private boolean created;
    private long pid = -1;
    private int step;

    PayaraDomain(Path payaraHome, Path configDir, Path workDir) {
        this(NAME, payaraHome, configDir, workDir);
    }

    /** A domain of the given name, in {@code workDir/domains/NAME}, its command logs in {@code workDir/logs/NAME}. */
    PayaraDomain(String name, Path payaraHome, Path configDir, Path workDir) {
        this.name = name;
        this.payaraHome = payaraHome;
        this.configDir = configDir;
        this.domainsDir = workDir.resolve("domains");
        this.logDir = workDir.resolve("logs").resolve(name);
    }

    String name() {
        return name;
    }

    int adminPort() {
        return portBase + 48;
    }

    int httpPort() {
        return portBase + 80;
    }

    Path domainDir() {
        return domainsDir.resolve(name);
    }

    Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** Removes what an earlier run left in our own work directory (stopping its domain first, if it still runs). */
    void removeLeftovers() throws IOException, InterruptedException {
        if (Files.isDirectory(logDir)) {
            deleteTree(logDir);
        }
        if (Files.isDirectory(domainDir())) {
            pid = readPid();
            if (server().isPresent()) {
                System.out.println("IT: stopping the domain an earlier run left running in " + domainDir());
                created = true;
                stop();
                created = false;
            }
            pid = -1;
            deleteTree(domainDir());
        }
        Files.createDirectories(domainsDir);
        Files.createDirectories(logDir);
        makeExecutable(payaraHome.resolve("bin"));
        makeExecutable(payaraHome.resolve("glassfish/bin"));
    }

    /** create-domain.sh: loopback-only listeners, configure-domain.asadmin applied, domain started. */
    void create(int portBase) throws IOException, InterruptedException {
        this.portBase = portBase;
        created = true;
        require(
                "create-domain",
                Map.of(),
                "bash",
                configDir.resolve("create-domain.sh").toString(),
                payaraHome.toString(),
                domainsDir.toString(),
                name,
                Integer.toString(portBase));
        pid = readPid();
    }

    /** use-h2.asadmin, as the run command applies it: jdbc/registry on the embedded H2 database file. */
    void useH2() throws IOException, InterruptedException {
        require(
                "use-h2",
                Map.of(),
                asadmin(
                        "--port",
                        Integer.toString(adminPort()),
                        "multimode",
                        "--file",
                        configDir.resolve("use-h2.asadmin").toString()));
    }

    /** Deploys the EAR as the run command does (application name {@code registry}). */
    void deploy(Path ear) throws IOException, InterruptedException {
        require(
                "deploy",
                Map.of(),
                asadmin(
                        "--port",
                        Integer.toString(adminPort()),
                        "deploy",
                        "--force=true",
                        "--name",
                        "registry",
                        ear.toString()));
    }

    /** use-postgresql.sh, then a restart when the driver added with add-library is not yet visible. */
    void usePostgres(PostgresServer postgres, Path driverJar) throws IOException, InterruptedException {
        usePostgres(
                postgres,
                new PostgresServer.Login(PostgresServer.DATABASE, PostgresServer.USER, postgres.password()),
                driverJar);
    }

    /** {@link #usePostgres(PostgresServer, Path)} on the given database of the server, with its login. */
    void usePostgres(PostgresServer postgres, PostgresServer.Login login, Path driverJar)
            throws IOException, InterruptedException {
        Map<String, String> env = Map.of(
                "REGISTRY_DB_HOST",
                "127.0.0.1",
                "REGISTRY_DB_PORT",
                Integer.toString(postgres.port()),
                "REGISTRY_DB_NAME",
                login.database(),
                "REGISTRY_DB_USER",
                login.user(),
                "REGISTRY_DB_PASSWORD",
                login.password());
        Command first = run(
                "use-postgresql",
                env,
                "bash",
                configDir.resolve("use-postgresql.sh").toString(),
                payaraHome.toString(),
                Integer.toString(adminPort()),
                driverJar.toString());
        if (first.ok()) {
            return;
        }
        System.out.println("IT: use-postgresql.sh failed (exit " + first.exitCode
                + "), restarting the domain so the PostgreSQL driver is loaded, then pinging the pool again");
        require("restart-domain", Map.of(), asadmin("restart-domain", "--domaindir", domainsDir.toString(), name));
        pid = readPid();
        Command ping = run(
                "ping-connection-pool",
                Map.of(),
                asadmin("--port", Integer.toString(adminPort()), "ping-connection-pool", "RegistryPool"));
        if (!ping.ok()) {
            throw new IllegalStateException("jdbc/registry cannot reach PostgreSQL even after a restart.\n"
                    + first.describe() + "\n" + ping.describe());
        }
    }

    /**
     * use-keycloak.sh: MicroProfile JWT (issuer, keys, audience) and the provisioning client as domain-level
     * MicroProfile Config properties, before anything is deployed. Keycloak need not be up yet.
     */
    void useKeycloak(String keycloakUrl, String provisionerSecret, String consoleSecret)
            throws IOException, InterruptedException {
        useKeycloak(keycloakUrl, KeycloakServer.REALM, provisionerSecret, consoleSecret);
    }

    /** {@link #useKeycloak(String, String, String)} on the given realm of the server. */
    void useKeycloak(String keycloakUrl, String realm, String provisionerSecret, String consoleSecret)
            throws IOException, InterruptedException {
        require(
                "use-keycloak",
                Map.of(
                        "KEYCLOAK_URL",
                        keycloakUrl,
                        "KEYCLOAK_REALM",
                        realm,
                        "REGISTRY_PROVISIONER_SECRET",
                        provisionerSecret,
                        "REGISTRY_CONSOLE_SECRET",
                        consoleSecret),
                "bash",
                configDir.resolve("use-keycloak.sh").toString(),
                payaraHome.toString(),
                Integer.toString(adminPort()));
    }

    /**
     * A user of the domain's file realm in group metrics-reader, the only callers /metrics answers;
     * its password generated, passed in an owner-only password file, never on the command line.
     */
    void createMetricsReader(String user, String password) throws IOException, InterruptedException {
        Path passwordFile = logDir.resolve("metrics-reader.password");
        Files.deleteIfExists(passwordFile);
        Files.createFile(
                passwordFile,
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, "AS_ADMIN_USERPASSWORD=" + password + "\n", StandardCharsets.UTF_8);
        try {
            require(
                    "create-file-user",
                    Map.of(),
                    asadmin(
                            "--port",
                            Integer.toString(adminPort()),
                            "--passwordfile",
                            passwordFile.toString(),
                            "create-file-user",
                            "--groups",
                            "metrics-reader",
                            user));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /**
     * use-signing-key.sh exchange: the partner exchange's signing key, a PKCS12 keystore made with keytool beside the
     * domain (its password in the file beside it, owner only), handed to the registry as a config property and a
     * password alias. Answers the keystore's path.
     */
    Path useExchangeKey() throws IOException, InterruptedException {
        return useExchangeKey(domainsDir.resolve(name + "-keys").resolve("exchange-signing.p12"));
    }

    /**
     * use-signing-key.sh exchange with the keystore given (made with a new key when it does not exist yet), as an
     * operator hands the registry a new key in a rotation; the registry reads it at its next start.
     */
    Path useExchangeKey(Path keystore) throws IOException, InterruptedException {
        return useSigningKey("exchange", keystore);
    }

    /**
     * use-signing-key.sh statement: the signing key of statements of periods abroad, a PKCS12 keystore made with
     * keytool beside the domain, handed to the registry as a config property and a password alias.
     */
    Path useStatementKey() throws IOException, InterruptedException {
        return useSigningKey("statement", domainsDir.resolve(name + "-keys").resolve("statement-signing.p12"));
    }

    private Path useSigningKey(String purpose, Path keystore) throws IOException, InterruptedException {
        require(
                "use-" + purpose + "-key",
                Map.of(),
                "bash",
                configDir.resolve("use-signing-key.sh").toString(),
                purpose,
                payaraHome.toString(),
                Integer.toString(adminPort()),
                keystore.toString(),
                "Returnee Registry test " + purpose + " key " + name);
        return keystore;
    }

    /** Sets a domain-level MicroProfile Config property; applications deployed afterwards read it. */
    void setConfigProperty(String name, String value) throws IOException, InterruptedException {
        require(
                "set-config-property",
                Map.of(),
                asadmin(
                        "--port",
                        Integer.toString(adminPort()),
                        "set-config-property",
                        "--source=domain",
                        "--propertyName=" + name,
                        "--propertyValue=" + value));
    }

    /**
     * Sets domain-level MicroProfile Config properties in one asadmin session ({@code multimode}: one client JVM for
     * all of them rather than one each). A value with white space, a quote or a backslash is set on its own.
     */
    void setConfigProperties(Map<String, String> properties) throws IOException, InterruptedException {
        StringBuilder commands = new StringBuilder();
        for (Map.Entry<String, String> property : properties.entrySet()) {
            if (property.getValue().matches("[^\\s\"'\\\\]+")) {
                commands.append("set-config-property --source=domain --propertyName=")
                        .append(property.getKey())
                        .append(" --propertyValue=")
                        .append(property.getValue())
                        .append('\n');
            } else {
                setConfigProperty(property.getKey(), property.getValue());
            }
        }
        if (commands.isEmpty()) {
            return;
        }
        Files.createDirectories(logDir);
        Path file = logDir.resolve(String.format("%02d-config-properties.asadmin", step + 1));
        Files.writeString(file, commands, StandardCharsets.UTF_8);
        Command set = require(
                "set-config-properties",
                Map.of(),
                asadmin("--port", Integer.toString(adminPort()), "multimode", "--file", file.toString()));
        // multimode goes on after a command that fails; each says so
        if (set.output().lines().anyMatch(l -> l.matches("(?i).*command set-config-property failed.*"))) {
            throw new IllegalStateException(set.describe() + tail(serverLog(), 60));
        }
    }

    /**
     * asadmin restart-domain, as an operator restarts the registry: the deployed EAR comes back by itself.
     * Answers once the registry answers HTTP again (see {@link #awaitRegistry}).
     */
    List<String> restart(Duration timeout) throws IOException, InterruptedException {
        require("restart-domain", Map.of(), asadmin("restart-domain", "--domaindir", domainsDir.toString(), name));
        pid = readPid();
        return awaitRegistry(timeout);
    }

    /**
     * Kills the server process with SIGKILL, as a power cut or the kernel's OOM killer ends it: no shutdown
     * hook, no connection closed, nothing flushed. Answers once the process is gone.
     */
    void kill() throws InterruptedException {
        ProcessHandle server =
                server().orElseThrow(() -> new IllegalStateException("domain " + name + " is not running"));
        server.destroyForcibly();
        if (!exited(server, 60)) {
            throw new IllegalStateException("PID " + server.pid() + " outlived SIGKILL for 60 s");
        }
    }

    /**
     * asadmin start-domain after a crash; answers once the registry answers again (see {@link #awaitRegistry}).
     * Prints how the time went: asadmin start-domain returns once the server has started, before the deployed
     * EAR has loaded; the registry answers once its application has loaded and its web modules have started.
     */
    List<String> start(Duration timeout) throws IOException, InterruptedException {
        long began = System.nanoTime();
        require("start-domain", Map.of(), asadmin("start-domain", "--domaindir", domainsDir.toString(), name));
        long started = System.nanoTime();
        pid = readPid();
        List<String> readyTooEarly = awaitRegistry(timeout);
        System.out.printf(
                "IT: domain %s: asadmin start-domain returned after %.1f s, the registry answered %.1f s later%n",
                name, (started - began) / 1e9, (System.nanoTime() - started) / 1e9);
        return readyTooEarly;
    }

    /**
     * Waits until the registry answers: its readiness UP, its REST API refusing an anonymous call (401, not 404)
     * and a WSDL served. Polls as a load balancer does, readiness first, and answers every poll at which readiness
     * said UP while REST or SOAP still answered 404 (none, when readiness tells the truth).
     */
    List<String> awaitRegistry(Duration timeout) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        String root = "http://127.0.0.1:" + httpPort();
        List<String> readyTooEarly = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            if (status(http, root + "/health/ready") == 200) {
                int rest = status(http, root + "/registry/api/v1/code-lists");
                int soap = status(http, root + "/registry/soap/ConsentService?wsdl");
                if (rest == 401 && soap == 200) {
                    return readyTooEarly;
                }
                if (rest == 404 || soap == 404) {
                    readyTooEarly.add(String.format(
                            "%.1f s: readiness UP, REST %d, SOAP %d", (System.nanoTime() - started) / 1e9, rest, soap));
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(
                "the registry in domain " + name + " did not answer within " + timeout + tail(serverLog(), 60));
    }

    private static int status(HttpClient http, String url) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** What the running server says it is, e.g. {@code Payara Server  6.2025.9 #badassfish (build 41)}. */
    String serverVersion() throws IOException, InterruptedException {
        Command version = require("version", Map.of(), asadmin("--port", Integer.toString(adminPort()), "version"));
        return version.output()
                .lines()
                .filter(l -> l.startsWith("Version = "))
                .map(l -> l.substring(10).replaceAll("\\s+", " "))
                .findFirst()
                .orElse(version.output().strip());
    }

    /** The data source class and database the server actually holds for the registry's pool, read back from it. */
    String poolDescription() throws IOException, InterruptedException {
        Command get = require(
                "get-pool",
                Map.of(),
                asadmin(
                        "--port",
                        Integer.toString(adminPort()),
                        "get",
                        "resources.jdbc-connection-pool.RegistryPool.*"));
        List<String> shown = List.of(
                "datasource-classname",
                "property.serverName",
                "property.portNumber",
                "property.databaseName",
                "property.user");
        return get.output()
                .lines()
                .filter(line -> shown.stream()
                        .anyMatch(key -> line.startsWith("resources.jdbc-connection-pool.RegistryPool." + key + "=")))
                .map(line -> line.substring("resources.jdbc-connection-pool.RegistryPool.".length()))
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("?");
    }

    /**
     * Stops our domain: asadmin stop-domain on its directory, then, if it is still alive, the PID it wrote
     * (only while that process is still the server of this domain directory).
     */
    void stop() {
        if (!created) {
            return;
        }
        try {
            Command stop =
                    run("stop-domain", Map.of(), asadmin("stop-domain", "--domaindir", domainsDir.toString(), name));
            Optional<ProcessHandle> server = server();
            if (server.isPresent() && !exited(server.get(), 30)) {
                System.out.println(
                        "IT: stop-domain left PID " + pid + " running (" + stop.describe() + "); terminating it");
                server.get().destroy();
                if (!exited(server.get(), 30)) {
                    server.get().destroyForcibly();
                }
            }
            System.out.println("IT: Payara domain " + name + " stopped");
        } catch (IOException e) {
            System.out.println("IT: stopping the Payara domain failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server process of this domain directory, by the PID it wrote, while it still is that process. */
    private Optional<ProcessHandle> server() {
        return (pid > 0 ? ProcessHandle.of(pid) : Optional.<ProcessHandle>empty()).filter(p -> p.info()
                .commandLine()
                .map(c -> c.contains(domainDir().toString()))
                .orElse(false));
    }

    private static boolean exited(ProcessHandle process, int seconds) throws InterruptedException {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    private long readPid() throws IOException {
        Path pidFile = domainDir().resolve("config/pid");
        return Files.exists(pidFile) ? Long.parseLong(Files.readString(pidFile).trim()) : -1;
    }

    private String[] asadmin(String... args) {
        List<String> command = new ArrayList<>();
        command.add(payaraHome.resolve("bin/asadmin").toString());
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    private Command require(String name, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        Command result = run(name, env, command);
        if (!result.ok()) {
            throw new IllegalStateException(result.describe() + tail(serverLog(), 60));
        }
        return result;
    }

    private Command run(String name, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(String.format("%02d-%s.log", ++step, name));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // asadmin's own client JVM is short-lived: C1 alone starts it sooner (the server's JVM options are the
        // domain's, from domain.xml, and not these)
        builder.environment().put("AS_EXTRA_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
        builder.environment().putAll(env);
        Process process = builder.start();
        int exit;
        if (process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            exit = process.exitValue();
        } else {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroyForcibly();
            exit = -1;
        }
        return new Command(String.join(" ", command), exit, Files.readString(log, StandardCharsets.UTF_8), log);
    }

    private static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return "\n--- last " + lines + " lines of " + file + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "\n(" + file + " unreadable: " + e + ")";
        }
    }

    private static void makeExecutable(Path bin) throws IOException {
        if (Files.isDirectory(bin)) {
            try (Stream<Path> files = Files.list(bin)) {
                files.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true));
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private record Command(String line, int exitCode, String output, Path log) {

        boolean ok() {
            return exitCode == 0;
        }

        String describe() {
            return "`" + line + "` " + (exitCode < 0 ? "timed out" : "exited " + exitCode) + " (log " + log + "):\n"
                    + output.strip();
        }
    }
}
