package org.returneeregistry.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageTimeZoneTest {

    @ParameterizedTest(name = "{0}: runs {1}")
    @CsvSource({
            "UTC, true",
            "Etc/UTC, true",
            "GMT, true",
            "Z, true",
            "UTC+00:00, true",
            "Europe/London, false",
            "Asia/Kathmandu, false",
            "Asia/Qatar, false",
            "+05:45, false",
            "Etc/GMT+1, false"})
    void theRegistryRunsOnlyInUtc(String zone, boolean runs) {
        var refusal = StorageTimeZone.refusal(ZoneId.of(zone));

        assertEquals(runs, refusal.isEmpty(), () -> zone + ": " + refusal);
        refusal.ifPresent(reason -> assertTrue(reason.contains(zone) && reason.contains("-Duser.timezone=UTC"), reason));
    }
}
