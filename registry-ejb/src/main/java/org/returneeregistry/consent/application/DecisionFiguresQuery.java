package org.returneeregistry.consent.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.domain.Text;

/** The period (days, UTC, both inclusive) and, if given, the one organisation an auditor's charts cover. */
public record DecisionFiguresQuery(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @Text @Size(min = 1, max = 64) String organisation) {}
