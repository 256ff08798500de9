package org.returneeregistry.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The terms one version of an agreement sets: title, legal reference, dates, validity, retention of
 * exchanged data, parties and scope. Checked by the application layer before it reaches the aggregate.
 *
 * @param validUntil the last day of validity (inclusive); null when open-ended
 * @param retentionDays how long exchanged data is kept, in days
 */
public record AgreementTerms(
        String title,
        String legalReference,
        LocalDate signatureDate,
        LocalDate entryIntoForceDate,
        LocalDate validFrom,
        LocalDate validUntil,
        int retentionDays,
        List<Party> parties,
        List<ScopeRow> scope) {

    public AgreementTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(validFrom, "validFrom");
        parties = List.copyOf(parties);
        scope = List.copyOf(scope);
    }
}
