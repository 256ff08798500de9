package org.returneeregistry.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TouchedRecordTest {

    record Command(String name, String registryNumber) {
    }

    record Answer(String registryNumber, int version) {
    }

    record Other(String registryNumber, String consentId) {
    }

    @Test
    void theFirstTextArgumentNamesTheRecord() {
        assertEquals("RR-2026-0001-3", TouchedRecord.of(new Object[] {"RR-2026-0001-3", "HEALTH_FOLLOW_UP"}, null));
        assertEquals("c-1", TouchedRecord.of(new Object[] {null, 42, "c-1"}, new Answer("RR-1", 1)));
    }

    @Test
    void elseTheRegistryNumberOfTheCommand() {
        assertEquals("RR-7", TouchedRecord.of(new Object[] {new Command("Ram", "RR-7")}, new Answer("RR-8", 1)));
    }

    @Test
    void elseTheRegistryNumberOfTheAnswer() {
        assertEquals("RR-8", TouchedRecord.of(new Object[] {new Command("Ram", null), 3}, new Answer("RR-8", 1)));
        assertEquals("RR-9", TouchedRecord.of(new Object[0], new Other("RR-9", "c")));
    }

    @Test
    void noneWhenNothingNamesARecord() {
        assertNull(TouchedRecord.of(new Object[] {" ", 5, new Command("Ram", " ")}, "not a record"));
        assertNull(TouchedRecord.of(null, null));
    }
}
