package org.returneeregistry.agreement.application;

/** Where an agreement stands: its type and status (codes of their lists) and its current version. */
public record AgreementStanding(String agreementId, String type, String status, int currentVersion) {}
