package org.returneeregistry.socialsecurity.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.domain.Text;

/**
 * An officer's decision on a claim under assessment: APPROVED, REJECTED or PARTLY_APPROVED, why, and the date
 * open periods run to (today when absent). The engine runs on the claim's periods under the agreement's section
 * and its result is stored with the decision.
 */
public record DecideClaim(
        @NotNull String decision,
        @NotNull @Text @Size(min = 1, max = 1000) String reason,
        LocalDate asOf) {}
