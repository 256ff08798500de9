package org.returneeregistry.returnee.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What case workers record about a returnee that a disclosure may carry: the skills profile (category SKILLS) and the family members and dependants (category FAMILY).
 * Declared here, where disclosures are answered; the reintegration context, which keeps the profiles,
 * implements it.
 */
public interface CaseRecords {

    /** The returnee's current skills profile, or empty when none was recorded. */
    Optional<Skills> skills(String registryNumber);

    /** The returnee's family members and dependants as currently recorded, or empty when none were. */
    Optional<Family> family(String registryNumber);

    /** The current version of a family record. */
    record Family(int version, List<FamilyMember> members, Instant recordedAt) {

        public Family {
            members = List.copyOf(members);
        }
    }

    /** A family member or dependant. */
    record FamilyMember(
            String relationship,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String sex,
            boolean dependant,
            Boolean inSchool) {}

    /** A skills profile's current version. */
    record Skills(
            int version,
            List<Occupation> occupations,
            List<Certificate> certificates,
            String priorLearningStatus,
            String priorLearningOutcome,
            Instant recordedAt) {

        public Skills {
            occupations = List.copyOf(occupations);
            certificates = List.copyOf(certificates);
        }
    }

    /** An occupation: ISCO-08 unit group, title, years. */
    record Occupation(String isco, String title, int years) {}

    /** A certificate: issuer, title, date of issue. */
    record Certificate(String issuer, String title, LocalDate issuedOn) {}
}
