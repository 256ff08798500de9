package org.returneeregistry.socialsecurity.application;

import java.time.LocalDate;

/**
 * The public answer about a statement id and digest (what a statement's QR code carries): whether the registry
 * issued a statement with that id whose signed payload has that digest, and if so the day it was issued and the
 * key that signed it. Nothing about the person.
 */
public record StatementVerification(String statementId, boolean valid, LocalDate issuedOn, String keyId) {}
