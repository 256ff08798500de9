package org.returneeregistry.socialsecurity.application;

import org.returneeregistry.socialsecurity.domain.SignedDocument;

/**
 * A signed document's two forms (a statement of periods abroad, a decision notice): the JWS in its flattened JSON
 * serialisation, and the signed PDF.
 */
public record StatementDocument(String statementId, String signedJson, byte[] signedPdf) {

    public StatementDocument {
        signedPdf = signedPdf.clone();
    }

    /** Document {@code id}'s two forms as they were signed and stored. */
    static StatementDocument of(String id, SignedDocument signed) {
        return new StatementDocument(id, signed.signedJson(), signed.signedPdf());
    }

    @Override
    public byte[] signedPdf() {
        return signedPdf.clone();
    }
}
