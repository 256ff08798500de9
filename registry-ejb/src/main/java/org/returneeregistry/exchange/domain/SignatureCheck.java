package org.returneeregistry.exchange.domain;

/**
 * What WS-Security verification found in an inbound message, before anything about its sender is asked: whether
 * it is signed, whether the Body and the Timestamp are both covered by the signature, and whether the signature
 * holds. Only {@link #VALID} lets the message on to the agreement's checks.
 */
public enum SignatureCheck {
    /** Signed with the key of its X.509 token over the Body and the Timestamp, and every digest matches. */
    VALID,
    /** No WS-Security header or no signature in it. */
    MISSING,
    /** The signature value does not verify with the key of the certificate it names. */
    INVALID,
    /** The signature value holds, but a signed part (the Body) was changed after signing. */
    BODY_ALTERED,
    /** The signature does not cover the SOAP Body the message carries. */
    BODY_NOT_SIGNED,
    /** No WS-Security Timestamp. */
    TIMESTAMP_MISSING,
    /** A Timestamp the signature does not cover. */
    TIMESTAMP_NOT_SIGNED
}
