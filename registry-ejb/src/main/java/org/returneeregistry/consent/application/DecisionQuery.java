package org.returneeregistry.consent.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Text;

/** An auditor's search of the decision log; every criterion optional. */
public record DecisionQuery(@Text @Size(min = 1, max = 64) String returnee, @Text @Size(min = 1, max = 64) String organisation,
                            @Code("consent-purpose") String purpose,
                            @Pattern(regexp = "PERMIT|DENY", message = "must be PERMIT or DENY") String outcome,
                            Instant from, Instant to,
                            @Min(1) @Max(Page.MAX_PAGE) Integer page, @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {
}
