package org.returneeregistry.socialsecurity.application;

/**
 * A signed document's two forms (a statement of periods abroad, a decision notice): the JWS in its flattened JSON
 * serialisation, and the signed PDF.
 */
public record StatementDocument(String statementId, String signedJson, byte[] signedPdf) {

    public StatementDocument {
        signedPdf = signedPdf.clone();
    }

    @Override
    public byte[] signedPdf() {
        return signedPdf.clone();
    }
}
