package org.returneeregistry.reintegration.domain;

/** What gave rise to a referral: a mission's urgent need in a return notification, or a registrar's assessment. */
public enum ReferralSource {
    NOTIFICATION,
    ASSESSMENT;

    public static final int LENGTH = 16;
}
