package org.returneeregistry.agreement.domain;

/**
 * Where an agreement stands (code list {@code agreement-status}): DRAFT → IN_FORCE → SUSPENDED ↔ IN_FORCE →
 * TERMINATED. Only an agreement IN_FORCE lets data cross a border; TERMINATED is final.
 */
public enum AgreementStatus {
    DRAFT,
    IN_FORCE,
    SUSPENDED,
    TERMINATED;

    public static final int LENGTH = 16;
}
