package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.Consents;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.common.v1.FamilyMember;
import org.returneeregistry.schemas.common.v1.PriorLearning;
import org.returneeregistry.schemas.common.v1.SkillsCertificate;
import org.returneeregistry.schemas.common.v1.SkillsOccupation;
import org.returneeregistry.schemas.consent.v1.ReturneeDisclosure;
import org.returneeregistry.schemas.reintegration.v1.CaseQuery;
import org.returneeregistry.schemas.reintegration.v1.FamilyRecord;
import org.returneeregistry.schemas.reintegration.v1.Grievance;
import org.returneeregistry.schemas.reintegration.v1.GrievancePage;
import org.returneeregistry.schemas.reintegration.v1.GrievanceQuery;
import org.returneeregistry.schemas.reintegration.v1.RecordedGrievance;
import org.returneeregistry.schemas.reintegration.v1.SkillsProfile;
import org.returneeregistry.schemas.wsdl.v1.CasePort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * The case workers' records and grievances over SOAP on the deployed registry, through the client generated from
 * the CaseService WSDL (wsimport): the skills profile and the family recorded in versions and read back (the same
 * records REST answers), a grievance recorded, repeated under its key and moved through its statuses, every bad
 * input a soap:Client fault with REST's code and nothing written; and the consent service's ReadReturnee carrying
 * the skills and family sections exactly when the decision point grants SKILLS or FAMILY.
 */
class CaseRecordsSoapIT extends DeployedRegistry {

    private String district;
    private String centreCode;
    private CasePort port;

    @BeforeEach
    void aResourceCentreOfItsOwn() {
        district = "District " + token(8);
        centreCode = "NPL-MRC-" + token(6);
        Caller centre = Callers.resourceCentre(centreCode, district);
        port = RegistryApi.casePort(centre);
    }

