package org.returneeregistry.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returneeregistry.shared.domain.Violation;

/**
 * Turns an XML Schema validation error into a violation: where it is (the element the validator
 * names, else the line and column), which XSD rule (the {@code cvc-…} constraint), and the
 * validator's sentence. Same form for SOAP and REST XML.
 */
public final class SchemaViolations {

    private static final Pattern RULE = Pattern.compile("^(cvc-[A-Za-z0-9.-]+):\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile("element '(?:[\\w.-]+:)?([\\w.-]+)'");

    private SchemaViolations() {
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
