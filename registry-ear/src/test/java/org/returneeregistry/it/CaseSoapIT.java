package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.Callers.Caller;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.Samples;
import org.returneeregistry.schemas.reintegration.v1.Assessment;
import org.returneeregistry.schemas.reintegration.v1.CasePage;
import org.returneeregistry.schemas.reintegration.v1.CaseQuery;
import org.returneeregistry.schemas.reintegration.v1.Codes;
import org.returneeregistry.schemas.reintegration.v1.GivenAnswer;
import org.returneeregistry.schemas.reintegration.v1.NewAssessment;
import org.returneeregistry.schemas.reintegration.v1.OverduePage;
import org.returneeregistry.schemas.reintegration.v1.OverdueQuery;
import org.returneeregistry.schemas.reintegration.v1.RecordedAssessment;
import org.returneeregistry.schemas.reintegration.v1.ReintegrationCase;
import org.returneeregistry.schemas.wsdl.v1.CasePort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * The case service over SOAP on the deployed registry, through the client generated from its WSDL (wsimport):
 * a case worked from its opening to its closure and a new one opened, the screening answers withheld from all
 * but the case worker exactly as over REST (each decision in the decision log), and every bad input a
 * soap:Client fault with the registryFault code REST answers, with nothing written.
 */
class CaseSoapIT extends DeployedRegistry {

    private String district;
    private String centreCode;
    private Caller centre;
    private CasePort port;

    @BeforeEach
    void aResourceCentreOfItsOwn() {
        district = "District " + token(8);
        centreCode = "NPL-MRC-" + token(6);
        centre = Callers.resourceCentre(centreCode, district);
        port = RegistryApi.casePort(centre);
    }

    @Test
    void aCaseIsWorkedFromOpeningToClosureOverSoap() throws RegistryFault {
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        CasePage listed = port.listCases(query(registryNumber));
        assertEquals(1, listed.getTotalCount());
        String caseId = listed.getSummary().get(0).getCaseId();
        ReintegrationCase opened = port.getCase(caseId);
        assertEquals("OPEN", opened.getStatus());
        assertEquals("NOTIFICATION", opened.getOpenedBy());
        assertEquals(centreCode, opened.getCentre());
        assertEquals(6, opened.getFollowUp().size());

        ReintegrationCase assigned = port.assignCase(caseId, null, null, null);
        String worker = assigned.getWorker();
        assertTrue(worker != null && !worker.isBlank(), "the caller, when no worker is named");
        OverduePage overdue = port.listOverdueFollowUps(new OverdueQuery());
        assertEquals(6, overdue.getTotalCount(), "the return in 2025 leaves every follow-up overdue");
        assertTrue(overdue.getOverdue().stream().allMatch(o -> o.getCaseId().equals(caseId)));

        String key = UUID.randomUUID().toString();
        RecordedAssessment economic = port.recordCaseAssessment(caseId, economic("UNEMPLOYED_SEEKING"), key);
        assertTrue(economic.isCreated());
        assertEquals(18, economic.getAssessment().getScore());
        RecordedAssessment repeated = port.recordCaseAssessment(caseId, economic("UNEMPLOYED_SEEKING"), key);
        assertFalse(repeated.isCreated());
        assertEquals(
                economic.getAssessment().getNumber(), repeated.getAssessment().getNumber());
        assertFault("IdempotencyKeyReused", () -> port.recordCaseAssessment(caseId, economic("EMPLOYED"), key));
        Assessment read =
                port.getCaseAssessment(caseId, economic.getAssessment().getNumber());
        assertEquals("UNEMPLOYED_SEEKING", answers(read).get("employmentStatus"));
        assertEquals("CONSTRUCTION", answers(read).get("skills"));

        port.addCaseGoal(caseId, "ECONOMIC", "INDIVIDUAL", "A job as a certified welder");
        String ministry = Callers.ministrySystem().organisation();
        ReintegrationCase planned = port.addCaseAction(caseId, 1, "Welding course", ministry, today().plusMonths(2));
        assertEquals(1, planned.getGoal().size());
        assertEquals("OPEN", planned.getAction().get(0).getStatus());
        port.addCaseNote(caseId, "Met at the centre;\nkeen to start the course");
        ReintegrationCase followed = port.recordFollowUp(caseId, today(), "REACHED", "By phone");
        assertEquals(
                "REACHED",
                followed.getFollowUp().stream()
                        .filter(f -> f.getContactedOn() != null)
                        .findFirst()
                        .orElseThrow()
                        .getOutcome());

        assertFault("CaseHasOpenActions", () -> port.closeCase(caseId, "GOALS_MET", null));
        ReintegrationCase ended = port.endCaseAction(caseId, 1, true, "Certificate obtained");
        assertEquals("DONE", ended.getAction().get(0).getStatus());
        ReintegrationCase closed = port.closeCase(caseId, "GOALS_MET", null);
        assertEquals("CLOSED", closed.getStatus());
        assertEquals("GOALS_MET", closed.getOutcome());
        assertTrue(closed.getEvent().size() > 6, "every change in the history");

        ReintegrationCase reopened = port.openCase(registryNumber, null, "Back after a second job abroad");
        assertNotEquals(caseId, reopened.getCaseId());
        assertEquals("REGISTRAR", reopened.getOpenedBy());
        assertEquals(centreCode, reopened.getCentre());
        assertFault("CaseAlreadyOpen", () -> port.openCase(registryNumber, null, "Once more"));
        assertEquals(2, port.listCases(query(registryNumber)).getTotalCount());
    }

