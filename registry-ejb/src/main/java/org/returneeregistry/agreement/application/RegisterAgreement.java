package org.returneeregistry.agreement.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.agreement.domain.AgreementVersion;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Inputs;
import org.returneeregistry.shared.domain.Text;

/** The registry's administrator registers an agreement as a DRAFT with its first version of terms and scope. */
public record RegisterAgreement(
        @NotNull @Code("agreement-type") String type,

        @Text @NotBlank @Size(max = AgreementVersion.TITLE_LENGTH)
        String title,

        @Text @NotBlank @Size(max = AgreementVersion.LEGAL_REFERENCE_LENGTH)
        String legalReference,

        LocalDate signatureDate,
        LocalDate entryIntoForceDate,
        @NotNull LocalDate validFrom,
        LocalDate validUntil,

        @NotNull @Min(1) @Max(AgreementRules.MAX_RETENTION_DAYS)
        Integer retentionDays,

        @NotNull @Size(min = 2, max = AgreementRules.MAX_PARTIES)
        List<@NotNull @Valid AgreementParty> parties,

        @NotNull @Size(min = 1, max = AgreementRules.MAX_SCOPE_ROWS)
        List<@NotNull @Valid AgreementScope> scope,

        @Text(multiLine = true) @Size(max = AgreementVersion.REASON_LENGTH)
        String reason,

        /**
         * The id the agreement already has at the other party's registry (a lower-case UUID), so that both registries
         * name it alike in their envelopes; {@code null}: the registry makes one up.
         */
        @jakarta.validation.constraints.Pattern(
                regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                message = "must be an agreement id (a UUID in lower case)")
        String agreementId)
        implements TermsInput {

    public RegisterAgreement {
        parties = parties == null ? null : Inputs.listOf(parties);
        scope = scope == null ? null : Inputs.listOf(scope);
    }
}
