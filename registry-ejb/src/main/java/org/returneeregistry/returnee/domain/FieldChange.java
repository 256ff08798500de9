package org.returneeregistry.returnee.domain;

/** One field's value before and after a change, as kept in history. */
public record FieldChange(String field, String from, String to) {
}
