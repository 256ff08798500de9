package org.returneeregistry.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returneeregistry.shared.domain.Violation;

/**
 * Turns an XML Schema validation error into a violation: where it is (the element the validator
 * names, else the line and column), which XSD rule (the {@code cvc-…} constraint), and the
 * validator's sentence. Same form for SOAP and REST XML.
 *
 * <p>Facet errors (an unknown code, a pattern, a length) are left to the application's own
 * validation, which checks the same rules and names the field by its path, alongside the rules XSD
 * cannot express (a birth date in the future) — so a caller gets every violation in one answer.
 * What the schema alone can see — an impossible date, an unexpected or missing element, a wrong
 * type — is kept, and refuses the request before the application runs.
 */
public final class SchemaViolations {

    private static final Pattern RULE = Pattern.compile("^(cvc-[A-Za-z0-9.-]+):\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile("element '(?:\\{\"[^\"]*\":)?(?:[\\w.-]+:)?([\\w.-]+)\\}?'");

    private SchemaViolations() {
    }

    private static final Pattern FACET = Pattern.compile(
            "cvc-(enumeration|pattern|length|minLength|maxLength|minInclusive|maxInclusive|minExclusive"
                    + "|maxExclusive|totalDigits|fractionDigits)-valid");
    private static final String TYPE_OF_ELEMENT = "cvc-type.3.1.3";

    /** Collects the violations of one document, leaving out facet errors and their companion. */
    public static final class Collector {
        private final List<Violation> kept = new ArrayList<>();
        private boolean lastWasFacet;

        public void add(int line, int column, String message) {
            Violation v = of(line, column, message);
            boolean facet = FACET.matcher(v.rule()).matches();
            boolean companion = lastWasFacet && TYPE_OF_ELEMENT.equals(v.rule());
            lastWasFacet = facet;
            if (!facet && !companion) {
                kept.add(v);
            }
        }

        public List<Violation> violations() {
            return List.copyOf(kept);
        }
    }

    public static Violation of(int line, int column, String message) {
        String text = message == null ? "" : message;
        Matcher m = RULE.matcher(text);
        String rule = m.matches() ? m.group(1) : "xml-schema";
        String sentence = m.matches() ? m.group(2) : text;
        Matcher element = ELEMENT.matcher(sentence);
        String where = element.find() ? element.group(1)
                : line < 0 ? "body" : "line " + line + ", column " + column;
        return new Violation(where, rule, sentence);
    }
}
