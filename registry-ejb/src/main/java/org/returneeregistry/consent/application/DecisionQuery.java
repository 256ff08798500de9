package org.returneeregistry.consent.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.returneeregistry.shared.domain.Page;

/** An auditor's search of the decision log; every criterion optional. */
public record DecisionQuery(String returnee, String organisation,
                            @Pattern(regexp = "REINTEGRATION_SERVICES|HEALTH_FOLLOW_UP|SKILLS_RECOGNITION|SOCIAL_PROTECTION_ENROLMENT|SOCIAL_SECURITY_CLAIM|LEGAL_AID|STATISTICS|NONE",
                                    message = "must be a consent-purpose code") String purpose,
                            @Pattern(regexp = "PERMIT|DENY", message = "must be PERMIT or DENY") String outcome,
                            Instant from, Instant to,
                            @Min(1) Integer page, @Min(1) @Max(Page.MAX_PAGE_SIZE) Integer pageSize) {
}
