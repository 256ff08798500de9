package org.returneeregistry.reintegration.application;

import jakarta.validation.constraints.Size;
import org.returneeregistry.shared.domain.Text;

/** A change of a grievance's status: why, and for a response the response given to the returnee. */
public record GrievanceChange(
        @Text(multiLine = true) @Size(min = 1, max = 2000) String response,
        @Text(multiLine = true) @Size(min = 1, max = 1000) String reason) {}
