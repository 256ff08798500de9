package org.returneeregistry.returnee.rest;

import java.util.List;
import org.returneeregistry.shared.rest.Wire;

/**
 * A returnee as disclosed for a declared purpose: only the granted categories are present; {@code decision}
 * is the sequence number of the logged decision.
 */
public record DisclosedReturnee(
        String registryNumber,
        String purpose,
        List<String> grantedCategories,
        long decision,
        DisclosedIdentity identity,
        DisclosedContact contact,
        List<Employment> migrationHistory,
        List<ReturnDetails> returns,
        List<ReportedNeed> health,
        List<ReportedNeed> vulnerability,
        List<ReportedClaim> financial,
        DisclosedSkills skills,
        DisclosedFamily family) {

    static DisclosedReturnee from(org.returneeregistry.returnee.application.DisclosedReturnee d) {
        return new DisclosedReturnee(
                d.registryNumber(),
                d.purpose(),
                d.grantedCategories(),
                d.decision(),
                Wire.one(d.identity(), DisclosedIdentity::from),
                Wire.one(d.contact(), DisclosedContact::from),
                Wire.list(d.migrationHistory(), Employment::from),
                Wire.list(d.returns(), ReturnDetails::from),
                Wire.list(d.health(), ReportedNeed::from),
                Wire.list(d.vulnerability(), ReportedNeed::from),
                Wire.list(d.financial(), ReportedClaim::from),
                Wire.one(d.skills(), DisclosedSkills::from),
                Wire.one(d.family(), DisclosedFamily::from));
    }
}
