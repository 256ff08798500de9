package org.returneeregistry.exchange.hl7;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ADT_A05;
import ca.uhn.hl7v2.util.Terser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returneeregistry.exchange.application.AdtPerson;

/** The ADT messages to the Ministry of Health, read back with HAPI's own parser. */
class AdtMessagesTest {

    private static final Instant AT = Instant.parse("2026-03-10T08:15:30Z");
    private static final AdtMessages.Addressing TO_MOHP = new AdtMessages.Addressing("NPL-DOFE", "HMIS", "NPL-MOHP");
    private static final String CONTROL_ID = "4f9d2c1e-7a3b-4c55-9e0f-0123456789ab";

    static AdtPerson person() {
        return new AdtPerson("RR-0000-0001-3", "Ram", "Thapa", LocalDate.of(1990, 4, 12), "1",
                List.of(new AdtPerson.Identifier("PASSPORT", "PA1234567", "NPL"),
                        new AdtPerson.Identifier("NATIONAL_ID", "NID998877", "NPL")),
                "+9779812345678", "Ward 4, Tulsipur", "Dang", "MEDICAL", "Injured hand, needs follow-up");
    }

    private static Terser read(String er7) throws HL7Exception {
        Message message = AdtMessages.parser().parse(er7);
        assertInstanceOf(ADT_A05.class, message, "parsed as structure ADT_A05");
        return new Terser(message);
    }

    @Test
    void aFirstMessageIsAnA28WithTheMessageIdAsControlId() throws HL7Exception {
        String er7 = AdtMessages.build(person(), CONTROL_ID, false, AT, TO_MOHP);
        Terser t = read(er7);

        assertTrue(er7.startsWith("MSH|^~\\&|RETURNEE-REGISTRY|NPL-DOFE|HMIS|NPL-MOHP|20260310081530||ADT^A28^ADT_A05|"),
                er7);
        assertEquals("ADT", t.get("/MSH-9-1"));
        assertEquals("A28", t.get("/MSH-9-2"));
        assertEquals("ADT_A05", t.get("/MSH-9-3"));
        assertEquals(CONTROL_ID, t.get("/MSH-10"));
        assertEquals("P", t.get("/MSH-11"));
        assertEquals("2.5.1", t.get("/MSH-12"));
        assertEquals("A28", t.get("/EVN-1"));
        assertEquals("20260310081530", t.get("/EVN-2"));
    }

    @Test
    void anUpdateIsAnA31OfTheSameStructure() throws HL7Exception {
        Terser t = read(AdtMessages.build(person(), CONTROL_ID, true, AT, TO_MOHP));

        assertEquals("A31", t.get("/MSH-9-2"));
        assertEquals("ADT_A05", t.get("/MSH-9-3"));
        assertEquals("A31", t.get("/EVN-1"));
    }

    @Test
    void pidCarriesTheRegistryNumberFirstThenTheDocuments() throws HL7Exception {
        Terser t = read(AdtMessages.build(person(), CONTROL_ID, false, AT, TO_MOHP));

        assertEquals("RR-0000-0001-3", t.get("/PID-3(0)-1"));
        assertEquals("RR", t.get("/PID-3(0)-4"));
        assertEquals("PI", t.get("/PID-3(0)-5"));
        assertEquals("PA1234567", t.get("/PID-3(1)-1"));
        assertEquals("NPL", t.get("/PID-3(1)-4"));
        assertEquals("PPN", t.get("/PID-3(1)-5"));
        assertEquals("NID998877", t.get("/PID-3(2)-1"));
        assertEquals("NI", t.get("/PID-3(2)-5"));
        assertEquals("Thapa", t.get("/PID-5-1"));
        assertEquals("Ram", t.get("/PID-5-2"));
        assertEquals("L", t.get("/PID-5-7"));
        assertEquals("19900412", t.get("/PID-7"));
        assertEquals("M", t.get("/PID-8"));
        assertEquals("Ward 4, Tulsipur", t.get("/PID-11-1"));
        assertEquals("Dang", t.get("/PID-11-9"));
        assertEquals("+9779812345678", t.get("/PID-13-12"));
    }

    @Test
    void theNeedIsACodedObservationWithItsNote() throws HL7Exception {
        Terser t = read(AdtMessages.build(person(), CONTROL_ID, false, AT, TO_MOHP));

        assertEquals("CWE", t.get("/OBX(0)-2"));
        assertEquals("URGENT-NEED", t.get("/OBX(0)-3-1"));
        assertEquals("MEDICAL", t.get("/OBX(0)-5-1"));
        assertEquals("RR-NEED", t.get("/OBX(0)-5-3"));
        assertEquals("F", t.get("/OBX(0)-11"));
        assertEquals("TX", t.get("/OBX(1)-2"));
        assertEquals("Injured hand, needs follow-up", t.get("/OBX(1)-5"));
    }

    @Test
    void whatTheCallerLeftOutIsNotSent() throws HL7Exception {
        AdtPerson minimal = new AdtPerson("RR-0000-0002-1", "Sita", null, LocalDate.of(1985, 1, 2), null, null,
                null, null, null, null, null);
        String er7 = AdtMessages.build(minimal, CONTROL_ID, false, AT, TO_MOHP);
        Terser t = read(er7);

        assertEquals("RR-0000-0002-1", t.get("/PID-3(0)-1"));
        assertNull(t.get("/PID-3(1)-1"));
        assertNull(t.get("/PID-8"));
        assertNull(t.get("/PID-13-12"));
        assertFalse(er7.contains("OBX"), er7);
    }

    @Test
    void specialCharactersInTextAreEscaped() throws HL7Exception {
        AdtPerson person = new AdtPerson("RR-0000-0001-3", "Ram", "Thapa", LocalDate.of(1990, 4, 12), "1", null,
                null, null, null, "MEDICAL", "pain|fever^dizzy&weak");
        Terser t = read(AdtMessages.build(person, CONTROL_ID, false, AT, TO_MOHP));

        assertEquals("pain|fever^dizzy&weak", t.get("/OBX(1)-5"));
    }

    @ParameterizedTest
    @CsvSource({"0, U", "1, M", "2, F", "9, N", "7, U"})
    void iso5218MapsToHl7Table0001(String iso, String hl7) {
        assertEquals(hl7, AdtMessages.sex(iso));
    }
}
