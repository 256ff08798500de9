package org.returneeregistry.consent.application;

import java.time.Instant;

/**
 * The registry's document-signing key, as the consent context needs it for the documents it hands to people (a
 * returnee's access report): a PAdES signature over a PDF, verifiable offline against the published statement keys.
 * The social security context, which holds the key, implements it.
 */
public interface DocumentSigning {

    /** The id of the key documents are signed with now. */
    String keyId();

    /** {@code pdf} with a detached CMS signature (PAdES baseline B) by the signing key. */
    byte[] signPdf(byte[] pdf, String reason, Instant at);
}
