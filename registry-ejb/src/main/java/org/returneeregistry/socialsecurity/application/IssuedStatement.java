package org.returneeregistry.socialsecurity.application;

/** A statement as issued, with both its signed forms (for a protocol that hands them out in the same answer). */
public record IssuedStatement(StatementView view, StatementDocument document) {}
