package org.returneeregistry.notification.domain;

/**
 * Whether a notification attached to a returnee already registered, registered a new one, or waits for
 * a registrar because the identifier it shares with a registered returnee is not confirmed by name and
 * date of birth.
 */
public enum MatchOutcome {
    MATCHED_EXISTING,
    CREATED_NEW,
    PENDING_REVIEW
}
