package org.returneeregistry.agreement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.agreement.domain.PartnerCertificate;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.domain.Text;

/** A party institution's X.509 signing certificate, as one PEM block. */
public record AttachCertificate(
        @NotNull @Pattern(regexp = OrganisationCode.PATTERN, message = "must be an organisation code such as QAT-MOL")
        String institution,

        @NotBlank String pem,

        @Text(multiLine = true) @Size(max = PartnerCertificate.REASON_LENGTH)
        String reason) {}
