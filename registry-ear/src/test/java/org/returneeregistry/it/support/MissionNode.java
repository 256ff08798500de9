package org.returneeregistry.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A mission node as a mission runs it: the module's WAR on Payara Micro, in a process of its own on 127.0.0.1,
 * started with the documented command and environment (on a JVM that compiles with C1 alone, as the tests' other
 * short-lived JVMs do) and stopped (or killed) by its PID. An officer's session
 * drives it over HTTP: the login form, the capture form and the node's JSON API.
 */
public final class MissionNode implements AutoCloseable {

    public static final String OFFICER = "officer.it";
    public static final String OFFICER_PASSWORD = "officer-it-password-1";
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");
    /** Grizzly's line once the node's listener is bound, with the port Payara Micro took. */
    private static final Pattern BOUND = Pattern.compile(
            "Network Listener http-listener started in: [0-9,.]+ ?ms - bound to \\[/127\\.0\\.0\\.1:(\\d+)\\]");
    /**
     * Payara Micro's lines when its boot failed (the process then lingers without serving anything) or the node's
     * deployment failed (Payara Micro then says it is ready all the same, and the node's pages never come).
     */
    private static final List<String> FAILED = List.of("Failed to start, exiting", "Exception while loading the app");
    /** Lines of a log that say what went wrong. */
    private static final Pattern TROUBLE = Pattern.compile("SEVERE|^Caused by: |Exception: ");

    private static final int TAIL_LINES = 40;
    private static final int TROUBLE_LINES = 10;

    private static Socket unreachable;

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http;

    private MissionNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A fresh data directory for a node, under the test run's work directory. */
    public static Path newDataDirectory() throws IOException {
        return Files.createTempDirectory(Path.of(System.getProperty("registry.it.workDir", "target/it")), "node-");
    }

    /**
     * The settings of a node's first start for {@code mission}: its passphrase, the first officer ({@link #OFFICER}),
     * the mission system's client secret and the registry's token endpoint, the registry at {@code registryUrl}, a sync
     * only when asked for, and a sent batch's outcome asked for every 100 ms. A test adds or changes its own.
     */
    public static Map<String, String> firstStart(
            String mission, String clientSecret, String passphrase, String registryUrl) {
        Map<String, String> settings = new HashMap<>();
        settings.put("NODE_PASSPHRASE", passphrase);
        settings.put("NODE_MISSION_CODE", mission);
        settings.put("NODE_FIRST_OFFICER", OFFICER);
        settings.put("NODE_FIRST_OFFICER_PASSWORD", OFFICER_PASSWORD);
        settings.put("NODE_CLIENT_SECRET", clientSecret);
        settings.put("NODE_TOKEN_ENDPOINT", Callers.tokenEndpoint());
        settings.put("NODE_REGISTRY_URL", registryUrl);
        settings.put("NODE_SYNC_INTERVAL", "PT1H");
        settings.put("NODE_BATCH_POLL", "PT0.1S");
        return settings;
    }

    /**
     * The settings of the same node's later starts, online: the client secret and the first officer's password are
     * kept in its encrypted store since the first start.
     */
    public static Map<String, String> laterStartOnline(Map<String, String> firstStart) {
        Map<String, String> settings = new HashMap<>(firstStart);
        settings.put("NODE_REGISTRY_URL", RegistryApi.baseUrl());
        settings.remove("NODE_CLIENT_SECRET");
        settings.remove("NODE_FIRST_OFFICER_PASSWORD");
        return settings;
    }