    @Test
    void skillsAndFamilyAreRecordedInVersionsOverSoapAsOverRest() throws RegistryFault {
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        String caseId = caseOf(registryNumber);
        assertFault("NotFound", () -> port.getSkillsProfile(caseId));

        SkillsProfile first = port.recordSkillsProfile(
                caseId,
                List.of(occupation("7212", "Welder", 6)),
                List.of(certificate("CTEVT", "Welding level 1", LocalDate.parse("2019-05-01"))),
                prior("NOT_STARTED", null),
                "First interview");
        assertEquals(registryNumber, first.getRegistryNumber());
        assertEquals(1, first.getCurrent().getVersion());
        assertEquals(caseId, first.getCurrent().getCaseId());
        assertEquals(centreCode, first.getCurrent().getOrganisation());
        assertTrue(first.getHistory().isEmpty());
        SkillsProfile second = port.recordSkillsProfile(
                caseId,
                List.of(occupation("7212", "Welder", 6), occupation("8322", null, 2)),
                List.of(),
                prior("CERTIFIED", "Level 2 welder"),
                "Recognition of prior learning done");
        assertEquals(2, second.getCurrent().getVersion());
        assertEquals(2, second.getCurrent().getOccupation().size());
        assertEquals("CERTIFIED", second.getCurrent().getPriorLearning().getStatus());
        assertEquals(1, second.getHistory().size());
        assertEquals(
                "NOT_STARTED",
                second.getHistory().get(0).getPriorLearning().getStatus(),
                "the earlier version is kept");
        SkillsProfile read = port.getSkillsProfile(caseId);
        assertEquals(2, read.getCurrent().getVersion());
        assertEquals("8322", read.getCurrent().getOccupation().get(1).getIsco());

        JsonObject overRest = RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(API + "/cases/" + caseId + "/skills-profile"))
                                .GET())
                .expect(200)
                .json();
        assertEquals(2, overRest.getJsonObject("current").getInt("version"), "one record for both protocols");

        FamilyRecord family = port.recordFamily(
                caseId,
                List.of(
                        member("SPOUSE", "Sita", LocalDate.parse("1990-02-11"), "2", true, null),
                        member("CHILD", "Ram", LocalDate.parse("2016-08-01"), "1", true, true)),
                "At intake");
        assertEquals(1, family.getCurrent().getVersion());
        assertEquals(2, family.getCurrent().getMember().size());
        assertNull(family.getCurrent().getMember().get(0).isInSchool(), "not known");
        FamilyRecord again = port.recordFamily(
                caseId,
                List.of(member("CHILD", "Ram", LocalDate.parse("2016-08-01"), "1", true, true)),
                "Spouse moved abroad");
        assertEquals(2, again.getCurrent().getVersion());
        assertEquals(1, again.getCurrent().getMember().size());
        assertEquals(2, port.getFamily(caseId).getHistory().get(0).getMember().size());
    }

    @Test
    void aGrievanceIsRecordedRepeatedUnderItsKeyAndHandledOverSoap() throws RegistryFault {
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        String caseId = caseOf(registryNumber);
        String key = UUID.randomUUID().toString();

        RecordedGrievance recorded =
                port.recordGrievance(caseId, false, "DELAY", "Waited three weeks for the training place", key);
        assertTrue(recorded.isCreated());
        Grievance grievance = recorded.getGrievance();
        assertEquals(registryNumber, grievance.getRegistryNumber());
        assertEquals("RECEIVED", grievance.getStatus());
        assertEquals(centreCode, grievance.getReceivedAt());
        RecordedGrievance repeated =
                port.recordGrievance(caseId, false, "DELAY", "Waited three weeks for the training place", key);
        assertFalse(repeated.isCreated());
        assertEquals(grievance.getGrievanceId(), repeated.getGrievance().getGrievanceId());
        assertFault("IdempotencyKeyReused", () -> port.recordGrievance(caseId, false, "DELAY", "Something else", key));

        String id = grievance.getGrievanceId();
        assertEquals(
                "UNDER_REVIEW",
                port.reviewGrievance(id, "Calling the training centre").getStatus());
        Grievance responded = port.respondToGrievance(id, "A place was found for next month", null);
        assertEquals("RESPONDED", responded.getStatus());
        assertEquals("A place was found for next month", responded.getResponse());
        Grievance closed = port.closeGrievance(id, "The returnee is satisfied");
        assertEquals("CLOSED", closed.getStatus());
        assertEquals(4, port.getGrievance(id).getEvent().size(), "received, review, response, closure");

        GrievanceQuery byCase = new GrievanceQuery();
        byCase.setCaseId(caseId);
        GrievancePage listed = port.listGrievances(byCase);
        assertEquals(1, listed.getTotalCount());
        assertEquals(id, listed.getGrievance().get(0).getGrievanceId());

        Grievance anonymous = port.recordGrievance(null, true, "SUGGESTION", "Open on Saturdays", null)
                .getGrievance();
        assertTrue(anonymous.isAnonymous());
        assertNull(anonymous.getCaseId(), "nothing links it to a person");
        assertNull(anonymous.getRegistryNumber(), "nothing links it to a person");
    }

    @Test
    void everyBadRecordIsAClientFaultWithItsCodeAndWritesNothing() throws RegistryFault {
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        String caseId = caseOf(registryNumber);
        port.recordSkillsProfile(
                caseId, List.of(occupation("7212", null, 3)), List.of(), prior("ASSESSED", null), "Baseline");

        RegistryFault outcome = assertFault(
                "ValidationFailed",
                () -> port.recordSkillsProfile(
                        caseId, List.of(), List.of(), prior("NOT_STARTED", "Certified"), "Outcome too early"));
        assertEquals(
                "priorLearning.outcome",
                outcome.getFaultInfo().getViolation().get(0).getField());
        assertFault(
                "ValidationFailed",
                () -> port.recordSkillsProfile(
                        caseId, List.of(occupation("72", null, 3)), List.of(), prior("ASSESSED", null), "Bad ISCO"));
        assertFault(
                "ValidationFailed",
                () -> port.recordSkillsProfile(caseId, List.of(), List.of(), prior("PENDING", null), "Unknown status"));
        List<SkillsOccupation> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(occupation("7212", null, 1));
        }
        assertFault(
                "ValidationFailed",
                () -> port.recordSkillsProfile(caseId, tooMany, List.of(), prior("ASSESSED", null), "Too many"));
        assertFault(
                "ValidationFailed",
                () -> port.recordSkillsProfile(
                        caseId,
                        List.of(),
                        List.of(certificate("CTEVT", "Future", today().plusDays(3))),
                        prior("ASSESSED", null),
                        "Not issued yet"));
        RegistryFault old = assertFault(
                "ValidationFailed",
                () -> port.recordFamily(
                        caseId, List.of(member("PARENT", "Old", LocalDate.parse("1850-01-01"), "1", true, null)), "x"));
        assertEquals(
                "member[0].dateOfBirth",
                old.getFaultInfo().getViolation().get(0).getField());
        assertFault(
                "ValidationFailed",
                () -> port.recordFamily(
                        caseId,
                        List.of(member("COUSIN", "Hari", LocalDate.parse("2000-01-01"), "1", false, null)),
                        "x"));
        assertFault("NotFound", () -> port.recordFamily(UUID.randomUUID().toString(), List.of(), "Unknown case"));
        assertFault("NotFound", () -> RegistryApi.casePort(
                        Callers.resourceCentre("NPL-MRC-" + token(6), "District " + token(8)))
                .getSkillsProfile(caseId));
        assertFault("NotAuthorized", () -> RegistryApi.casePort(Callers.ministrySystem())
                .getSkillsProfile(caseId));
        RegistryFault anonymousWithCase = assertFault(
                "ValidationFailed", () -> port.recordGrievance(caseId, true, "PRIVACY", "Named but anonymous", null));
        assertEquals(
                "caseId", anonymousWithCase.getFaultInfo().getViolation().get(0).getField());
        assertFault(
                "ValidationFailed", () -> port.recordGrievance(null, false, "PRIVACY", "No case, not anonymous", null));
        String received = port.recordGrievance(caseId, false, "PRIVACY", "Asked twice for my passport", null)
                .getGrievance()
                .getGrievanceId();
        assertFault("GrievanceStatusConflict", () -> port.respondToGrievance(received, "Too early", null));
        assertFault("NotFound", () -> port.getGrievance(UUID.randomUUID().toString()));

        // a C1 control character (legal XML, no text) in a description, refused by the schema before any call
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:k=\"https://schemas.returneeregistry.org/reintegration/v1\"><S:Body><k:RecordGrievance>"
                + "<k:anonymous>true</k:anonymous><k:category>OTHER</k:category>"
                + "<k:description>a C1 control &#x80; here</k:description></k:RecordGrievance></S:Body></S:Envelope>";
        RegistryApi.Answer answer = RegistryApi.sendAs(
                Callers.resourceCentre(centreCode, district),
                HttpRequest.newBuilder(RegistryApi.uri("/soap/CaseService"))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
        assertEquals(500, answer.status(), answer::toString);
        assertTrue(answer.body().matches("(?s).*<faultcode>[A-Za-z0-9]+:Client</faultcode>.*"), answer::toString);
        assertTrue(answer.body().contains(">ValidationFailed</"), answer::toString);

        SkillsProfile after = port.getSkillsProfile(caseId);
        assertEquals(1, after.getCurrent().getVersion(), "the refusals wrote no version");
        assertFault("NotFound", () -> port.getFamily(caseId));
        GrievanceQuery byCase = new GrievanceQuery();
        byCase.setCaseId(caseId);
        assertEquals(1, port.listGrievances(byCase).getTotalCount(), "only the one accepted");

        port.closeCase(caseId, "NO_SUPPORT_NEEDED", null);
        assertFault(
                "CaseStatusConflict",
                () -> port.recordFamily(
                        caseId,
                        List.of(member("CHILD", "Ram", LocalDate.parse("2016-08-01"), "1", true, true)),
                        "Too late"));
    }

    @Test
    void readReturneeCarriesSkillsAndFamilyOnlyWhenGranted() throws RegistryFault {
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        String caseId = caseOf(registryNumber);
        port.recordSkillsProfile(
                caseId,
                List.of(occupation("7212", "Welder", 6)),
                List.of(certificate("CTEVT", "Welding level 2", LocalDate.parse("2024-05-01"))),
                prior("CERTIFIED", "Level 2 welder"),
                "First interview");
        port.recordFamily(
                caseId, List.of(member("CHILD", "Ram", LocalDate.parse("2016-08-01"), "1", true, true)), "At intake");

        Caller ministry = Callers.ministrySystem();
        Consents.recorded(
                registryNumber, ministry.organisation(), "REINTEGRATION_SERVICES", List.of("IDENTITY", "SKILLS"));
        ReturneeDisclosure skillsOnly =
                RegistryApi.consentPort(ministry).readReturnee(registryNumber, "REINTEGRATION_SERVICES", List.of());
        assertEquals(List.of("IDENTITY", "SKILLS"), skillsOnly.getGrantedCategory());
        assertNotNull(skillsOnly.getSkills(), "SKILLS granted");
        assertEquals(1, skillsOnly.getSkills().getVersion());
        assertEquals("7212", skillsOnly.getSkills().getOccupation().get(0).getIsco());
        assertEquals("CERTIFIED", skillsOnly.getSkills().getPriorLearning().getStatus());
        assertEquals(
                "Welding level 2",
                skillsOnly.getSkills().getCertificate().get(0).getTitle());
        assertNull(skillsOnly.getFamily(), "FAMILY not granted");

        Consents.recorded(registryNumber, ministry.organisation(), "SOCIAL_PROTECTION_ENROLMENT", List.of("FAMILY"));
        ReturneeDisclosure familyOnly = RegistryApi.consentPort(ministry)
                .readReturnee(registryNumber, "SOCIAL_PROTECTION_ENROLMENT", List.of("FAMILY"));
        assertEquals(List.of("FAMILY"), familyOnly.getGrantedCategory());
        assertNull(familyOnly.getSkills(), "SKILLS not granted");
        assertNull(familyOnly.getIdentity(), "IDENTITY not granted");
        FamilyMember child = familyOnly.getFamily().getMember().get(0);
        assertEquals("CHILD", child.getRelationship());
        assertEquals("Ram", child.getGivenName());
        assertEquals(Boolean.TRUE, child.isInSchool());

        JsonObject log = RegistryApi.decisions(registryNumber, "&outcome=PERMIT");
        assertTrue(
                log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(d -> "SOAP".equals(d.getString("channel", null))
                                && d.getJsonArray("granted").toString().contains("FAMILY")),
                log::toString);
    }

    // ---- helpers ----

    private String caseOf(String registryNumber) throws RegistryFault {
        CaseQuery query = new CaseQuery();
        query.setRegistryNumber(registryNumber);
        return port.listCases(query).getSummary().get(0).getCaseId();
    }

    private static RegistryFault assertFault(String code, Executable call) {
        RegistryFault fault = assertThrows(RegistryFault.class, call);
        assertEquals(code, fault.getFaultInfo().getCode(), fault.getFaultInfo().getMessage());
        return fault;
    }

    private static SkillsOccupation occupation(String isco, String title, int years) {
        SkillsOccupation o = new SkillsOccupation();
        o.setIsco(isco);
        o.setTitle(title);
        o.setYears(years);
        return o;
    }

    private static SkillsCertificate certificate(String issuer, String title, LocalDate issuedOn) {
        SkillsCertificate c = new SkillsCertificate();
        c.setIssuer(issuer);
        c.setTitle(title);
        c.setIssuedOn(issuedOn);
        return c;
    }

    private static PriorLearning prior(String status, String outcome) {
        PriorLearning p = new PriorLearning();
        p.setStatus(status);
        p.setOutcome(outcome);
        return p;
    }

    private static FamilyMember member(
            String relationship, String givenName, LocalDate born, String sex, boolean dependant, Boolean inSchool) {
        FamilyMember m = new FamilyMember();
        m.setRelationship(relationship);
        m.setGivenName(givenName);
        m.setDateOfBirth(born);
        m.setSex(sex);
        m.setDependant(dependant);
        m.setInSchool(inSchool);
        return m;
    }

    private static String token(int length) {
        return UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, length)
                .toUpperCase(Locale.ROOT);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The sample notification of a person living in {@code district}. */
    private static JsonObject notificationIn(String district) {
        return Samples.with(
                Samples.notification(Samples.notificationId(), Samples.passportNumber()),
                "/person/homeDistrict",
                Json.createValue(district));
    }
}
