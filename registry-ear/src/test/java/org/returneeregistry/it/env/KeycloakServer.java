package org.returneeregistry.it.env;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.representations.idm.ComponentRepresentation;
import org.keycloak.representations.idm.KeysMetadataRepresentation.KeyMetadataRepresentation;

/**
 * A Keycloak server of our own with the registry's realm, started and stopped by the project's scripts in
 * config/keycloak (the same ones the run command uses) on a fresh data directory, with a provisioner secret
 * and a demo password made up for this run, and a master-realm administrator of the run's own (the
 * registry's realm is set up by its import; the administrator only adds the test run's token signing key,
 * see {@link #addTokenSigningKey()}). It is stopped by the PID start.sh recorded, and only while
 * that process still runs on our data directory.
 */
final class KeycloakServer {

    static final String REALM = "returnee-registry";
    /** The master realm's administrator of the test run's Keycloak. */
    private static final String ADMIN = "it-admin";
    /** start.sh waits this long for the realm; the script itself is given a minute more. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static final Duration SCRIPT_TIMEOUT = START_TIMEOUT.plusMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path home;
    private final Path configDir;
    private final Path dataDir;
    private final Path logDir;
    private final String provisionerSecret = "it-" + randomHex(24);
    private final String demoPassword = "it-" + randomHex(16);
    private final String consoleSecret = "it-" + randomHex(24);
    private final String adminPassword = "it-" + randomHex(16);
    private int port;
    /** start.sh while it runs; guarded by this, like {@link #stopped}. */
    private Process starting;

    private boolean stopped;
    private volatile boolean launched;

