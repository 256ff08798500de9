package org.returneeregistry.reintegration.application;

/** A referral and whether this request created it (false: a repeat under the same idempotency key). */
public record CreatedReferral(ReferralView referral, boolean created) {
}
