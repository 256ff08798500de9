package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.reintegration.application.ReferralView;
import org.returneeregistry.shared.rest.Wire;

/** A referral with its history. */
public record Referral(
        String referralId,
        String registryNumber,
        String service,
        String purpose,
        String purposeDpv,
        String recipient,
        String source,
        String notification,
        String reason,
        String status,
        String declineReason,
        String outcome,
        String outcomeNote,
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<ReferralEvent> history) {

    static Referral from(ReferralView v) {
        return new Referral(
                v.referralId(),
                v.registryNumber(),
                v.service(),
                v.purpose(),
                v.purposeDpv(),
                v.recipient(),
                v.source(),
                v.notification(),
                v.reason(),
                v.status(),
                v.declineReason(),
                v.outcome(),
                v.outcomeNote(),
                v.version(),
                v.createdAt(),
                v.updatedAt(),
                Wire.list(v.history(), ReferralEvent::from));
    }
}
