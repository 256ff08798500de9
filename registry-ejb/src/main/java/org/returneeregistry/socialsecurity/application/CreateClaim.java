package org.returneeregistry.socialsecurity.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.returneeregistry.shared.domain.RegistryNumber;
import org.returneeregistry.shared.domain.Text;

/**
 * A portability claim as an officer opens it: the returnee, the benefit (a code of social-security-benefit), the
 * agreement it is made under and the partner institution(s) asked for periods ({@code partnerInstitution} for one,
 * {@code partnerInstitutions} for several of the agreement's institutions — a pension fund and an employment-injury
 * insurer of the same country, say), and the claimant — the returnee, or
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

        @Pattern(regexp = "[A-Z0-9-]{1,36}", message = "must be an organisation code")
        String partnerInstitution,

        @Size(min = 1, max = CreateClaim.MAX_PARTNERS)
        List<@NotNull @Pattern(regexp = "[A-Z0-9-]{1,36}", message = "must be an organisation code") String>
                partnerInstitutions,

        @NotNull String claimantKind,
        @Text @Size(min = 1, max = 200) String claimantName,
        @Text @Size(min = 1, max = 32) String claimantRelationship,
        @Text @Size(max = 1000) String reason) {

    /** The most partner institutions one claim asks. */
    public static final int MAX_PARTNERS = 10;

    /** The single-partner form, as before several partners per claim. */
    public CreateClaim(
            String registryNumber,
            String benefit,
            String agreementId,
            String partnerInstitution,
            String claimantKind,
            String claimantName,
            String claimantRelationship,
            String reason) {
        this(
                registryNumber,
                benefit,
                agreementId,
                partnerInstitution,
                null,
                claimantKind,
                claimantName,
                claimantRelationship,
                reason);
    }

    /**
     * The institutions asked, the first named first: {@code partnerInstitutions} when given (with
     * {@code partnerInstitution}, if also given, first), else the one {@code partnerInstitution}.
     */
    public List<String> institutions() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        if (partnerInstitution != null) {
            all.add(partnerInstitution);
        }
        if (partnerInstitutions != null) {
            partnerInstitutions.stream().filter(java.util.Objects::nonNull).forEach(all::add);
        }
        return List.copyOf(all);
    }
}
