package org.returneeregistry.consent.rest;

import java.time.Instant;
import java.util.List;

/** The body of a consent recording: a returnee's consent (or refusal) for one recipient. */
public record RecordConsent(
        String registryNumber,
        String recipient,
        List<String> purposes,
        List<String> categories,
        String legalBasis,
        String method,
        String evidenceHash,
        String representative,
        String state,
        Instant validFrom,
        Instant validUntil,
        String noticeVersion,
        String noticeLanguage,
        String supersedes) {

    org.returneeregistry.consent.application.RecordConsent toCommand() {
        return new org.returneeregistry.consent.application.RecordConsent(
                registryNumber,
                recipient,
                purposes,
                categories,
                legalBasis,
                method,
                evidenceHash,
                representative,
                state,
                validFrom,
                validUntil,
                noticeVersion,
                noticeLanguage,
                supersedes);
    }
}
