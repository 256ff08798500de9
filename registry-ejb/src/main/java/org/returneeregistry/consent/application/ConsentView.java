package org.returneeregistry.consent.application;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.consent.domain.ConsentRecord;
import org.returneeregistry.consent.domain.ConsentStatus;

/** A consent record as answered, with its status at the time of asking and the DPV identifiers of its codes. */
public record ConsentView(String consentId, String schemaVersion, String registryNumber, String recipient,
                          List<Coded> purposes, List<Coded> categories, Coded legalBasis, String method,
                          String evidenceHash, String representative, Instant validFrom, Instant validUntil,
                          String noticeVersion, String noticeLanguage, String jurisdiction, Coded status,
                          String supersedes, String supersededBy, Instant recordedAt, String recordedBy,
                          String recordedByOrganisation, Instant revokedAt, String revocationReason) {

    /** A code with its W3C DPV identifier. */
    public record Coded(String code, String dpv) {
    }

    static ConsentView of(ConsentRecord r, Instant now) {
        ConsentStatus status = r.status(now);
        return new ConsentView(r.consentId(), r.schemaVersion(), r.registryNumber(), r.recipient(),
                r.purposes().stream().sorted().map(p -> new Coded(p.name(), p.dpv())).toList(),
                r.categories().stream().sorted().map(c -> new Coded(c.name(), c.dpv())).toList(),
                new Coded(r.legalBasis().name(), r.legalBasis().dpv()), r.method().name(), r.evidenceHash(),
                r.representative(), r.validFrom(), r.validUntil(), r.noticeVersion(), r.noticeLanguage(),
                r.jurisdiction(), new Coded(status.name(), status.dpv()), r.supersedes(), r.supersededBy(),
                r.recordedAt(), r.recordedBy().display(), r.recordedBy().organisation(), r.revokedAt(),
                r.revocationReason());
    }
}