    @Test
    void theScreeningIsWithheldFromAllButTheCaseWorkerAsOverRest() throws RegistryFault {
        Caller otherCentre = Callers.resourceCentre("NPL-MRC-" + token(6), "District " + token(8));
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        String caseId =
                port.listCases(query(registryNumber)).getSummary().get(0).getCaseId();
        port.assignCase(caseId, null, null, null);
        RecordedAssessment recorded = port.recordCaseAssessment(caseId, screening(), null);
        assertFalse(recorded.getAssessment().isWithheld());
        int number = recorded.getAssessment().getNumber();

        Assessment seen = port.getCaseAssessment(caseId, number);
        assertFalse(seen.isWithheld());
        assertEquals("true", answers(seen).get("traffickingIndicators"));
        assertEquals(Boolean.TRUE, seen.isPositive());

        CasePort operator = RegistryApi.casePort(Callers.registrar());
        Assessment withheld = operator.getCaseAssessment(caseId, number);
        assertTrue(withheld.isWithheld());
        assertFalse(answers(withheld).containsKey("traffickingIndicators"), "withheld");
        assertFalse(answers(withheld).containsKey("genderBasedViolence"), "withheld");
        assertEquals("true", answers(withheld).get("unpaidWages"), "the ordinary answers are shown");
        assertNull(withheld.getScore());
        assertNull(withheld.isPositive());
        assertNull(withheld.getPoints());
        assertTrue(withheld.getDecision() != null, "names the decision");
        Assessment inCase = operator.getCase(caseId).getAssessment().get(0);
        assertTrue(inCase.isWithheld() && inCase.getScore() == null, "the case shows no score either");
        assertFault("NotFound", () -> RegistryApi.casePort(otherCentre).getCaseAssessment(caseId, number));

        JsonObject log = RegistryApi.decisions(registryNumber, "");
        Set<String> denied = log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("reason").equals("SPECIAL_CATEGORY_RESTRICTED"))
                .filter(d -> "SOAP".equals(d.getString("channel", null)))
                .map(d -> d.getString("organisation"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(Callers.OPERATOR), denied, log::toString);
        assertTrue(
                log.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(d -> d.getString("reason").equals("CASE_WORKER")
                                && d.getString("organisation").equals(centreCode)),
                log::toString);
    }

