package org.returneeregistry.agreement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.returneeregistry.agreement.domain.AgreementEvent;
import org.returneeregistry.shared.domain.Text;

/** Why an agreement's status changes, or a certificate is revoked. */
record StatusChange(
        @Text(multiLine = true) @NotBlank @Size(max = AgreementEvent.REASON_LENGTH)
        String reason) {}
