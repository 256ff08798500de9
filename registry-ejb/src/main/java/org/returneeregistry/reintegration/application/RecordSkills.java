package org.returneeregistry.reintegration.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/**
 * A returnee's skills profile as a case worker records it, whole (the next version replaces the current one):
 * occupations by ISCO-08 unit group with years of experience, certificates, and where recognition of prior
 * learning stands, with the reason for the change.
 */
public record RecordSkills(
        @NotNull @Size(max = MAX_ENTRIES) List<@NotNull @Valid Occupation> occupations,
        @NotNull @Size(max = MAX_ENTRIES) List<@NotNull @Valid Certificate> certificates,
        @NotNull @Valid PriorLearning priorLearning,
        @Text(multiLine = true) @NotBlank @Size(max = 1000) String reason) {

    public static final int MAX_ENTRIES = 20;

    /**
     * The shape of an ISCO-08 unit group: four digits, the first its major group (0 armed forces to 9
     * elementary occupations). The registry checks the shape and the major group, not the list of unit groups.
     */
    public static final String ISCO_08_UNIT_GROUP = "[0-9]{4}";

    public RecordSkills {
        occupations = occupations == null
                ? null
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(occupations));
        certificates = certificates == null
                ? null
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(certificates));
    }

    /** An occupation: an ISCO-08 unit group code, its title as the returnee names it, and the years worked in it. */
    public record Occupation(
            @NotNull
            @Pattern(regexp = ISCO_08_UNIT_GROUP, message = "must be an ISCO-08 unit group: four digits such as 7212")
            String isco,

            @Text @Size(min = 1, max = 200) String title,
            @NotNull @Min(0) @Max(60) Integer years) {}

    /** A certificate held: who issued it, its title, and when. */
    public record Certificate(
            @Text @NotBlank @Size(max = 200) String issuer,
            @Text @NotBlank @Size(max = 200) String title,
            @NotNull @PastOrPresent LocalDate issuedOn) {}

    /**
     * Recognition of prior learning: a {@code prior-learning-status} code ({@code NOT_STARTED}, {@code ASSESSED}, {@code CERTIFIED}, {@code REFUSED}),
     * and the outcome (none while not started).
     */
    public record PriorLearning(
            @NotNull @Code("prior-learning-status") String status,

            @Text(multiLine = true) @Size(min = 1, max = 1000)
            String outcome) {}
}
