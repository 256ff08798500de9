package org.returneeregistry.reintegration.domain;

/** What happened to a case, as its history records it. */
public enum CaseEventType {
    OPENED,
    ASSIGNED,
    TRANSFERRED,
    ASSESSED,
    GOAL_ADDED,
    ACTION_ADDED,
    ACTION_DONE,
    ACTION_CANCELLED,
    REFERRAL_LINKED,
    NOTE,
    FOLLOWED_UP,
    CLOSED;

    public static final int LENGTH = 24;
}
