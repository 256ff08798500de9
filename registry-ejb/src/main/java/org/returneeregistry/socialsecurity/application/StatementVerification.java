package org.returneeregistry.socialsecurity.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.returneeregistry.socialsecurity.domain.SignedDocument;

/**
 * The public answer about a statement id and digest (what a statement's QR code carries): whether the registry
 * issued a statement with that id whose signed payload has that digest, and if so the day it was issued and the
 * key that signed it. Nothing about the person.
 */
public record StatementVerification(String statementId, boolean valid, LocalDate issuedOn, String keyId) {

    /** Document {@code id} was issued: the day (UTC) and the key that signed it. */
    static StatementVerification issued(String id, SignedDocument signed) {
        return new StatementVerification(
                id, true, LocalDate.ofInstant(signed.issuedAt(), ZoneOffset.UTC), signed.keyId());
    }

    /** No document {@code id} with the digest asked about was issued. */
    static StatementVerification notIssued(String id) {
        return new StatementVerification(id, false, null, null);
    }
}
