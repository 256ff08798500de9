package org.returneeregistry.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returneeregistry.shared.domain.Violation;

/**
 * Turns an XML Schema validation error into a violation: where it is, which XSD rule (the
 * {@code cvc-…} constraint), and the validator's sentence. Same form for SOAP and REST XML.
 */
public final class SchemaViolations {

    private static final Pattern RULE = Pattern.compile("^(cvc-[A-Za-z0-9.-]+):\\s*(.*)$", Pattern.DOTALL);

    private SchemaViolations() {
    }

    public static Violation of(int line, int column, String message) {
        String text = message == null ? "" : message;
        Matcher m = RULE.matcher(text);
        String rule = m.matches() ? m.group(1) : "xml-schema";
        String sentence = m.matches() ? m.group(2) : text;
        String where = line < 0 ? "body" : "line " + line + ", column " + column;
        return new Violation(where, rule, sentence);
    }
}