    @Test
    void everyBadInputIsAClientFaultWithItsCodeAndWritesNothing() throws RegistryFault {
        String registryNumber = RegistryApi.submitNew(notificationIn(district)).getString("registryNumber");
        String caseId =
                port.listCases(query(registryNumber)).getSummary().get(0).getCaseId();
        long version = port.getCase(caseId).getVersion();

        assertFault("NotFound", () -> port.getCase(UUID.randomUUID().toString()));
        RegistryFault outcome = assertFault("ValidationFailed", () -> port.closeCase(caseId, "WHATEVER", null));
        assertEquals("outcome", outcome.getFaultInfo().getViolation().get(0).getField());
        NewAssessment unknown = economic("EMPLOYED");
        unknown.setVersion(99);
        assertFault("UnknownQuestionnaire", () -> port.recordCaseAssessment(caseId, unknown, null));
        NewAssessment wrongType = economic("EMPLOYED");
        wrongType.getAnswer().get(1).setNumber(null);
        wrongType.getAnswer().get(1).setText("a lot");
        RegistryFault typed = assertFault("ValidationFailed", () -> port.recordCaseAssessment(caseId, wrongType, null));
        assertEquals(
                "newAssessment.answer[1].value",
                typed.getFaultInfo().getViolation().get(0).getField(),
                typed.getFaultInfo().getMessage());
        assertFault(
                "FollowUpBeforeCaseOpened",
                () -> port.recordFollowUp(caseId, LocalDate.parse("2000-01-01"), "REACHED", null));
        assertFault("ValidationFailed", () -> port.recordFollowUp(caseId, today().plusDays(2), "REACHED", null));
        assertFault("ValidationFailed", () -> port.addCaseGoal(caseId, "FINANCIAL", "INDIVIDUAL", "Unknown dimension"));
        assertFault("ValidationFailed", () -> port.addCaseAction(caseId, 7, "No such goal", Callers.MINISTRY, today()));
        String ministry = Callers.ministrySystem().organisation(); // registered, and no resource centre
        assertFault("CaseWorkerUnavailable", () -> RegistryApi.casePort(Callers.registrar())
                .transferCase(caseId, ministry, null, "Not a resource centre"));
        assertFault("NotAuthorized", () -> RegistryApi.casePort(Callers.ministrySystem())
                .getCase(caseId));

        // a control character in free text, refused by the schema before any call
        String envelope = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:k=\"https://schemas.returneeregistry.org/reintegration/v1\"><S:Body><k:AddCaseNote>"
                + "<k:caseId>" + caseId + "</k:caseId><k:text>a C1 control &#x80; here</k:text>"
                + "</k:AddCaseNote></S:Body></S:Envelope>";
        RegistryApi.Answer answer = RegistryApi.sendAs(
                centre,
                HttpRequest.newBuilder(RegistryApi.uri("/soap/CaseService"))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
        assertEquals(500, answer.status(), answer::toString);
        assertTrue(answer.body().matches("(?s).*<faultcode>[A-Za-z0-9]+:Client</faultcode>.*"), answer::toString);
        assertTrue(answer.body().contains(">ValidationFailed</"), answer::toString);

        ReintegrationCase after = port.getCase(caseId);
        assertEquals(version, after.getVersion(), "the refusals wrote nothing");
        assertTrue(after.getAssessment().isEmpty()
                && after.getGoal().isEmpty()
                && after.getAction().isEmpty());
        assertTrue(after.getFollowUp().stream().allMatch(f -> f.getContactedOn() == null));
        assertEquals("OPEN", after.getStatus());
        assertEquals(centreCode, after.getCentre());
    }

    // ---- helpers ----

    private static RegistryFault assertFault(String code, Executable call) {
        RegistryFault fault = assertThrows(RegistryFault.class, call);
        assertEquals(code, fault.getFaultInfo().getCode(), fault.getFaultInfo().getMessage());
        return fault;
    }

    private static CaseQuery query(String registryNumber) {
        CaseQuery query = new CaseQuery();
        query.setRegistryNumber(registryNumber);
        return query;
    }

    private static NewAssessment economic(String status) {
        NewAssessment a = new NewAssessment();
        a.setQuestionnaire("ECONOMIC");
        a.setVersion(1);
        a.getAnswer().add(text("employmentStatus", status));
        a.getAnswer().add(number("monthlyIncome", 12000));
        a.getAnswer().add(number("debtOutstanding", 150000));
        a.getAnswer().add(yesNo("recruitmentFeesOwed", true));
        GivenAnswer skills = new GivenAnswer();
        skills.setQuestion("skills");
        Codes codes = new Codes();
        codes.getCode().add("CONSTRUCTION");
        skills.setCodes(codes);
        a.getAnswer().add(skills);
        return a;
    }

    private static NewAssessment screening() {
        NewAssessment a = new NewAssessment();
        a.setQuestionnaire("VULNERABILITY_SCREENING");
        a.setVersion(1);
        a.getAnswer().add(yesNo("traffickingIndicators", true));
        a.getAnswer().add(yesNo("genderBasedViolence", false));
        a.getAnswer().add(yesNo("debtBondage", false));
        a.getAnswer().add(yesNo("disability", false));
        a.getAnswer().add(yesNo("unpaidWages", true));
        a.getAnswer().add(number("minorDependants", 0));
        return a;
    }

    private static GivenAnswer text(String question, String value) {
        GivenAnswer a = new GivenAnswer();
        a.setQuestion(question);
        a.setText(value);
        return a;
    }

    private static GivenAnswer number(String question, long value) {
        GivenAnswer a = new GivenAnswer();
        a.setQuestion(question);
        a.setNumber(BigDecimal.valueOf(value));
        return a;
    }

    private static GivenAnswer yesNo(String question, boolean value) {
        GivenAnswer a = new GivenAnswer();
        a.setQuestion(question);
        a.setYesNo(value);
        return a;
    }

    private static Map<String, String> answers(Assessment assessment) {
        return assessment.getAnswer().stream()
                .collect(Collectors.toMap(a -> a.getQuestion(), a -> a.getValue() == null ? "" : a.getValue()));
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

    /** The sample notification (a MEDICAL need, a return in 2025) of a person living in {@code district}. */
    private static JsonObject notificationIn(String district) {
        return Samples.with(
                Samples.notification(Samples.notificationId(), Samples.passportNumber()),
                "/person/homeDistrict",
                Json.createValue(district));
    }
}