    /**
     * Starts a node and waits until it serves its login page. Payara Micro is given a free port to start from and
     * takes the next free one if that is gone meanwhile ({@code --autobindhttp}: another node starting side by side, or
     * any connection's local port, may take it between the choice and the bind; without it Payara Micro logs "Failed to
     * start, exiting" and lingers without a listener); the port it bound is read from its own log, so the harness never
     * talks to another node. A node whose process ends, or whose boot or deployment fails, fails the start at once
     * (and is killed) with its log's first errors and last lines; so does a node not ready within
     * {@link #START_LIMIT}.
     *
     * @param environment the node's settings (NODE_...), the passphrase among them
     */
    public static MissionNode start(Path dataDir, Map<String, String> environment, String name) {
        Path work = Path.of(System.getProperty("registry.it.workDir", "target/it"));
        Path log = work.resolve("mission-node-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // a short-lived node: C1 alone compiles its boot with less of the two cores than C1 and C2
                        "-XX:TieredStopAtLevel=1",
                        "-Xshare:auto",
                        "-jar",
                        System.getProperty("registry.it.payaraMicro"),
                        "--deploy",
                        System.getProperty("registry.it.missionNodeWar"),
                        "--contextroot",
                        "/",
                        "--port",
                        Integer.toString(freePort()),
                        "--autobindhttp",
                        "--nocluster",
                        "--prebootcommandfile",
                        System.getProperty("registry.it.missionNodePreboot"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("NODE_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        Process process;
        try {
            work.toFile().mkdirs();
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the mission node", e);
        }
        try {
            return awaitReady(process, log);
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A registry URL nothing answers, for a node offline: its port is held, bound but not listening, for the rest of
     * the run, so a connection to it is refused and no node (nor anything else) can listen on it. A port that was
     * merely free when chosen may be taken by the next node started.
     */
    public static synchronized String unreachableRegistryUrl() {
        if (unreachable == null) {
            try {
                Socket held = new Socket();
                held.bind(new InetSocketAddress("127.0.0.1", 0));
                unreachable = held;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + unreachable.getLocalPort() + "/registry";
    }

    public long pid() {
        return process.pid();
    }

    /** The node's console output (Payara Micro's log). */
    public Path log() {
        return log;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /**
     * Waits for the node's HTTP listener (its port from the log), its login page and the end of Payara Micro's boot,
     * failing at once when the process ends or the boot fails.
     */
    private static MissionNode awaitReady(Process process, Path log) {
        long started = System.nanoTime();
        long deadline = started + START_LIMIT.toNanos();
        MissionNode node = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the mission node exited with " + process.exitValue() + " after "
                        + seconds(started) + " s, before it was ready; " + tail(log));
            }
            String text = read(log);
            for (String failed : FAILED) {
                if (text.contains(failed)) {
                    throw new IllegalStateException("the mission node failed to start after " + seconds(started)
                            + " s (\"" + failed + "\"); " + tail(log));
                }
            }
            if (node == null) {
                Matcher bound = BOUND.matcher(text);
                if (bound.find()) {
                    node = new MissionNode(process, Integer.parseInt(bound.group(1)), log);
                }
            }
            // the page may answer while the boot still runs: the log says when it is done
            if (node != null && node.servesLoginPage() && text.contains(" ready in ")) {
                return node;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the mission node did not serve its login page within " + START_LIMIT
                + (node == null ? " (no HTTP listener bound)" : " (listening on " + node.url() + ")") + "; "
                + tail(log));
    }

    private boolean servesLoginPage() {
        try {
            return http.send(
                                    request("login")
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** The log's first lines that say what went wrong and its last lines, for a failure's message. */
    static String tail(Path log) {
        List<String> lines = read(log).lines().toList();
        List<String> trouble = lines.stream()
                .filter(l -> TROUBLE.matcher(l).find())
                .limit(TROUBLE_LINES)
                .toList();
        return (trouble.isEmpty() ? "" : "its first errors:\n" + String.join("\n", trouble) + "\n") + "the last "
                + Math.min(TAIL_LINES, lines.size()) + " lines of " + log + ":\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    /** Another browser on the same node: a session of its own, nobody logged in. Do not close it. */
    public MissionNode anotherSession() {
        return new MissionNode(process, port, log);
    }

    /** Tries to log in; answers whether the node then serves this session its API. */
    public boolean tryLogin(String officer, String password) {
        send(request(""));
        send(request("j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("j_username", officer, "j_password", password)))));
        send(request(""));
        return get("api/notifications").statusCode() == 200;
    }

    /** Logs the officer in through the login form (a session cookie from then on). */
    public MissionNode login(String officer, String password) {
        send(request(""));
        HttpResponse<String> answer = send(request("j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("j_username", officer, "j_password", password)))));
        assertEquals(302, answer.statusCode(), () -> "login: " + answer.statusCode() + " " + answer.body());
        // the form mechanism sends the officer back to the page first asked for
        assertEquals(200, send(request("")).statusCode());
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path));
    }

    /** POSTs a JSON body to the node's API ({@code path} below {@code /api/}). */
    public HttpResponse<String> postJson(String path, JsonObject body) {
        return send(request("api/" + path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The node's own list ({@code GET /api/notifications}). */
    /**
     * After a sync that should have sent everything: nothing is waiting, each of the {@code expected} notifications is
     * acknowledged with a registry number of its own (no two on one returnee), and a second sync sends nothing.
     */
    public void assertEachAcknowledgedOnce(int expected) {
        JsonObject after = notifications();
        assertEquals(0, after.getInt("waiting"), after::toString);
        Set<String> numbers = new HashSet<>();
        for (JsonObject item : after.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("ACKNOWLEDGED", item.getString("status"), item::toString);
            numbers.add(item.getString("registryNumber"));
        }
        assertEquals(expected, numbers.size(), "two notifications on one returnee");
        assertEquals(0, sync().getInt("sent"), "a second sync sent something again");
    }

    public JsonObject notifications() {
        HttpResponse<String> answer = get("api/notifications");
        assertEquals(200, answer.statusCode(), answer::body);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    public JsonObject sync() {
        HttpResponse<String> answer = postJson("sync", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, answer.statusCode(), answer::body);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** Posts the capture form as a browser does: the page's form token and the fields. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String page = get(path.startsWith("capture") ? "capture" : "").body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no form token on " + path + ": " + page);
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("csrf", csrf.group(1));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))));
    }

    /** The ids of the node's notifications in a status. */
    public List<String> ids(String status) {
        List<String> ids = new ArrayList<>();
        for (JsonObject item : notifications().getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (item.getString("status").equals(status)) {
                ids.add(item.getString("notificationId"));
            }
        }
        return ids;
    }

    /** SIGKILL: no shutdown hook, no flush. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(120));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("mission node at " + url(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
