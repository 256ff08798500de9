package org.returneeregistry.shared.domain;

/** One broken rule of an input: which field, which rule, and a sentence for people. */
public record Violation(String field, String rule, String message) {
}
