package org.returneeregistry.returnee.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.returneeregistry.shared.codelist.Code;

/** A personal identifier as issued: its kind, number and issuing country. */
public record Identifier(
        @NotNull @Code("identifier-type") String type,
        @NotNull @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be 5 to 20 upper-case letters or digits") String number,
        @NotNull @Code("country") String issuingCountry) {
}
