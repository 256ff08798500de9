package org.returneeregistry.reintegration.application;

import java.time.Instant;
import java.util.List;

/**
 * The record of a returnee's family members and dependants: the current version and every earlier one with
 * who recorded it, when and why.
 */
public record FamilyView(String registryNumber, Version current, List<Version> history) {

    /** One version of the record. */
    public record Version(
            int version,
            String caseId,
            List<RecordFamily.Member> members,
            String recordedBy,
            String organisation,
            Instant recordedAt,
            String reason) {}
}
