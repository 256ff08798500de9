package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** A recipient reports how an accepted referral ended. OTHER needs a note saying what. */
public record ReportOutcome(@NotNull @Code("referral-outcome") String outcome, @Text(multiLine = true) @Size(min = 1, max = 1000) String note) {
}
