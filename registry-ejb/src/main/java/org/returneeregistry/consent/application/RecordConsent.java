package org.returneeregistry.consent.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Inputs;
import org.returneeregistry.shared.domain.Text;

/**
 * Records a returnee's consent (or refusal) for one recipient. Codes are checked against the
 * consent-purpose, data-category, legal-basis, consent-method and consent-state lists; {@code validFrom} defaults to
 * now and cannot be back-dated; {@code validUntil} must lie in the future. {@code supersedes} names
 * the record this one replaces.
 */
public record RecordConsent(
        @NotNull String registryNumber,
        @NotNull @Pattern(regexp = "[A-Z]{3}-[A-Z0-9]{2,10}(-[A-Z0-9]{2,10}){0,2}", message = "must be an organisation code such as NPL-MOHP") String recipient,
        @NotEmpty @Size(max = 7) List<@NotNull @Code("consent-purpose") String> purposes,
        @NotEmpty @Size(max = 10) List<@NotNull @Code("data-category") String> categories,
        @Code("legal-basis") String legalBasis,
        @NotNull @Code("consent-method") String method,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be the SHA-256 of the signed form, 64 lower-case hex digits") String evidenceHash,
        @Text @Size(min = 1, max = 200) String representative,
        @Code("consent-state") String state,
        Instant validFrom,
        @NotNull Instant validUntil,
        @Text @NotBlank @Size(max = 64) String noticeVersion,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag such as ne or en") String noticeLanguage,
        @Pattern(regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", message = "must be a consent id") String supersedes) {

    public RecordConsent {
        purposes = Inputs.listOf(purposes);
        categories = Inputs.listOf(categories);
    }
}
