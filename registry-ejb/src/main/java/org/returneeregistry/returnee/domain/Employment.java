package org.returneeregistry.returnee.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.returneeregistry.shared.codelist.Code;
import org.returneeregistry.shared.domain.Text;

/** One period of work abroad: where, for whom, in what occupation (ISCO-08) and sector (ISIC Rev.4). */
public record Employment(
        @NotNull @Code("country") String destinationCountry,
        @Text @Size(min = 1, max = 200) String employer,
        @Code("isco-occupation") String occupation,
        @Code("isic-section") String sector,
        @Text @Size(min = 1, max = 200) String recruitmentAgency,
        @Code("migration-channel") String channel,
        LocalDate departureDate,
        LocalDate endDate) {
}
