package org.returneeregistry.socialsecurity.application;

/** A decision notice as issued, with both its signed forms. */
public record IssuedNotice(DecisionNoticeView view, StatementDocument document) {}
