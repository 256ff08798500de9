package org.returneeregistry.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The examples of an integrator's guide in docs/, each the fenced block after an
 * {@code <!-- example: NAME -->} comment, read as written: the text of a block, a request written as HTTP
 * ({@code METHOD PATH}, header lines, a blank line, the body) or a block of {@code curl} commands. The
 * tests change only what a reader must change too — the token, the server's address, identifiers that
 * name records of the test run — and send the rest unchanged.
 */
public final class GuideExamples {

    private static final Pattern REQUEST_LINE = Pattern.compile("(GET|POST|PUT|DELETE|PATCH) (\\S+).*");
    private static final Pattern HEADER = Pattern.compile("([A-Za-z-]+):\\s*(.*)");
    /** Where the guides' commands send to: the run command's address. */
    private static final String GUIDES_BASE = "http://127.0.0.1:8080/registry";

    private final Path guide;
    private final String text;

    private GuideExamples(Path guide, String text) {
        this.guide = guide;
        this.text = text;
    }

    /** The guide docs/{@code name}, read from the working tree. */
    public static GuideExamples of(String name) {
        Path guide = Path.of("..", "docs", name);
        try {
            return new GuideExamples(guide, Files.readString(guide, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example's block, its indentation (a block inside a list item) removed. */
    public String text(String name) {
        Matcher m = Pattern.compile(
                        "<!-- example: " + Pattern.quote(name) + " -->\\s*```\\w*\\n(.*?)^\\s*```",
                        Pattern.DOTALL | Pattern.MULTILINE)
                .matcher(text);
        assertTrue(m.find(), () -> guide + " has no example named " + name);
        List<String> lines = m.group(1).lines().toList();
        int indent = lines.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream()
                .map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * The example's requests written as HTTP: each {@code METHOD PATH} line (words after the path are the
     * guide's comments; an indented line that goes on with {@code &} continues the query), its header lines,
     * and after a blank line its body, up to the next request line.
     */
    public List<Written> requests(String name) {
        List<Written> requests = new ArrayList<>();
        Written current = null;
        boolean inBody = false;
        StringBuilder body = new StringBuilder();
        for (String line : text(name).lines().toList()) {
            Matcher request = REQUEST_LINE.matcher(line);
            if (request.matches()) {
                if (current != null) {
                    requests.add(current.withBody(body.toString().strip()));
                }
                current = new Written(request.group(1), request.group(2), new LinkedHashMap<>(), "");
                inBody = false;
                body.setLength(0);
            } else if (current == null) {
                throw new AssertionError(guide + ", example " + name + ": no request line before: " + line);
            } else if (!inBody && line.startsWith(" ") && line.strip().startsWith("&")) {
                current = new Written(current.method(), current.target() + line.strip(), current.headers(), "");
            } else if (!inBody && HEADER.matcher(line).matches()) {
                Matcher header = HEADER.matcher(line);
                header.matches();
                current.headers().put(header.group(1), header.group(2));
            } else if (!inBody && line.isBlank()) {
                inBody = true;
            } else {
                inBody = true;
                body.append(line).append('\n');
            }
        }
        assertTrue(current != null, () -> guide + ", example " + name + ": no request");
        requests.add(current.withBody(body.toString().strip()));
        return requests;
    }

    /** The one request of an example written as HTTP. */
    public Written request(String name) {
        List<Written> requests = requests(name);
        assertEquals(1, requests.size(), () -> guide + ", example " + name + ": " + requests);
        return requests.get(0);
    }

    /**
     * The example's {@code curl} commands (a line ending in a backslash goes on; {@code #} starts a comment):
     * {@code -X} the method, {@code -H} a header, {@code -d} form or body data (POST; several are joined with
     * {@code &} as curl joins them), {@code -s} and {@code -i} change only what curl prints.
     */
    public List<Written> curls(String name) {
        List<Written> commands = new ArrayList<>();
        String joined = text(name).replace("\\\n", " ");
        for (String line : joined.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = words(line);
            assertEquals("curl", words.get(0), () -> guide + ", example " + name + ": not a curl command: " + line);
            String method = null;
            String url = null;
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> data = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                switch (word) {
                    case "-X" -> method = words.get(++i);
                    case "-H" -> {
                        Matcher header = HEADER.matcher(words.get(++i));
                        assertTrue(header.matches(), () -> "a header: " + line);
                        headers.put(header.group(1), header.group(2));
                    }
                    case "-d", "--data", "--data-binary" -> data.add(words.get(++i));
                    case "-s", "-i", "-si" -> {
                        // what curl prints, not what it sends
                    }
                    default -> {
                        assertTrue(
                                !word.startsWith("-") && url == null, () -> "an option the tests do not know: " + word);
                        url = word;
                    }
                }
            }
            if (!data.isEmpty()) {
                headers.putIfAbsent("Content-Type", "application/x-www-form-urlencoded");
            }
            commands.add(new Written(
                    method != null ? method : data.isEmpty() ? "GET" : "POST", url, headers, String.join("&", data)));
        }
        return commands;
    }

    /** Shell words: blanks separate; single quotes keep everything; double quotes keep all but {@code $NAME}. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** One request as the guide writes it. */
    public record Written(String method, String target, Map<String, String> headers, String body) {

        Written withBody(String newBody) {
            return new Written(method, target, headers, newBody);
        }

        /** The same request with {@code written} replaced by {@code actual} wherever it occurs. */
        public Written with(String written, String actual) {
            Map<String, String> replaced = new LinkedHashMap<>();
            headers.forEach((k, v) -> replaced.put(k, v.replace(written, actual)));
            return new Written(method, target.replace(written, actual), replaced, body.replace(written, actual));
        }

        /** The same request with a header the guide leaves to the reader (e.g. the Content-Type of a body). */
        public Written header(String name, String value) {
            Map<String, String> added = new LinkedHashMap<>(headers);
            added.put(name, value);
            return new Written(method, target, added, body);
        }

        /**
         * Sends the request to the test run's registry (the guides' {@code http://127.0.0.1:8080/registry}, a
         * path under {@code /registry}, or a path under the API) or to another absolute URL, with
         * {@code authorization} as its Authorization header (in place of the guide's {@code <token>} or
         * {@code $TOKEN}); with {@code null}, without one.
         */
        public RegistryApi.Answer send(String authorization) {
            String url = target.startsWith(GUIDES_BASE)
                    ? RegistryApi.baseUrl() + target.substring(GUIDES_BASE.length())
                    : target.startsWith("/registry/")
                            ? RegistryApi.baseUrl() + target.substring("/registry".length())
                            : target.startsWith("/") ? RegistryApi.baseUrl() + RegistryApi.API + target : target;
            HttpRequest.Builder request = HttpRequest.newBuilder(RegistryApi.uri(url));
            headers.forEach((name, value) -> {
                if (!name.equalsIgnoreCase("Authorization")) {
                    request.header(name, value);
                }
            });
            request.method(
                    method,
                    body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            return authorization == null
                    ? RegistryApi.sendAnonymously(request)
                    : RegistryApi.sendAnonymously(request.header("Authorization", authorization));
        }
    }
}
