package org.returneeregistry.exchange.application;

import java.util.List;

/**
 * A partner institution's request for insurance periods, as the SOAP adapter read it from an
 * {@code InsurancePeriodRequest}: the partner's claim, the benefit claimed, whom it is about (the partner's
 * identifiers of the person) and, when re-sent, the reminder's number. Codes as sent; the social security context
 * checks them.
 */
public record PartnerPeriodRequest(String claimId, String benefit, List<Identifier> identifiers, Integer reminder) {

    public PartnerPeriodRequest {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** One identifier of the person (passport, national id …) with its issuing country. */
    public record Identifier(String type, String number, String issuingCountry) {}
}
