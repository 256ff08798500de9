package org.returneeregistry.socialsecurity.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Text;

/**
 * A portability claim as an officer opens it: the returnee, the benefit (a code of social-security-benefit), the
 * agreement it is made under and the partner institution asked for periods, and the claimant — the returnee, or
 * a survivor named with the relationship (RETURNEE or SURVIVOR).
 */
public record CreateClaim(
        @NotNull @Pattern(regexp = RegistryNumber.PATTERN, message = "must look like RR-0000-0042-7")
        String registryNumber,

        @NotNull String benefit,

        @NotNull
        @Pattern(
                regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be an agreement id")
        String agreementId,

        @NotNull @Pattern(regexp = "[A-Z0-9-]{1,36}", message = "must be an organisation code")
        String partnerInstitution,

        @NotNull String claimantKind,
        @Text @Size(min = 1, max = 200) String claimantName,
        @Text @Size(min = 1, max = 32) String claimantRelationship,
        @Text @Size(max = 1000) String reason) {}
