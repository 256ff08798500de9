package org.returneeregistry.reintegration.domain;

/** What opened a case: a mission's notification, a registrar's direct registration, or a registrar's decision. */
public enum CaseTrigger {
    NOTIFICATION,
    REGISTRATION,
    REGISTRAR;

    public static final int LENGTH = 16;
}
