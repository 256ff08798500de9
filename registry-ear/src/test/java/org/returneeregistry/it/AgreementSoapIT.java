package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.schemas.agreement.v1.Agreement;
import org.returneeregistry.schemas.agreement.v1.AgreementAmendment;
import org.returneeregistry.schemas.agreement.v1.AgreementEvent;
import org.returneeregistry.schemas.agreement.v1.AgreementPage;
import org.returneeregistry.schemas.agreement.v1.AgreementRegistration;
import org.returneeregistry.schemas.agreement.v1.Party;
import org.returneeregistry.schemas.agreement.v1.ScopeRow;
import org.returneeregistry.schemas.wsdl.v1.AgreementPort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.testsupport.TestCertificates;

/**
 * The agreement service over SOAP on the deployed registry, through the client generated from its WSDL: the
 * same lifecycle, versions, certificates and endpoints as over REST, and its refusals as soap:Client faults
 * with their registryFault codes.
 */
class AgreementSoapIT extends DeployedRegistry {

    private final AgreementPort admin = RegistryApi.agreementPort(Callers.registryAdmin());

    @Test
    void anAgreementIsRegisteredAmendedPutInForceAndReadByVersion() throws RegistryFault {
        Agreement draft = admin.registerAgreement(registration("SOAP lifecycle " + UUID.randomUUID()));
        String id = draft.getAgreementId();
        assertEquals("DRAFT", draft.getStatus());
        assertEquals(1, draft.getCurrentVersion());
        assertEquals(2, draft.getScopeRow().size());

        Agreement amended = admin.amendAgreement(id, amendment("Narrowed to return notices"));
        assertEquals(2, amended.getCurrentVersion());
        assertEquals(1, amended.getScopeRow().size());
        Agreement inForce = admin.putAgreementInForce(id, "Ratified");
        assertEquals("IN_FORCE", inForce.getStatus());
        assertEquals(
                "SUSPENDED", admin.suspendAgreement(id, "Breach under review").getStatus());
        assertEquals("IN_FORCE", admin.resumeAgreement(id, "Resolved").getStatus());

        AgreementPort auditor = RegistryApi.agreementPort(Callers.auditor());
        Agreement first = auditor.getAgreement(id, BigInteger.ONE);
        assertEquals(1, first.getVersion());
        assertEquals(2, first.getScopeRow().size(), "version 1 as it was");
        assertEquals(
                List.of("REGISTERED", "AMENDED", "PUT_IN_FORCE", "SUSPENDED", "RESUMED"),
                first.getEvent().stream().map(AgreementEvent::getType).toList());
        assertEquals(
                List.of(1, 2, 2, 2, 2),
                first.getEvent().stream().map(AgreementEvent::getVersion).toList());
        assertFault("NotFound", () -> auditor.getAgreement(id, BigInteger.valueOf(3)));

        AgreementPage page = auditor.listAgreements(null, BigInteger.valueOf(100), "IN_FORCE", "QAT");
        assertTrue(page.getSummary().stream().anyMatch(s -> s.getAgreementId().equals(id)));
        assertEquals("TERMINATED", admin.terminateAgreement(id, "Denounced").getStatus());
        assertFault("AgreementStatusConflict", () -> admin.resumeAgreement(id, "Never again"));
    }

    @Test
    void certificatesAndEndpointsAreKeptAndRefusalsAreFaultsWithTheirCodes() throws RegistryFault {
        String id = admin.registerAgreement(registration("SOAP certificates " + UUID.randomUUID()))
                .getAgreementId();

        Agreement attached = admin.attachAgreementCertificate(id, Callers.PARTNER, TestCertificates.signing(), "First");
        String certificateId = attached.getCertificate().get(0).getCertificateId();
        assertTrue(attached.getCertificate().get(0).getSha256Fingerprint().matches("[0-9a-f]{64}"));
        Agreement revoked = admin.revokeAgreementCertificate(id, certificateId, "Key compromised");
        assertNotNull(revoked.getCertificate().get(0).getRevokedAt());
        assertFault("CertificateAlreadyRevoked", () -> admin.revokeAgreementCertificate(id, certificateId, "Again"));
        assertFault("CertificateMalformed", () -> admin.attachAgreementCertificate(id, Callers.PARTNER, "no", null));
        assertFault(
                "CertificateExpired",
                () -> admin.attachAgreementCertificate(
                        id, Callers.PARTNER, TestCertificates.pem("EC", "-3d", 1, "KeyUsage=digitalSignature"), null));
        assertFault(
                "CertificateNotForSigning",
                () -> admin.attachAgreementCertificate(
                        id, Callers.PARTNER, TestCertificates.pem("RSA", null, 30, "KeyUsage=keyEncipherment"), null));
        assertFault(
                "InstitutionNotParty",
                () -> admin.attachAgreementCertificate(id, "NPL-MOHP", TestCertificates.signing(), null));

        Agreement withEndpoint =
                admin.setAgreementEndpoint(id, Callers.PARTNER, "SOAP", "https://gosi.example.qa/soap", "Onboarding");
        assertEquals(
                "https://gosi.example.qa/soap",
                withEndpoint.getEndpoint().get(0).getUrl());
        assertFault(
                "ValidationFailed",
                () -> admin.setAgreementEndpoint(id, Callers.PARTNER, "SOAP", "ftp://gosi.example.qa", null));
        assertEquals(
                List.of("REGISTERED", "CERTIFICATE_ATTACHED", "CERTIFICATE_REVOKED", "ENDPOINT_SET"),
                admin.getAgreement(id, null).getEvent().stream()
                        .map(AgreementEvent::getType)
                        .toList(),
                "the refusals recorded nothing");
    }

