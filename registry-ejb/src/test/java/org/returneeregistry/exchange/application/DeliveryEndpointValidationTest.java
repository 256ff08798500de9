package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.testsupport.InputChecks;

class DeliveryEndpointValidationTest {

    @AutoClose
    private static final InputChecks INPUTS = new InputChecks();

    private static Set<String> violations(String code, SetDeliveryEndpoint command) {
        InputValidation validation = INPUTS.of(command);
        DeliveryEndpointRules.check(validation, code, command);
        return InputChecks.violations(validation).stream().map(v -> v.field() + " " + v.rule())
                .collect(Collectors.toSet());
    }

    @Test
    void pushAndMllpTogetherAreValid() {
        assertEquals(Set.of(), violations("NPL-MOHP",
                new SetDeliveryEndpoint("https://his.mohp.gov.np/registry/inbox", "hl7.mohp.gov.np", 2575)));
    }

    @Test
    void eitherAloneOrNeitherIsValid() {
        assertEquals(Set.of(), violations("NPL-MOHP", new SetDeliveryEndpoint("http://127.0.0.1:8080/in", null, null)));
        assertEquals(Set.of(), violations("NPL-MOHP", new SetDeliveryEndpoint(null, "10.1.2.3", 2575)));
        assertEquals(Set.of(), violations("NPL-MOHP", new SetDeliveryEndpoint(null, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://his.mohp.gov.np/in", "his.mohp.gov.np/in", "https://", "https://user:pw@his/in",
            "https://his/in#x", "http://exa mple/", "javascript:alert(1)"})
    void aPushUrlMustBeAPlainHttpUrl(String url) {
        assertEquals(Set.of("pushUrl HttpUrl"), violations("NPL-MOHP", new SetDeliveryEndpoint(url, null, null)));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        SetDeliveryEndpoint broken = new SetDeliveryEndpoint("https://his/" + "x".repeat(500), "-bad host-", 70000);

        assertEquals(Set.of("organisationCode Pattern", "pushUrl Size", "mllpHost Pattern", "mllpPort Max"),
                violations("npl-mohp", broken));
    }

    @Test
    void hostAndPortComeTogether() {
        assertEquals(Set.of("mllpPort MllpHostAndPort"),
                violations("NPL-MOHP", new SetDeliveryEndpoint(null, "hl7.mohp.gov.np", null)));
        assertEquals(Set.of("mllpHost MllpHostAndPort"),
                violations("NPL-MOHP", new SetDeliveryEndpoint(null, null, 2575)));
    }

    @Test
    void emptyTextIsNotLeavingOut() {
        assertEquals(Set.of("pushUrl Size", "mllpHost Size", "mllpHost Pattern", "mllpPort MllpHostAndPort"),
                violations("NPL-MOHP", new SetDeliveryEndpoint("", "", null)));
    }
}
