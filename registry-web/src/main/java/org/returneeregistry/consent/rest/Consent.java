package org.returneeregistry.consent.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.consent.application.ConsentView;
import org.returneeregistry.shared.rest.Wire;

/** A consent record with its status now; codes carry their W3C DPV term. */
public record Consent(
        String consentId,
        String schemaVersion,
        String registryNumber,
        String recipient,
        List<Coded> purposes,
        List<Coded> categories,
        Coded legalBasis,
        String method,
        String evidenceHash,
        String representative,
        Instant validFrom,
        Instant validUntil,
        String noticeVersion,
        String noticeLanguage,
        String jurisdiction,
        Coded status,
        String supersedes,
        String supersededBy,
        Instant recordedAt,
        String recordedBy,
        String recordedByOrganisation,
        Instant revokedAt,
        String revocationReason) {

    /** A code of the registry's lists with the DPV term it corresponds to. */
    public record Coded(String code, String dpv) {

        static Coded from(ConsentView.Coded c) {
            return new Coded(c.code(), c.dpv());
        }
    }

    static Consent from(ConsentView v) {
        return new Consent(
                v.consentId(),
                v.schemaVersion(),
                v.registryNumber(),
                v.recipient(),
                Wire.list(v.purposes(), Coded::from),
                Wire.list(v.categories(), Coded::from),
                Wire.one(v.legalBasis(), Coded::from),
                v.method(),
                v.evidenceHash(),
                v.representative(),
                v.validFrom(),
                v.validUntil(),
                v.noticeVersion(),
                v.noticeLanguage(),
                v.jurisdiction(),
                Wire.one(v.status(), Coded::from),
                v.supersedes(),
                v.supersededBy(),
                v.recordedAt(),
                v.recordedBy(),
                v.recordedByOrganisation(),
                v.revokedAt(),
                v.revocationReason());
    }
}
