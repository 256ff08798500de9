package org.returneeregistry.organisation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.returneeregistry.organisation.domain.Organisation;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Inputs;
import org.returneeregistry.shared.domain.Text;

/**
 * The registry's administrator registers a mission, ministry, partner institution or migrant resource
 * centre (which names the district it serves). Type and roles
 * arrive as text so that an unknown value is reported with every other broken rule
 * ({@link OrganisationRules}); no roles means the type's default roles.
 */
public record RegisterOrganisation(
        @NotNull
        @Pattern(
                regexp = OrganisationCode.PATTERN,
                message =
                        "must be the country's ISO 3166-1 alpha-3 code and one to three upper-case parts, e.g. NPL-EMB-DOH")
        String code,

        @Text @NotBlank @Size(max = Organisation.NAME_LENGTH)
        String name,

        @NotNull String type,
        @NotNull @Code("country") String country,
        @Size(max = 10) List<@NotNull String> roles,

        @Text @Size(min = 1, max = Organisation.DISTRICT_LENGTH)
        String district) {

    public RegisterOrganisation {
        roles = Inputs.listOf(roles);
    }
}
