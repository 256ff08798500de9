package org.returneeregistry.agreement.domain;

/**
 * Why a scope row's data may cross (code list {@code scope-legal-basis}): the returnee's consent is still
 * required for each exchange, or the agreement itself is the legal basis.
 */
public enum ScopeLegalBasis {
    CONSENT_REQUIRED,
    AGREEMENT;

    public static final int LENGTH = 24;
}
