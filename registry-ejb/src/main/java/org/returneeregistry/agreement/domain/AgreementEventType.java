package org.returneeregistry.agreement.domain;

/** What happened to an agreement. */
public enum AgreementEventType {
    REGISTERED,
    AMENDED,
    PUT_IN_FORCE,
    SUSPENDED,
    RESUMED,
    TERMINATED,
    CERTIFICATE_ATTACHED,
    CERTIFICATE_REVOKED,
    ENDPOINT_SET;

    public static final int LENGTH = 24;
}
