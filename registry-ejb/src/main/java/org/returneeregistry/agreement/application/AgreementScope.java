package org.returneeregistry.agreement.application;

import jakarta.validation.constraints.NotNull;
import org.returneeregistry.shared.codelist.Code;

/** One scope row: direction × message type × data category × purpose, and its legal basis. */
public record AgreementScope(
        @NotNull @Code("exchange-direction") String direction,
        @NotNull @Code("message-type") String messageType,
        @NotNull @Code("data-category") String category,
        @NotNull @Code("consent-purpose") String purpose,
        @NotNull @Code("scope-legal-basis") String legalBasis) {}
