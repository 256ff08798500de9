package org.returneeregistry.agreement.application;

import java.time.LocalDate;
import java.util.List;

/** One agreement in a list, with its current version's title, countries and validity. */
public record AgreementSummary(
        String agreementId,
        String type,
        String status,
        int currentVersion,
        String title,
        String legalReference,
        List<String> countries,
        LocalDate validFrom,
        LocalDate validUntil) {}
