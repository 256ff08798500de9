package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import org.returneeregistry.reintegration.application.ReferralEventView;

/** One step in a referral's history. */
public record ReferralEvent(
        int sequence, String status, Instant at, String actor, String actorOrganisation, String note) {

    static ReferralEvent from(ReferralEventView e) {
        return new ReferralEvent(e.sequence(), e.status(), e.at(), e.actor(), e.actorOrganisation(), e.note());
    }
}
