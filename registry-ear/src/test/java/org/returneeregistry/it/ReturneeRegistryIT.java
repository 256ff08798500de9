package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.API;
import static org.returneeregistry.it.support.RegistryApi.REGISTRY_NUMBER;
import static org.returneeregistry.it.support.RegistryApi.findByPassport;
import static org.returneeregistry.it.support.RegistryApi.get;
import static org.returneeregistry.it.support.RegistryApi.postJson;
import static org.returneeregistry.it.support.RegistryApi.query;
import static org.returneeregistry.it.support.RegistryApi.register;
import static org.returneeregistry.it.support.RegistryApi.registryPort;
import static org.returneeregistry.it.support.RegistryApi.returnee;
import static org.returneeregistry.it.support.Samples.COUNTRY;
import static org.returneeregistry.it.support.Samples.DATE_OF_BIRTH;
import static org.returneeregistry.it.support.Samples.familyName;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.registration;
import static org.returneeregistry.it.support.Samples.soapRegistration;
import static org.returneeregistry.it.support.Samples.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.schemas.common.v1.Identifier;
import org.returneeregistry.schemas.returnee.v1.Correction;
import org.returneeregistry.schemas.returnee.v1.FieldChange;
import org.returneeregistry.schemas.returnee.v1.HistoryEntry;
import org.returneeregistry.schemas.returnee.v1.ReturneePage;
import org.returneeregistry.schemas.returnee.v1.ReturneeQuery;
import org.returneeregistry.schemas.returnee.v1.ReturneeSummary;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.ReturneeRegistryPort;

/** The returnee registry over REST and SOAP: register, get, find, correct, history. */
class ReturneeRegistryIT extends DeployedRegistry {

    private static final String RETURNEES = API + "/returnees";

    private final ReturneeRegistryPort soap = registryPort();

    // ---- REST ----

    @Test
    void registeredReturneeCanBeReadBack() {
        String passport = passportNumber();
        String family = familyName();

        Answer created = postJson(RETURNEES, registration(passport, family, DATE_OF_BIRTH))
                .expect(201);

        JsonObject view = created.json();
        String registryNumber = view.getString("registryNumber");
        assertTrue(registryNumber.matches(REGISTRY_NUMBER), view::toString);
        assertTrue(created.header("Location").orElse("").endsWith("/returnees/" + registryNumber), created::toString);
        assertEquals(family, view.getJsonObject("person").getJsonObject("name").getString("familyName"));
        assertEquals(1, view.getJsonArray("migrationEpisodes").size(), view::toString);
        assertEquals(0, view.getJsonArray("returnEvents").size(), view::toString);
        Instant.parse(view.getString("registeredAt"));

        JsonObject read = returnee(registryNumber);
        assertEquals(view.getJsonObject("person"), read.getJsonObject("person"));
        assertEquals(
                passport,
                read.getJsonObject("person")
                        .getJsonArray("identifiers")
                        .getJsonObject(0)
                        .getString("number"));
        assertEquals(
                read.getJsonNumber("version"),
                view.getJsonNumber("version"),
                "the version the registration answers is the one a correction must name");
    }

    @Test
    void registeringAnIdentifierAlreadyHeldIsAConflict() {
        String passport = passportNumber();
        register(registration(passport));

        postJson(RETURNEES, registration(passport)).problem(409, "IdentifierAlreadyRegistered");
        RegistryFault fault = assertThrows(
                RegistryFault.class,
                () -> soap.registerReturnee(soapRegistration(passport, familyName(), LocalDate.parse(DATE_OF_BIRTH))));
        assertEquals("IdentifierAlreadyRegistered", fault.getFaultInfo().getCode());
        assertEquals(1, findByPassport(passport, COUNTRY).size());
    }

    @Test
    void findByIdentifierAnswersTheOneHolder() {
        String passport = passportNumber();
        String registryNumber = register(registration(passport)).getString("registryNumber");

        Answer found = get(query(
                        RETURNEES,
                        "identifierType",
                        "PASSPORT",
                        "identifierNumber",
                        passport,
                        "issuingCountry",
                        COUNTRY,
                        "purpose",
                        "REINTEGRATION_SERVICES"))
                .expect(200);

        assertEquals(1, found.array().size(), found::toString);
        JsonObject hit = found.array().getJsonObject(0);
        assertEquals(registryNumber, hit.getString("registryNumber"));
        assertEquals(DATE_OF_BIRTH, hit.getString("dateOfBirth"));
        assertEquals(List.of("1"), found.headers().allValues("X-Total-Count"));
        assertEquals(0, findByPassport(passport, "IND").size(), "the issuing country is part of the identifier");
    }

    @Test
    void findByNameAndDateOfBirthPagesWithLinkHeaders() {
        String family = familyName();
        Set<String> registered = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            registered.add(register(registration(passportNumber(), family, DATE_OF_BIRTH))
                    .getString("registryNumber"));
        }
        register(registration(passportNumber(), family, "1991-04-12"));

