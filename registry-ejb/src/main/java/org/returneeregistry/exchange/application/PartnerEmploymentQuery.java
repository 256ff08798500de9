package org.returneeregistry.exchange.application;

import java.time.LocalDate;
import java.util.List;

/** The content of a partner's {@code EmploymentRecordRequest}: whose records, and for which period. */
public record PartnerEmploymentQuery(List<Identifier> identifiers, LocalDate periodFrom, LocalDate periodTo) {

    /** An identifier of the person asked about, as the contract's {@code Identifier}. */
    public record Identifier(String type, String number, String issuingCountry) {}

    public PartnerEmploymentQuery {
        identifiers = List.copyOf(identifiers);
    }
}
