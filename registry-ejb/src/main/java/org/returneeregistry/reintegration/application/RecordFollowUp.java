package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** A follow-up contact: when, what came of it ({@code contact-outcome} code), and a note. */
public record RecordFollowUp(
        @NotNull LocalDate contactedOn,
        @NotNull @Code("contact-outcome") String outcome,
        @Text(multiLine = true) @Size(min = 1, max = 1000) String note) {}