        Answer first = get(query(
                        RETURNEES,
                        "familyName",
                        family,
                        "dateOfBirth",
                        DATE_OF_BIRTH,
                        "page",
                        "1",
                        "pageSize",
                        "2",
                        "purpose",
                        "REINTEGRATION_SERVICES"))
                .expect(200);
        assertEquals(2, first.array().size(), first::toString);
        assertEquals(List.of("3"), first.headers().allValues("X-Total-Count"), first::toString);
        Map<String, String> links = first.links();
        assertTrue(
                links.containsKey("next") && links.containsKey("last") && links.containsKey("first"), first::toString);
        assertFalse(links.containsKey("prev"), first::toString);
        assertTrue(links.get("next").contains("page=2"), first::toString);

        Answer second = get(links.get("next")).expect(200);
        assertEquals(1, second.array().size(), second::toString);
        assertTrue(second.links().containsKey("prev"), second::toString);
        assertFalse(second.links().containsKey("next"), second::toString);

        Set<String> found = new HashSet<>();
        first.array().getValuesAs(JsonObject.class).forEach(r -> found.add(r.getString("registryNumber")));
        second.array().getValuesAs(JsonObject.class).forEach(r -> found.add(r.getString("registryNumber")));
        assertEquals(registered, found, "both pages together hold exactly the three born on that day");
    }

    @Test
    void correctionChangesTheRecordAndHistoryShowsWhoWhenWhyAndOldToNew() {
        String registryNumber = register(registration(passportNumber())).getString("registryNumber");
        long version = returnee(registryNumber).getJsonNumber("version").longValue();
        Instant before = Instant.now().minusSeconds(5);
        String reason = "Passport copy shows the given name Rama and birth on the 21st";

        JsonObject corrected = postJson(
                        RETURNEES + "/" + registryNumber + "/corrections",
                        Json.createObjectBuilder()
                                .add("expectedVersion", version)
                                .add("reason", reason)
                                .add("purpose", "REINTEGRATION_SERVICES")
                                .add(
                                        "changes",
                                        Json.createObjectBuilder()
                                                .add("givenName", "Rama")
                                                .add("dateOfBirth", "1990-04-21"))
                                .build())
                .expect(200)
                .json();

        assertEquals(
                "Rama", corrected.getJsonObject("person").getJsonObject("name").getString("givenName"));
        assertEquals("1990-04-21", corrected.getJsonObject("person").getString("dateOfBirth"));
        assertTrue(corrected.getJsonNumber("version").longValue() > version, corrected::toString);
        assertEquals(corrected.getJsonObject("person"), returnee(registryNumber).getJsonObject("person"));

        List<JsonObject> history = get(RETURNEES + "/" + registryNumber + "/history?purpose=REINTEGRATION_SERVICES")
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals("REGISTERED", history.get(0).getString("action"), history::toString);
        JsonObject correction = history.get(history.size() - 1);
        assertEquals("CORRECTED", correction.getString("action"), history::toString);
        assertEquals(reason, correction.getString("reason"));
        // who corrected it, as the registrar's token named them
        assertEquals("registrar.demo@" + Callers.OPERATOR, correction.getString("actor"), correction::toString);
        assertEquals(Callers.OPERATOR, correction.getString("actorOrganisation"), correction::toString);
        assertEquals("registry-cli", correction.getString("actorClient"), correction::toString);
        assertFalse(correction.getString("actorSubject").isBlank(), correction::toString);
        Instant at = Instant.parse(correction.getString("at"));
        assertTrue(at.isAfter(before) && at.isBefore(Instant.now().plusSeconds(5)), correction::toString);
        Map<String, JsonObject> changes = correction.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("field"), c -> c));
        assertEquals(2, changes.size(), correction::toString);
        JsonObject givenName = changes.entrySet().stream()
                .filter(e -> e.getKey().endsWith("givenName"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no givenName change: " + correction));
        assertEquals("Ram", givenName.getString("from"));
        assertEquals("Rama", givenName.getString("to"));
        JsonObject birth = changes.get("dateOfBirth");
        assertEquals(DATE_OF_BIRTH, birth.getString("from"), correction::toString);
        assertEquals("1990-04-21", birth.getString("to"), correction::toString);
        for (int i = 1; i < history.size(); i++) {
            assertTrue(history.get(i).getInt("sequence") > history.get(i - 1).getInt("sequence"), history::toString);
        }
    }

    @Test
    void ofTheTenCheckDigitsOfAnUnusedNumberOneIsNotFoundAndNineAreInvalid() {
        List<String> answers = new ArrayList<>();
        for (int digit = 0; digit <= 9; digit++) {
            Answer answer = get(RETURNEES + "/RR-9999-9998-" + digit + "?purpose=REINTEGRATION_SERVICES");
            answers.add(
                    answer.status() == 404
                            ? answer.problem(404, "NotFound").getString("code")
                            : answer.problem(400, "ValidationFailed").getString("code"));
        }
        assertEquals(1, answers.stream().filter("NotFound"::equals).count(), answers::toString);
    }

    @Test
    void correctionAgainstAStaleVersionIsRefusedAndChangesNothing() {
        String registryNumber = register(registration(passportNumber())).getString("registryNumber");
        String corrections = RETURNEES + "/" + registryNumber + "/corrections";
        long version = returnee(registryNumber).getJsonNumber("version").longValue();
        JsonObject firstCorrection = Json.createObjectBuilder()
                .add("expectedVersion", version)
                .add("purpose", "REINTEGRATION_SERVICES")
                .add("reason", "Home district as on the citizenship certificate")
                .add("changes", Json.createObjectBuilder().add("homeDistrict", "Syangja"))
                .build();
        postJson(corrections, firstCorrection).expect(200);

        postJson(corrections, with(with(firstCorrection, "/changes/homeDistrict", "Parbat"), "/reason", "Late edit"))
                .problem(409, "StaleVersion");

        assertEquals("Syangja", returnee(registryNumber).getJsonObject("person").getString("homeDistrict"));
    }

    // ---- SOAP ----

    @Test
    void soapRegisterGetFindCorrectAndHistory() throws RegistryFault {
        String passport = passportNumber();
        String family = familyName();
        LocalDate born = LocalDate.parse(DATE_OF_BIRTH);

        var registered = soap.registerReturnee(soapRegistration(passport, family, born));
        String registryNumber = registered.getRegistryNumber();
        assertTrue(registryNumber.matches(REGISTRY_NUMBER), registryNumber);
        assertEquals(passport, registered.getPerson().getIdentifier().get(0).getNumber());
        assertEquals(1, registered.getMigrationEpisode().size());

        var read = soap.getReturnee(registryNumber, "REINTEGRATION_SERVICES");
        assertEquals(family, read.getPerson().getName().getFamilyName());
        assertEquals(born, read.getPerson().getDateOfBirth());

        ReturneeQuery byPassport = new ReturneeQuery();
        Identifier id = new Identifier();
        id.setType("PASSPORT");
        id.setNumber(passport);
        id.setIssuingCountry(COUNTRY);
        byPassport.setIdentifier(id);
        byPassport.setPurpose("REINTEGRATION_SERVICES");
        ReturneePage hits = soap.findReturnees(byPassport);
        assertEquals(1, hits.getTotalCount());
        assertEquals(registryNumber, hits.getReturnee().get(0).getRegistryNumber());

        Correction correction = new Correction();
        correction.setRegistryNumber(registryNumber);
        correction.setExpectedVersion(read.getVersion());
        correction.setReason("Family name as in the new passport");
        correction.setFamilyName(family + "Magar");
        correction.setPurpose("REINTEGRATION_SERVICES");
        var corrected = soap.correctReturnee(correction);
        assertEquals(family + "Magar", corrected.getPerson().getName().getFamilyName());
        assertTrue(corrected.getVersion() > read.getVersion());

        List<HistoryEntry> history = soap.getReturneeHistory(registryNumber, "REINTEGRATION_SERVICES");
        HistoryEntry last = history.get(history.size() - 1);
        assertEquals("CORRECTED", last.getAction());
        assertEquals("Family name as in the new passport", last.getReason());
        assertFalse(last.getActor().isBlank());
        FieldChange change = last.getChange().stream()
                .filter(c -> c.getField().endsWith("familyName"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no familyName change in the history"));
        assertEquals(family, change.getFrom());
        assertEquals(family + "Magar", change.getTo());

        RegistryFault stale = assertThrows(RegistryFault.class, () -> soap.correctReturnee(correction));
        assertEquals("StaleVersion", stale.getFaultInfo().getCode());
        assertEquals(
                read.getVersion(),
                registered.getVersion(),
                "the version RegisterReturnee answers is the one a correction must name");
    }

    @Test
    void soapFindByNamePagesAndSeesRecordsRegisteredOverRest() throws RegistryFault {
        String family = familyName();
        Set<String> registered = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            registered.add(register(registration(passportNumber(), family, DATE_OF_BIRTH))
                    .getString("registryNumber"));
        }
        ReturneeQuery byName = new ReturneeQuery();
        byName.setFamilyName(family);
        byName.setDateOfBirth(LocalDate.parse(DATE_OF_BIRTH));
        byName.setPageSize(2);
        byName.setPurpose("REINTEGRATION_SERVICES");

        byName.setPage(1);
        ReturneePage first = soap.findReturnees(byName);
        byName.setPage(2);
        ReturneePage second = soap.findReturnees(byName);

        assertEquals(3, first.getTotalCount());
        assertEquals(2, first.getReturnee().size());
        assertEquals(2, second.getPage());
        assertEquals(1, second.getReturnee().size());
        Set<String> found = new HashSet<>();
        for (ReturneeSummary s : first.getReturnee()) {
            found.add(s.getRegistryNumber());
        }
        second.getReturnee().forEach(s -> found.add(s.getRegistryNumber()));
        assertEquals(registered, found);
    }

    @Test
    void soapGetOfARegistryNumberWithAWrongCheckDigitFaultsWithValidationFailed() {
        RegistryFault malformed =
                assertThrows(RegistryFault.class, () -> soap.getReturnee("RR-0000-0000-1", "REINTEGRATION_SERVICES"));
        assertEquals("ValidationFailed", malformed.getFaultInfo().getCode());
    }
}
