package org.returneeregistry.returnee.rest;

/** One field a change touched, with its value before and after. */
public record FieldChange(String field, String from, String to) {

    static FieldChange from(org.returneeregistry.returnee.domain.FieldChange c) {
        return new FieldChange(c.field(), c.from(), c.to());
    }
}
