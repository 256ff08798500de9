package org.returneeregistry.reintegration.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/**
 * A returnee's family members and dependants as a case worker records them, whole (the next version replaces
 * the current one), for enrolment in welfare schemes, with the reason for the change.
 */
public record RecordFamily(
        @NotNull @Size(max = MAX_MEMBERS) List<@NotNull @Valid Member> members,
        @Text(multiLine = true) @NotBlank @Size(max = 1000) String reason) {

    public static final int MAX_MEMBERS = 30;

    public RecordFamily {
        members = members == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(members));
    }

    /**
     * A family member: the relationship to the returnee ({@code family-relationship} code), names, date of birth,
     * sex ({@code sex} code, ISO/IEC 5218), whether the returnee supports them, and whether they are in school
     * (unknown when absent).
     */
    public record Member(
            @NotNull @Code("family-relationship") String relationship,
            @Text @NotBlank @Size(max = 100) String givenName,
            @Text @Size(min = 1, max = 100) String familyName,
            @NotNull @PastOrPresent LocalDate dateOfBirth,
            @NotNull @Code("sex") String sex,
            @NotNull Boolean dependant,
            Boolean inSchool) {}
}
