package org.returneeregistry.testsupport;

import java.time.LocalDate;
import org.returneeregistry.returnee.domain.Employment;

/** A valid {@link Employment}, changed one component at a time. */
public final class EmploymentBuilder {

    private String destinationCountry = "QAT";
    private String employer = "Al Noor Construction W.L.L.";
    private String occupation = "71";
    private String sector = "F";
    private String recruitmentAgency = "Himalayan Overseas Pvt. Ltd.";
    private String channel = "REGULAR";
    private LocalDate departureDate = LocalDate.of(2019, 6, 1);
    private LocalDate endDate = LocalDate.of(2025, 2, 28);

    EmploymentBuilder() {
    }

    public EmploymentBuilder destinationCountry(String value) {
        destinationCountry = value;
        return this;
    }

    public EmploymentBuilder occupation(String value) {
        occupation = value;
        return this;
    }

    public EmploymentBuilder departureDate(LocalDate value) {
        departureDate = value;
        return this;
    }

    public EmploymentBuilder endDate(LocalDate value) {
        endDate = value;
        return this;
    }

    public Employment build() {
        return new Employment(destinationCountry, employer, occupation, sector, recruitmentAgency, channel,
                departureDate, endDate);
    }
}
