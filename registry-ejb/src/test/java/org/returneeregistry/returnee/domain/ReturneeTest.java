package org.returneeregistry.returnee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.testsupport.Samples.LABOUR_PERMIT;
import static org.returneeregistry.testsupport.Samples.NATIONAL_ID;
import static org.returneeregistry.testsupport.Samples.PASSPORT;
import static org.returneeregistry.testsupport.Samples.REGISTERED_AT;
import static org.returneeregistry.testsupport.Samples.REGISTRAR;
import static org.returneeregistry.testsupport.Samples.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.RegistryNumber;

class ReturneeTest {

    private static final Actor EMBASSY = new Actor("officer-7", "NPL-EMB-DOH");
    private static final Instant LATER = REGISTERED_AT.plusSeconds(3_600);

    private final PersonDetails person = person().build();
    private final Returnee returnee =
            Returnee.register(person, REGISTRAR, REGISTERED_AT, "Walk-in at the resource centre");

    @Test
    void registerKeepsThePersonAsGiven() {
        assertEquals(person, returnee.person());
        assertEquals(REGISTERED_AT, returnee.registeredAt());
        assertEquals(REGISTERED_AT, returnee.updatedAt());
        assertNull(returnee.registryNumber(), "the number comes from the serial, once stored");
    }

    @Test
    void registerWritesARegisteredEntryWithActorAndReason() {
        HistoryEntry entry = onlyEntry(returnee);

        assertEquals(HistoryAction.REGISTERED, entry.action());
        assertEquals(1, entry.sequence());
        assertEquals(REGISTERED_AT, entry.at());
        assertEquals("registrar-1@NPL-MOLESS", entry.actor().display());
        assertEquals("Walk-in at the resource centre", entry.reason());
    }

    @Test
    void anActorWithoutOrganisationIsRecordedByPrincipal() {
        Returnee r = Returnee.register(person, new Actor("system", null), REGISTERED_AT, "Imported");

        assertEquals("system", onlyEntry(r).actor().display());
    }

    @Test
    void correctRecordsEachChangedFieldFromOldToNew() {
        PersonCorrection correction = correction()
                .givenName("Ram")
                .dateOfBirth(LocalDate.of(1990, 4, 21))
                .contact(new Contact("+9779800000000", null, null))
                .build();

        List<FieldChange> changes = returnee.correct(correction, REGISTRAR, LATER, "Passport copy shows another date");

        List<FieldChange> expected = List.of(
                new FieldChange("name.givenName", "Ram Bahadur", "Ram"),
                new FieldChange("dateOfBirth", "1990-04-12", "1990-04-21"),
                new FieldChange("contact.phone", "+9779812345678", "+9779800000000"));
        assertEquals(expected, changes);
        HistoryEntry entry = returnee.history().get(1);
        assertEquals(HistoryAction.CORRECTED, entry.action());
        assertEquals(2, entry.sequence());
        assertEquals("Passport copy shows another date", entry.reason());
        assertEquals("registrar-1@NPL-MOLESS", entry.actor().display());
        assertEquals(LATER, entry.at());
        assertEquals(expected, entry.changes());
    }

    @Test
    void correctChangesTheRecordAndLeavesTheRestAlone() {
        returnee.correct(
                correction().familyName("Magar").homeDistrict("Syangja").build(), REGISTRAR, LATER, "Typo");

        PersonDetails corrected = returnee.person();
        assertEquals("Magar", corrected.name().familyName());
        assertEquals("Syangja", corrected.homeDistrict());
        assertEquals(person.name().givenName(), corrected.name().givenName());
        assertEquals(person.contact(), corrected.contact());
        assertEquals(person.identifiers(), corrected.identifiers());
        assertEquals(LATER, returnee.updatedAt());
    }

    @Test
    void correctFillsAFieldThatWasEmpty() {
        List<FieldChange> changes =
                returnee.correct(correction().genderIdentity("Man").build(), REGISTRAR, LATER, "Asked");

        assertEquals(List.of(new FieldChange("genderIdentity", null, "Man")), changes);
    }

    @Test
    void correctingWithTheRecordedValuesChangesNothing() {
        PersonCorrection same = correction()
                .givenName(person.name().givenName())
                .familyName(person.name().familyName())
                .dateOfBirth(person.dateOfBirth())
                .sex(person.sex())
                .homeDistrict(person.homeDistrict())
                .contact(person.contact())
                .build();

        List<FieldChange> changes = returnee.correct(same, REGISTRAR, LATER, "Nothing new");

        assertEquals(List.of(), changes);
        assertEquals(1, returnee.history().size(), "no empty correction in history");
        assertEquals(REGISTERED_AT, returnee.updatedAt());
    }

    @Test
    void anEmptyCorrectionChangesNothing() {
        assertEquals(List.of(), returnee.correct(correction().build(), REGISTRAR, LATER, "Nothing"));
        assertEquals(1, returnee.history().size());
    }

