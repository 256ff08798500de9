package org.returneeregistry.schemas.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstantAdapterTest {

    private final InstantAdapter adapter = new InstantAdapter();

    @ParameterizedTest
    @CsvSource({
        "2026-03-10T08:00:00Z,          2026-03-10T08:00:00Z",
        "2026-03-10T13:45:00+05:45,     2026-03-10T08:00:00Z",
        "2026-03-10T08:00:00.250-01:00, 2026-03-10T09:00:00.250Z",
        "' 2026-03-10T08:00:00Z ',      2026-03-10T08:00:00Z"
    })
    void readsAnyOffsetAsTheInstantItNames(String xml, String instant) {
        assertEquals(Instant.parse(instant), adapter.unmarshal(xml));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-10T08:00:00Z,        2026-03-10T08:00:00Z",
        "2026-03-10T08:00:07.5Z,      2026-03-10T08:00:07.500Z",
        "2026-03-10T08:00:07.123456Z, 2026-03-10T08:00:07.123456Z"
    })
    void writesUtcAlwaysWithItsSeconds(String instant, String xml) {
        assertEquals(xml, adapter.marshal(Instant.parse(instant)));
    }

    @Test
    void aDateTimeWithoutAnOffsetIsRefusedAndNullStaysNull() {
        assertThrows(DateTimeParseException.class, () -> adapter.unmarshal("2026-03-10T08:00:00"));
        assertNull(adapter.unmarshal(null));
        assertNull(adapter.marshal(null));
    }
}
