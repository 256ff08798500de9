package org.returneeregistry.agreement.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.codelist.Code;

/** A party to an agreement: a country and one of its institutions, by registry organisation code. */
public record AgreementParty(
        @NotNull @Code("country") String country,

        @NotNull @Pattern(regexp = OrganisationCode.PATTERN, message = "must be an organisation code such as QAT-MOL")
        String institution) {}
