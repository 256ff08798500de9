package org.returneeregistry.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's texts in both of its languages: every key a page names exists in the base (English) bundle, every
 * English text has a Nepali one with the same placeholders, and no text carries a control character. A missing
 * Nepali text would otherwise fall back to English without a word; the browser tests drive the pages, this test
 * holds the bundles to completeness.
 */
class MessagesTest {

    private static final String BUNDLE = "/" + ConsoleLocale.BUNDLE.replace('.', '/');
    /** A key a page names literally: {@code #{msg['some.key']}} or {@code #{msg.key}}. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^'\\\\]+)'\\]|msg\\.([A-Za-z0-9_]+)");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]");

    @Test
    void everyKeyAPageNamesHasAnEnglishText() throws IOException {
        Properties english = bundle("");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    named.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertTrue(named.size() > 100, "the pages name the console's texts: " + named.size());
        Set<String> missing =
                named.stream().filter(k -> !english.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys the pages name without an English text");
    }

    @Test
    void everyEnglishTextHasANepaliTextWithTheSamePlaceholders() throws IOException {
        Properties english = bundle("");
        Properties nepali = bundle("_ne");
        Set<String> untranslated = new TreeSet<>();
        Set<String> placeholders = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String ne = nepali.getProperty(key);
            if (ne == null || ne.isBlank()) {
                untranslated.add(key);
            } else if (!placeholders(english.getProperty(key)).equals(placeholders(ne))) {
                placeholders.add(key + ": " + english.getProperty(key) + " / " + ne);
            }
        }
        assertEquals(Set.of(), untranslated, "English texts without a Nepali text");
        assertEquals(Set.of(), placeholders, "Nepali texts whose placeholders differ from the English");
        // a refusal's rule is worded in Nepali by "violation.<rule>"; in English the registry's own message stands
        Set<String> stray = nepali.stringPropertyNames().stream()
                .filter(k -> !english.containsKey(k) && !k.startsWith(Violations.RULE_TEXT))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), stray, "Nepali texts for keys the English bundle does not have");
    }

    @Test
    void noTextCarriesAControlCharacter() throws IOException {
        for (String suffix : new String[] {"", "_ne"}) {
            Properties texts = bundle(suffix);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(
                        !CONTROL.matcher(texts.getProperty(key)).find(),
                        "messages" + suffix + " " + key + " carries a control character");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            assertTrue(in != null, "bundle messages" + suffix + " is on the class path");
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertTrue(texts.size() > 100, "bundle messages" + suffix + " has the console's texts: " + texts.size());
        return texts;
    }
}
