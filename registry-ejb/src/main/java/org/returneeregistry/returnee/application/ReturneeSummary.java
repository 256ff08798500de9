package org.returneeregistry.returnee.application;

import java.time.LocalDate;
import org.returneeregistry.returnee.domain.PersonName;

/** One search hit: enough to tell people apart, not the whole record. */
public record ReturneeSummary(String registryNumber, PersonName name, LocalDate dateOfBirth, String homeDistrict) {
}
