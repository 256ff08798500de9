package org.returneeregistry.agreement.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.returneeregistry.agreement.domain.AgreementEvent;
import org.returneeregistry.agreement.domain.PartnerEndpoint;
import org.returneeregistry.organisation.domain.OrganisationCode;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** Adds or replaces a party institution's endpoint for one transport. */
public record SetEndpoint(
        @NotNull @Pattern(regexp = OrganisationCode.PATTERN, message = "must be an organisation code such as QAT-MOL")
        String institution,

        @NotNull @Code("endpoint-transport") String transport,

        @NotNull @Text @Size(max = PartnerEndpoint.URL_LENGTH)
        String url,

        @Text(multiLine = true) @Size(max = AgreementEvent.REASON_LENGTH)
        String reason) {}