    @Test
    void invalidRegistrationsAndOtherRolesAreRefused() {
        AgreementRegistration unknownInstitution = registration("SOAP refused " + UUID.randomUUID());
        unknownInstitution.getParty().get(1).setInstitution("QAT-NOBODY");
        RegistryFault invalid = assertThrows(RegistryFault.class, () -> admin.registerAgreement(unknownInstitution));
        assertEquals("ValidationFailed", invalid.getFaultInfo().getCode());
        assertEquals(
                "party[1].institution",
                invalid.getFaultInfo().getViolation().get(0).getField());

        for (Callers.Caller caller :
                List.of(Callers.ministrySystem(), Callers.mission("NPL-EMB-DOH"), Callers.partnerInstitution())) {
            AgreementPort port = RegistryApi.agreementPort(caller);
            assertFault("NotAuthorized", () -> port.registerAgreement(registration("SOAP by " + caller.role())));
            assertFault("NotAuthorized", () -> port.listAgreements(null, null, null, null));
        }
        assertFault("NotAuthorized", () -> RegistryApi.agreementPort(Callers.auditor())
                .registerAgreement(registration("SOAP by an auditor")));
    }

    @Test
    void aRequestTheSchemaRefusesIsAClientFaultAndRecordsNothing() {
        String title = "SOAP schema " + UUID.randomUUID();
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:a=\"https://schemas.returneeregistry.org/agreement/v1\"><S:Body><a:RegisterAgreement>"
                + "<a:registration><a:type>TRADE</a:type><a:title>" + title + "</a:title>"
                + "<a:legalReference>X/1</a:legalReference><a:validFrom>2026-01-01</a:validFrom>"
                + "<a:retentionDays>0</a:retentionDays>"
                + "<a:party><a:country>NPL</a:country><a:institution>NPL-DOFE</a:institution></a:party>"
                + "<a:party><a:country>QQQ</a:country><a:institution>QAT-GOSI</a:institution></a:party>"
                + "<a:scopeRow><a:direction>INBOUND</a:direction><a:messageType>RETURN_NOTICE</a:messageType>"
                + "<a:category>IDENTITY</a:category><a:purpose>STATISTICS</a:purpose>"
                + "<a:legalBasis>AGREEMENT</a:legalBasis></a:scopeRow>"
                + "</a:registration></a:RegisterAgreement></S:Body></S:Envelope>";
        RegistryApi.Answer answer = RegistryApi.sendAs(
                Callers.registryAdmin(),
                HttpRequest.newBuilder(RegistryApi.uri("/soap/AgreementService"))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));

        assertEquals(500, answer.status(), answer::toString);
        assertTrue(answer.body().matches("(?s).*<faultcode>[A-Za-z0-9]+:Client</faultcode>.*"), answer::toString);
        assertTrue(answer.body().contains(">ValidationFailed</"), answer::toString);
        assertTrue(
                RegistryApi.get(RegistryApi.API + "/agreements?pageSize=100")
                                .expect(200)
                                .body()
                                .indexOf(title)
                        < 0,
                "nothing was registered");
    }

    static AgreementRegistration registration(String title) {
        Callers.partnerInstitution();
        AgreementRegistration r = new AgreementRegistration();
        r.setType("SOCIAL_SECURITY");
        r.setTitle(title);
        r.setLegalReference("NPL-QAT/SSA/2026");
        r.setSignatureDate(LocalDate.now().minusYears(1));
        r.setValidFrom(LocalDate.now().minusYears(1));
        r.setRetentionDays(3650);
        r.getParty().addAll(List.of(party("NPL", Callers.OPERATOR), party("QAT", Callers.PARTNER)));
        r.getScopeRow().add(row("INBOUND", "RETURN_NOTICE", "IDENTITY", "REINTEGRATION_SERVICES", "AGREEMENT"));
        r.getScopeRow()
                .add(row(
                        "OUTBOUND",
                        "EMPLOYMENT_RECORD_REQUEST",
                        "SOCIAL_SECURITY",
                        "SOCIAL_SECURITY_CLAIM",
                        "CONSENT_REQUIRED"));
        r.setReason("Signed");
        return r;
    }

    private static AgreementAmendment amendment(String reason) {
        AgreementAmendment a = new AgreementAmendment();
        a.setTitle("Social security agreement, as amended");
        a.setLegalReference("NPL-QAT/SSA/2026/P1");
        a.setValidFrom(LocalDate.now().minusYears(1));
        a.setValidUntil(LocalDate.now().plusYears(10));
        a.setRetentionDays(3650);
        a.getParty().addAll(List.of(party("NPL", Callers.OPERATOR), party("QAT", Callers.PARTNER)));
        a.getScopeRow().add(row("INBOUND", "RETURN_NOTICE", "IDENTITY", "REINTEGRATION_SERVICES", "AGREEMENT"));
        a.setReason(reason);
        return a;
    }

    private static Party party(String country, String institution) {
        Party p = new Party();
        p.setCountry(country);
        p.setInstitution(institution);
        return p;
    }

    private static ScopeRow row(String direction, String type, String category, String purpose, String basis) {
        ScopeRow r = new ScopeRow();
        r.setDirection(direction);
        r.setMessageType(type);
        r.setCategory(category);
        r.setPurpose(purpose);
        r.setLegalBasis(basis);
        return r;
    }

    private static void assertFault(String code, Executable call) {
        RegistryFault fault = assertThrows(RegistryFault.class, call);
        assertEquals(code, fault.getFaultInfo().getCode(), fault.getFaultInfo().getMessage());
    }
}
