package org.returneeregistry.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which declared endpoint a partner institution is sent to: the one declared last; on a tie, SOAP. */
class PartnerEndpointsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("none declared", List.of(), null),
                Arguments.of("SOAP only", List.of("SOAP@0"), "SOAP"),
                Arguments.of("REST only", List.of("REST@0"), "REST"),
                Arguments.of("REST declared after SOAP", List.of("SOAP@0", "REST@5"), "REST"),
                Arguments.of("SOAP declared (again) after REST", List.of("REST@5", "SOAP@9"), "SOAP"),
                Arguments.of("both at once", List.of("REST@3", "SOAP@3"), "SOAP"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theEndpointDeclaredLastIsTheOneUsed(String name, List<String> declared, String expected) {
        List<PartnerEndpoints.Declared<String>> endpoints = new ArrayList<>();
        for (String d : declared) {
            String[] parts = d.split("@");
            endpoints.add(new PartnerEndpoints.Declared<>(
                    d, EndpointTransport.valueOf(parts[0]), T0.plusSeconds(Long.parseLong(parts[1]))));
        }
        Optional<PartnerEndpoints.Declared<String>> chosen = PartnerEndpoints.current(endpoints);
        assertEquals(expected, chosen.map(c -> c.transport().name()).orElse(null));
    }
}
