package org.returneeregistry.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refusals are logged with the resource family only: never an identifier from the path. */
class AccessRefusalsTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/returnees/RR-0000-0050-3, returnees",
            "returnees/RR-0000-0050-3/history, returnees",
            "/return-notifications/NPL-EMB-DOH/DOH-2026-0001, return-notifications",
            "/soap/ReturneeRegistryService, ReturneeRegistryService",
            "/api/v1/code-lists, code-lists",
            "/api/v1/, -",
            "'', -",
            "/api/v1/<script>x/1, scriptx"})
    void resourceIsTheFirstSegmentOnly(String path, String expected) {
        assertEquals(expected, AccessRefusals.resource(path));
    }

}