    @Test
    void addIdentifiersAddsOnlyTheOnesNotYetHeld() {
        List<Identifier> added = returnee.addIdentifiers(
                List.of(PASSPORT, NATIONAL_ID, LABOUR_PERMIT, NATIONAL_ID),
                EMBASSY,
                LATER,
                "Return notification NPL-EMB-DOH/DOH-1");

        assertEquals(List.of(NATIONAL_ID, LABOUR_PERMIT), added);
        assertEquals(
                List.of(PASSPORT, NATIONAL_ID, LABOUR_PERMIT), returnee.person().identifiers());
        assertTrue(returnee.holds(NATIONAL_ID));
        HistoryEntry entry = returnee.history().get(1);
        assertEquals(HistoryAction.IDENTIFIER_ADDED, entry.action());
        assertEquals("officer-7@NPL-EMB-DOH", entry.actor().display());
        List<FieldChange> changes = entry.changes();
        assertEquals(2, changes.size(), "one change per identifier added");
        changes.forEach(c -> {
            assertEquals("identifiers", c.field());
            assertNull(c.from());
        });
        assertTrue(
                changes.get(0).to().contains(NATIONAL_ID.number()),
                changes.get(0).to());
        assertTrue(
                changes.get(1).to().contains(LABOUR_PERMIT.number()),
                changes.get(1).to());
    }

    @Test
    void addingOnlyKnownIdentifiersChangesNothing() {
        List<Identifier> added = returnee.addIdentifiers(List.of(PASSPORT), EMBASSY, LATER, "Replay");

        assertEquals(List.of(), added);
        assertEquals(1, returnee.history().size());
        assertEquals(REGISTERED_AT, returnee.updatedAt());
    }

    @Test
    void holdsComparesTypeNumberAndIssuingCountry() {
        assertTrue(returnee.holds(new Identifier("PASSPORT", "PA1234567", "NPL")));
        assertFalse(returnee.holds(new Identifier("PASSPORT", "PA1234567", "IND")));
        assertFalse(returnee.holds(new Identifier("NATIONAL_ID", "PA1234567", "NPL")));
    }

    @Test
    void recordReturnAddsTheReturnAndItsHistory() {
        ReturnDetails details = new ReturnDetails(
                LocalDate.of(2025, 3, 10), "END_OF_CONTRACT", "Contract completed", "KTM", "NPL-EMB-DOH", "DOH-1");

        returnee.recordReturn(details, EMBASSY, LATER, "Return notification NPL-EMB-DOH/DOH-1");

        assertEquals(List.of(details), returnee.returnEvents());
        HistoryEntry entry = returnee.history().get(1);
        assertEquals(HistoryAction.RETURN_RECORDED, entry.action());
        assertEquals("Return notification NPL-EMB-DOH/DOH-1", entry.reason());
        assertEquals("officer-7@NPL-EMB-DOH", entry.actor().display());
        assertEquals(LATER, returnee.updatedAt());
    }

    @Test
    void historyIsNumberedInOrderOfEvents() {
        returnee.recordReturn(
                new ReturnDetails(LocalDate.of(2025, 3, 10), "MEDICAL", null, null, null, null),
                EMBASSY,
                LATER,
                "First");
        returnee.correct(correction().homeDistrict("Syangja").build(), REGISTRAR, LATER.plusSeconds(1), "Second");

        List<HistoryEntry> history = returnee.history();
        assertEquals(
                List.of(1, 2, 3), history.stream().map(HistoryEntry::sequence).toList());
        assertEquals(
                List.of(HistoryAction.REGISTERED, HistoryAction.RETURN_RECORDED, HistoryAction.CORRECTED),
                history.stream().map(HistoryEntry::action).toList());
    }

    @Test
    void historyCannotBeChangedFromOutside() {
        assertThrows(
                UnsupportedOperationException.class, () -> returnee.history().clear());
    }

    @Test
    void registryNumberIsAssignedOnlyOnce() {
        RegistryNumber first = RegistryNumber.fromSerial(42);
        returnee.assignRegistryNumber(first);

        assertThrows(IllegalStateException.class, () -> returnee.assignRegistryNumber(RegistryNumber.fromSerial(43)));
        assertEquals(first, returnee.registryNumber());
    }

    private static HistoryEntry onlyEntry(Returnee r) {
        List<HistoryEntry> history = r.history();
        assertEquals(
                1,
                history.size(),
                () -> "history: " + history.stream().map(HistoryEntry::action).toList());
        return history.get(0);
    }

    private static CorrectionBuilder correction() {
        return new CorrectionBuilder();
    }

    /** A correction naming only the fields a test sets. */
    private static final class CorrectionBuilder {
        private String givenName;
        private String familyName;
        private LocalDate dateOfBirth;
        private String sex;
        private String genderIdentity;
        private Contact contact;
        private String homeDistrict;

        CorrectionBuilder givenName(String value) {
            givenName = value;
            return this;
        }

        CorrectionBuilder familyName(String value) {
            familyName = value;
            return this;
        }

        CorrectionBuilder dateOfBirth(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        CorrectionBuilder sex(String value) {
            sex = value;
            return this;
        }

        CorrectionBuilder genderIdentity(String value) {
            genderIdentity = value;
            return this;
        }

        CorrectionBuilder contact(Contact value) {
            contact = value;
            return this;
        }

        CorrectionBuilder homeDistrict(String value) {
            homeDistrict = value;
            return this;
        }

        PersonCorrection build() {
            return new PersonCorrection(givenName, familyName, dateOfBirth, sex, genderIdentity, contact, homeDistrict);
        }
    }
}
