package org.returneeregistry.returnee.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.shared.domain.Page;
import org.returneeregistry.shared.domain.Text;

/**
 * Find returnees either by one identifier or by family name (+ given name) and date of birth, for a
 * declared purpose (a consent-purpose code; without one the search is refused and the refusal logged).
 * A page holds at most {@value #MAX_PAGE_SIZE} hits: a search finds a person, it does not list the register.
 */
public record ReturneeQuery(
        @Valid Identifier identifier,
        @Text @Size(min = 1, max = 200) String familyName,
        @Text @Size(min = 1, max = 200) String givenName,
        LocalDate dateOfBirth,
        @Min(1) @Max(Page.MAX_PAGE) Integer page,
        @Min(1) @Max(MAX_PAGE_SIZE) Integer pageSize,
        String purpose) {

    public static final int MAX_PAGE_SIZE = 20;
}