    KeycloakServer(Path home, Path configDir, Path workDir) {
        this.home = home;
        this.configDir = configDir;
        this.dataDir = workDir.resolve("keycloak-data");
        this.logDir = workDir.resolve("logs");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    String provisionerSecret() {
        return provisionerSecret;
    }

    String consoleSecret() {
        return consoleSecret;
    }

    String demoPassword() {
        return demoPassword;
    }

    Path log() {
        return dataDir.resolve("keycloak.log");
    }

    /** What the distribution says it is, e.g. {@code 26.7.3}. */
    String version() {
        try {
            return Files.readString(home.resolve("version.txt"))
                    .replaceFirst("(?s).*Version\\s*", "")
                    .strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Stops a server an interrupted earlier run left on our data directory, then removes the directory. */
    void removeLeftovers() throws IOException, InterruptedException {
        if (Files.isDirectory(dataDir)) {
            if (server().isPresent()) {
                System.out.println("IT: stopping the Keycloak an earlier run left running on " + dataDir);
                stopServer();
            }
            PayaraDomain.deleteTree(dataDir);
        }
    }

    /** start.sh: imports the realm, starts on 127.0.0.1:{@code port}, returns once the realm answers. */
    void start(int port) throws IOException, InterruptedException {
        this.port = port;
        Files.createDirectories(logDir);
        Path log = logDir.resolve("keycloak-start.log");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        configDir.resolve("start.sh").toString(),
                        home.toString(),
                        dataDir.toString(),
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment()
                .putAll(Map.of(
                        "JAVA_HOME", System.getProperty("java.home"),
                        "REGISTRY_PROVISIONER_SECRET", provisionerSecret,
                        "REGISTRY_DEMO_PASSWORD", demoPassword,
                        "REGISTRY_CONSOLE_SECRET", consoleSecret,
                        "KEYCLOAK_START_TIMEOUT", Long.toString(START_TIMEOUT.toSeconds()),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                        // the issuer follows the address asked, so a test can take a token that differs in its issuer
                        // only
                        "KEYCLOAK_HOSTNAME", "dynamic"));
        Process script;
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException("Keycloak was stopped before it was started");
            }
            launched = true;
            script = builder.start();
            starting = script;
        }
        try {
            if (!script.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                script.destroyForcibly();
                throw new IllegalStateException(
                        "config/keycloak/start.sh did not finish within " + SCRIPT_TIMEOUT.toMinutes() + " min (log "
                                + log + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            if (script.exitValue() != 0) {
                throw new IllegalStateException("config/keycloak/start.sh exited " + script.exitValue() + " (log " + log
                        + "):\n" + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
        } finally {
            synchronized (this) {
                starting = null;
            }
        }
    }

    /**
     * Adds an RSA key of the test run's own to the realm's keys, with the lowest priority, so Keycloak goes on
     * signing with its own key but publishes this one too: a token the tests sign with it verifies like one
     * Keycloak issued, and the tests can give it any claim, e.g. an expiry already past. Called before the
     * registry is deployed, so the registry's first look at the realm's keys already finds it.
     */
    TokenSigningKey addTokenSigningKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        try (Keycloak master = master()) {
            RealmResource realm = master.realm(REALM);
            ComponentRepresentation key = new ComponentRepresentation();
            key.setName("it-token-signing-key");
            key.setProviderId("rsa");
            key.setProviderType("org.keycloak.keys.KeyProvider");
            key.setParentId(realm.toRepresentation().getId());
            MultivaluedHashMap<String, String> config = new MultivaluedHashMap<>();
            config.putSingle("privateKey", pem);
            config.putSingle("priority", "1");
            config.putSingle("enabled", "true");
            config.putSingle("active", "true");
            config.putSingle("algorithm", "RS256");
            key.setConfig(config);
            String component;
            try (var created = realm.components().add(key)) {
                component = CreatedResponseUtil.getCreatedId(created);
            }
            KeyMetadataRepresentation published = realm.keys().getKeyMetadata().getKeys().stream()
                    .filter(k -> component.equals(k.getProviderId()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak lists no key of component " + component));
            return new TokenSigningKey(published.getKid(), pair.getPrivate());
        }
    }

    /**
     * Adds a realm of another registry to this server: the registry's realm file (the one start.sh imports), with
     * this run's secrets and demo password, renamed {@code realm}, its demo people belonging to the organisation
     * {@code operatorCode} instead of the file's operator. The other registry's people and the systems it registers
     * then take tokens from this realm, which the first registry does not trust (another issuer).
     */
    void createRealm(String realm, String displayName, String fileOperator, String operatorCode) throws IOException {
        String json = Files.readString(configDir.resolve(REALM + "-realm.json"), StandardCharsets.UTF_8)
                .replace("${REGISTRY_PROVISIONER_SECRET}", provisionerSecret)
                .replace("${REGISTRY_DEMO_PASSWORD}", demoPassword)
                .replace("${REGISTRY_CONSOLE_SECRET}", consoleSecret)
                .replace("\"" + fileOperator + "\"", "\"" + operatorCode + "\"");
        jakarta.json.JsonObject file;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            file = reader.readObject();
        }
        // only the operator's people: the file's mission officer belongs to the first registry's world
        jakarta.json.JsonArrayBuilder users = jakarta.json.Json.createArrayBuilder();
        file.getJsonArray("users").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(u -> !u.containsKey("attributes")
                        || !u.getJsonObject("attributes").containsKey("organisation")
                        || u.getJsonObject("attributes").toString().contains("\"" + operatorCode + "\""))
                .forEach(users::add);
        String representation = jakarta.json.Json.createObjectBuilder(file)
                .add("realm", realm)
                .add("displayName", displayName)
                .add("users", users)
                .build()
                .toString();
        try (Keycloak master = master()) {
            String token = master.tokenManager().getAccessTokenString();
            java.net.http.HttpResponse<String> created = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + "/admin/realms"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofMinutes(2))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(representation))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak did not create the realm " + realm + ": "
                        + created.statusCode() + " " + created.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Keycloak master() {
        return KeycloakBuilder.builder()
                .serverUrl(url())
                .realm("master")
                .clientId("admin-cli")
                .grantType("password")
                .username(ADMIN)
                .password(adminPassword)
                .build();
    }

    /**
     * stop.sh on our data directory; if the server still runs afterwards, its process tree is ended here.
     * A start still in progress is cut short first (the server it launched is then stopped by its PID).
     */
    void stop() {
        Process start;
        synchronized (this) {
            stopped = true;
            start = starting;
        }
        if (!launched) {
            return;
        }
        try {
            if (start != null) {
                start.destroy();
                start.waitFor(10, TimeUnit.SECONDS);
            }
            stopServer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        launched = false;
    }

    private void stopServer() throws InterruptedException {
        try {
            Optional<ProcessHandle> server = server();
            List<ProcessHandle> tree = server.map(p -> p.descendants().toList()).orElse(List.of());
            Files.createDirectories(logDir);
            Process stop = new ProcessBuilder(
                            "bash", configDir.resolve("stop.sh").toString(), dataDir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(logDir.resolve("keycloak-stop.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!stop.waitFor(90, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
            // Checked by command line, not isAlive(): an exited server stays a zombie until init reaps it.
            Optional<ProcessHandle> left = server();
            if (left.isPresent()) {
                System.out.println(
                        "IT: stop.sh left Keycloak (PID " + left.get().pid() + ") running; terminating it");
                left.get().destroy();
                tree.forEach(ProcessHandle::destroy);
                if (!exited(left.get(), 30)) {
                    left.get().destroyForcibly();
                    tree.forEach(ProcessHandle::destroyForcibly);
                }
            }
            System.out.println("IT: Keycloak stopped");
        } catch (IOException e) {
            System.out.println("IT: stopping Keycloak failed: " + e);
        }
    }

    /** The server start.sh launched, by the PID it recorded, while that process still runs on our data directory. */
    private Optional<ProcessHandle> server() throws IOException {
        Path pidFile = dataDir.resolve("keycloak.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        return ProcessHandle.of(pid).filter(p -> commandLine(p).contains(dataDir + "/"));
    }

    /** The full command line (ProcessHandle.Info may truncate it), from /proc. */
    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return process.info().commandLine().orElse("");
        }
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

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
