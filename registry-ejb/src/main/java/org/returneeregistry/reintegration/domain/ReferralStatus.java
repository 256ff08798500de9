package org.returneeregistry.reintegration.domain;

/**
 * Where a referral stands. UNROUTED waits for a registrar to name its recipient; SENT waits for the
 * recipient; DECLINED and COMPLETED are final.
 */
public enum ReferralStatus {
    UNROUTED,
    SENT,
    ACCEPTED,
    DECLINED,
    COMPLETED;

    public static final int LENGTH = 16;
}
