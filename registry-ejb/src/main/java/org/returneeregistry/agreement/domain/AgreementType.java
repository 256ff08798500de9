package org.returneeregistry.agreement.domain;

/** The kind of agreement (code list {@code agreement-type}). */
public enum AgreementType {
    LABOUR_MIGRATION,
    SOCIAL_SECURITY,
    DATA_SHARING_MOU;

    public static final int LENGTH = 32;
}
