package org.returneeregistry.reintegration.application;

import java.time.Instant;

/** One step of a referral: the status reached, when, by whom (as people read it) and why. */
public record ReferralEventView(int sequence, String status, Instant at, String actor, String actorOrganisation,
                                String note) {
}
