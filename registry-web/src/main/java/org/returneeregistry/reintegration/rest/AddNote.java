package org.returneeregistry.reintegration.rest;

/** The body of a progress note. */
public record AddNote(String text) {

    org.returneeregistry.reintegration.application.AddNote toCommand() {
        return new org.returneeregistry.reintegration.application.AddNote(text);
    }
}
