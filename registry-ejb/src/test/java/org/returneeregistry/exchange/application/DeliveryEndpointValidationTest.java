package org.returneeregistry.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.returneeregistry.exchange.domain.DestinationPolicy;
import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.testsupport.InputChecks;

class DeliveryEndpointValidationTest {

    @AutoClose
    private static final InputChecks INPUTS = new InputChecks();

    /** What the test's "DNS" answers: public names resolve to a public address, the rest to what they say. */
    private static final Map<String, String> DNS = Map.of(
            "his.mohp.gov.np", "202.45.144.10", "hl7.mohp.gov.np", "202.45.144.11",
            "metadata.internal", "169.254.169.254", "localhost", "127.0.0.1", "intranet.mohp.gov.np", "10.20.30.40");

    private static final DestinationPolicy NONE_ALLOWED = DestinationPolicy.allowingInsecure("");
    private static final DestinationPolicy LOOPBACK_ALLOWED = DestinationPolicy.allowingInsecure("127.0.0.1");

    private static List<InetAddress> resolve(String host) {
        try {
            String address = DNS.get(host);
            return address == null && !host.matches("[0-9.]+") ? List.of()
                    : List.of(InetAddress.getByName(address == null ? host : address));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> violations(String code, SetDeliveryEndpoint command) {
        return violations(code, command, NONE_ALLOWED);
    }

    private static Set<String> violations(String code, SetDeliveryEndpoint command, DestinationPolicy policy) {
        InputValidation validation = INPUTS.of(command);
        DeliveryEndpointRules.check(validation, code, command, policy, DeliveryEndpointValidationTest::resolve);
        return InputChecks.violations(validation).stream().map(v -> v.field() + " " + v.rule())
                .collect(Collectors.toSet());
    }

    @Test
    void pushAndMllpTogetherAreValid() {
        assertEquals(Set.of(), violations("NPL-MOHP",
                new SetDeliveryEndpoint("https://his.mohp.gov.np/registry/inbox", "hl7.mohp.gov.np", 2575)));
        assertEquals(Set.of(), violations("NPL-MOHP",
                new SetDeliveryEndpoint("http://127.0.0.1:8080/in", "127.0.0.1", 2575), LOOPBACK_ALLOWED));
    }

    @Test
    void eitherAloneOrNeitherIsValid() {
        assertEquals(Set.of(), violations("NPL-MOHP", new SetDeliveryEndpoint("https://his.mohp.gov.np/in", null, null)));
        assertEquals(Set.of(), violations("NPL-MOHP", new SetDeliveryEndpoint(null, "202.45.144.12", 2575)));
        assertEquals(Set.of(), violations("NPL-MOHP", new SetDeliveryEndpoint(null, null, null)));
    }

    /** Where an endpoint may point, without and with the operator's allowance for 127.0.0.1. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "http://his.mohp.gov.np/in,     -,                    pushUrl PlainTransport,  pushUrl PlainTransport",
            "https://127.0.0.1:8443/in,     -,                    pushUrl InternalAddress, -",
            "http://127.0.0.1:8080/in,      -,                    pushUrl PlainTransport,  -",
            "https://localhost/in,          -,                    pushUrl InternalAddress, pushUrl InternalAddress",
            "https://10.1.2.3/in,           -,                    pushUrl InternalAddress, pushUrl InternalAddress",
            "https://192.168.1.1/in,        -,                    pushUrl InternalAddress, pushUrl InternalAddress",
            "https://169.254.169.254/in,    -,                    pushUrl InternalAddress, pushUrl InternalAddress",
            "https://metadata.internal/in,  -,                    pushUrl InternalAddress, pushUrl InternalAddress",
            "https://not-yet-in-dns.np/in,  -,                    -,                       -",
            "-,                             127.0.0.1,            mllpHost InternalAddress, -",
            "-,                             10.1.2.3,             mllpHost InternalAddress, mllpHost InternalAddress",
            "-,                             intranet.mohp.gov.np, mllpHost InternalAddress, mllpHost InternalAddress",
            "-,                             224.0.0.1,            mllpHost InternalAddress, mllpHost InternalAddress",
            "-,                             100.64.0.1,           mllpHost InternalAddress, mllpHost InternalAddress",
            "-,                             0.0.0.0,              mllpHost InternalAddress, mllpHost InternalAddress",
            "-,                             hl7.mohp.gov.np,      -,                       -"})
    void anEndpointIsEncryptedAndPublicUnlessTheOperatorAllowsTheHost(String pushUrl, String mllpHost,
                                                                       String withoutAllowance, String withAllowance) {
        SetDeliveryEndpoint command = new SetDeliveryEndpoint(pushUrl, mllpHost, mllpHost == null ? null : 2575);

        assertEquals(withoutAllowance == null ? Set.of() : Set.of(withoutAllowance),
                violations("NPL-MOHP", command, NONE_ALLOWED));
        assertEquals(withAllowance == null ? Set.of() : Set.of(withAllowance),
                violations("NPL-MOHP", command, LOOPBACK_ALLOWED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://his.mohp.gov.np/in", "his.mohp.gov.np/in", "https://", "https://user:pw@his/in",
            "https://his/in#x", "http://exa mple/", "javascript:alert(1)"})
    void aPushUrlMustBeAPlainHttpUrl(String url) {
        assertEquals(Set.of("pushUrl HttpUrl"), violations("NPL-MOHP", new SetDeliveryEndpoint(url, null, null)));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        SetDeliveryEndpoint broken = new SetDeliveryEndpoint("https://his.mohp.gov.np/" + "x".repeat(500), "-bad host-",
                70000);

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
