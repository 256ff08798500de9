package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Agreements;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.schemas.agreement.v1.AgreementRegistration;
import org.returneeregistry.schemas.common.v1.Violation;
import org.returneeregistry.schemas.wsdl.v1.AgreementPort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * A partner institution's endpoint is held to the registry's outbound-address policy, the one delivery
 * endpoints follow: encrypted transport only and no internal address, except the hosts the operator allowed
 * (the test domain allows 127.0.0.1) — over REST and SOAP; and SOAP faults name violated fields as the SOAP
 * contract does.
 */
class PartnerEndpointPolicyIT extends DeployedRegistry {

    private final AgreementPort admin = RegistryApi.agreementPort(Callers.registryAdmin());

    private static String body(String url) {
        return Json.createObjectBuilder()
                .add("url", url)
                .add("reason", "Onboarding")
                .build()
                .toString();
    }

    private static JsonObject refusedOverRest(String path, String url) {
        return Agreements.send(Callers.registryAdmin(), "PUT", path, body(url)).problem(400, "ValidationFailed");
    }

    private static String rule(JsonObject problem) {
        JsonObject violation = problem.getJsonArray("violations").getJsonObject(0);
        assertEquals("url", violation.getString("field"), problem::toString);
        return violation.getString("rule");
    }

    @Test
    void partnerEndpointsFollowTheOutboundAddressPolicyOverRestAndSoap() throws RegistryFault {
        String id =
                Agreements.registered("Endpoint policy " + UUID.randomUUID()).getString("agreementId");
        String soap = RegistryApi.API + "/agreements/" + id + "/endpoints/" + Agreements.PARTNER + "/SOAP";

        assertEquals("PlainTransport", rule(refusedOverRest(soap, "http://gosi.example.qa/soap")));
        assertEquals("InternalAddress", rule(refusedOverRest(soap, "https://10.20.30.40/soap")));
        assertEquals("InternalAddress", rule(refusedOverRest(soap, "https://169.254.169.254/latest/meta-data")));
        assertEquals("InternalAddress", rule(refusedOverRest(soap, "https://[::1]:8443/soap")));
        // the operator's exception (the test domain's registry.exchange.allowed-insecure-hosts)
        Agreements.send(Callers.registryAdmin(), "PUT", soap, body("http://127.0.0.1:8080/soap/PartnerExchange"))
                .expect(200);
        Agreements.send(Callers.registryAdmin(), "PUT", soap, body("https://gosi.example.qa/soap"))
                .expect(200);

        for (String refused : List.of("http://gosi.example.qa/api", "https://192.168.1.10/api")) {
            RegistryFault fault = assertThrows(
                    RegistryFault.class,
                    () -> admin.setAgreementEndpoint(id, Agreements.PARTNER, "REST", refused, "Onboarding"));
            assertEquals("ValidationFailed", fault.getFaultInfo().getCode());
            Violation violation = fault.getFaultInfo().getViolation().get(0);
            assertEquals("url", violation.getField());
            assertTrue(List.of("PlainTransport", "InternalAddress").contains(violation.getRule()), violation::getRule);
        }
        assertEquals(
                "https://gosi.example.qa/soap",
                admin.getAgreement(id, null).getEndpoint().get(0).getUrl(),
                "the refused endpoints changed nothing");
    }

    private List<String> refusedFields(AgreementRegistration registration) {
        RegistryFault fault = assertThrows(RegistryFault.class, () -> admin.registerAgreement(registration));
        assertEquals("ValidationFailed", fault.getFaultInfo().getCode());
        return fault.getFaultInfo().getViolation().stream()
                .map(Violation::getField)
                .toList();
    }

    @Test
    void soapFaultsNameTheFieldsAsTheSoapContractDoes() {
        AgreementRegistration unknown = AgreementSoapIT.registration("SOAP field names " + UUID.randomUUID());
        unknown.getParty().get(1).setInstitution("QAT-NOBODY");
        assertEquals(List.of("party[1].institution"), refusedFields(unknown));

        AgreementRegistration twice = AgreementSoapIT.registration("SOAP field names " + UUID.randomUUID());
        twice.getScopeRow().add(twice.getScopeRow().get(0));
        List<String> fields = refusedFields(twice);
        assertEquals(List.of("scopeRow[2]"), fields);
    }
}
