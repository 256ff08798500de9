package org.returneeregistry.notification.domain;

/** Whether a notification attached to a returnee already registered or registered a new one. */
public enum MatchOutcome {
    MATCHED_EXISTING,
    CREATED_NEW
}
