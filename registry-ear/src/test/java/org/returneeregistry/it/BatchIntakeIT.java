package org.returneeregistry.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.NOTIFICATIONS;
import static org.returneeregistry.it.support.RegistryApi.REGISTRY_NUMBER;
import static org.returneeregistry.it.support.RegistryApi.assertNothingRecorded;
import static org.returneeregistry.it.support.RegistryApi.findByPassport;
import static org.returneeregistry.it.support.RegistryApi.get;
import static org.returneeregistry.it.support.RegistryApi.post;
import static org.returneeregistry.it.support.RegistryApi.postJson;
import static org.returneeregistry.it.support.Samples.COUNTRY;
import static org.returneeregistry.it.support.Samples.MISSION;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.with;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.Callers;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.it.support.RegistryApi;
import org.returneeregistry.it.support.RegistryApi.Answer;
import org.returneeregistry.it.support.Samples;

/**
 * Bulk intake over REST: a batch is answered 202 with its Location, processed as a job with the single
 * intake's rules, and reported item by item; the CSV template and NDJSON too; another organisation cannot
 * read the batch; a body that is no batch is refused whole.
 */
class BatchIntakeIT extends DeployedRegistry {

    static final String BATCHES = NOTIFICATIONS + "/batches";

    @Test
    void everyKindOfBadRowIsReportedOnItsRowAndOnlyTheGoodRowsAreTakenIn() {
        String replayId = notificationId();
        String replayPassport = passportNumber();
        JsonObject earlier = notification(replayId, replayPassport);
        String earlierNumber =
                postJson(NOTIFICATIONS, earlier).expect(201).json().getString("registryNumber");

        String goodId = notificationId();
        String goodPassport = passportNumber();
        String unknownCodeId = notificationId();
        String unknownCodePassport = passportNumber();
        String controlId = notificationId();
        String controlPassport = passportNumber();
        String orderId = notificationId();
        String orderPassport = passportNumber();
        String duplicatePassport = passportNumber();
        String formulaPassport = passportNumber();
        String otherMissionId = notificationId();
        String otherMissionPassport = passportNumber();
        JsonArray batch = Json.createArrayBuilder()
                .add(notification(goodId, goodPassport))
                .add(with(notification(unknownCodeId, unknownCodePassport), "/returnModality", "BEAMED_HOME"))
                .add(with(notification(controlId, controlPassport), "/returnReason", "Contract\u0007 ended"))
                .add(with(notification(orderId, orderPassport), "/expectedArrivalDate", "2021-01-01"))
                .add(with(notification(goodId, duplicatePassport), "/portOfEntry", "BWA"))
                .add(earlier)
                .add(Json.createObjectBuilder()
                        .add("notificationId", notificationId())
                        .add("expectedArrivalDate", "not-a-date"))
                .add(notification("=1+2", formulaPassport))
                // a mission's batch cannot carry another mission's notification
                .add(with(notification(otherMissionId, otherMissionPassport), "/missionCode", "NPL-EMB-RUH"))
                .build();

        Answer accepted = post(BATCHES, RegistryApi.JSON, RegistryApi.JSON, batch.toString())
                .expect(202);
        String location = accepted.header("Location").orElseThrow();
        JsonObject receipt = accepted.json();
        assertEquals(9, receipt.getInt("itemCount"), accepted::toString);
        assertTrue(location.endsWith("/return-notifications/batches/" + receipt.getString("batchId")), location);

        JsonObject done = completed(receipt.getString("batchId"));
        assertEquals(9, done.getInt("done"), done::toString);
        assertEquals(1, done.getInt("accepted"), done::toString);
        assertEquals(1, done.getInt("replayed"), done::toString);
        assertEquals(7, done.getInt("refused"), done::toString);
        Map<Integer, JsonObject> rows = rows(done);

        assertEquals("ACCEPTED", rows.get(1).getString("outcome"), done::toString);
        assertTrue(rows.get(1).getString("registryNumber").matches(REGISTRY_NUMBER), done::toString);
        assertEquals(1, findByPassport(goodPassport, COUNTRY).size());
        assertRefused(rows.get(2), "ValidationFailed", "returnModality");
        assertRefused(rows.get(3), "ValidationFailed", "returnReason");
        assertRefused(rows.get(4), "ValidationFailed", "expectedArrivalDate");
        assertRefused(rows.get(5), "DuplicateNotificationConflict", null);
        assertEquals("REPLAYED", rows.get(6).getString("outcome"), done::toString);
        assertEquals(earlierNumber, rows.get(6).getString("registryNumber"), done::toString);
        assertRefused(rows.get(7), "ValidationFailed", "(row)");
        assertRefused(rows.get(8), "ValidationFailed", "notificationId");
        assertRefused(rows.get(9), "NotAuthorized", null);

        assertNothingRecorded(unknownCodeId, unknownCodePassport);
        assertNothingRecorded(controlId, controlPassport);
        assertNothingRecorded(orderId, orderPassport);
        assertNothingRecorded(otherMissionId, otherMissionPassport);
        assertEquals(0, findByPassport(duplicatePassport, COUNTRY).size(), "the duplicate id registered someone");
        assertEquals(0, findByPassport(formulaPassport, COUNTRY).size(), "a refused row registered someone");
        JsonObject returnee = RegistryApi.returnee(earlierNumber);
        assertEquals(1, returnee.getJsonArray("returnEvents").size(), "a replay in a batch recorded a second return");

        Answer report = get(location + "/errors.csv", "text/csv").expect(200);
        List<String> lines = report.body().lines().toList();
        assertEquals("row,notificationId,field,code,message", lines.get(0), report::toString);
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("2," + unknownCodeId + ",returnModality,")),
                report::toString);
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("5," + goodId + ",,DuplicateNotificationConflict,")),
                report::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("8,'=1+2,notificationId,")), report::toString);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("1,") || l.startsWith("6,")), report::toString);
    }

    @Test
    void theCsvTemplateAndNdjsonAreTakenInRowByRow() {
        String first = notificationId();
        String second = notificationId();
        String badDate = notificationId();
        String p1 = passportNumber();
        String p2 = passportNumber();
        String p3 = passportNumber();
        String csv = "notificationId,missionCode,givenName,familyName,dateOfBirth,sex,homeDistrict,passportNumber,"
                + "passportCountry,destinationCountry,employer,occupation,sector,channel,departureDate,endDate,"
                + "returnModality,returnReason,expectedArrivalDate,portOfEntry,urgentNeeds\n"
                + row(first, p1, "1990-04-12") + row(second, p2, "1988-11-30") + row(badDate, p3, "1990-02-30");
        String csvBatch = post(BATCHES, "text/csv", RegistryApi.JSON, csv)
                .expect(202)
                .json()
                .getString("batchId");

        String n1 = notificationId();
        String n2 = notificationId();
        String ndjson = notification(n1, passportNumber()) + "\n\n" + notification(n2, passportNumber()) + "\n";
        String ndBatch = post(BATCHES, "application/x-ndjson", RegistryApi.JSON, ndjson)
                .expect(202)
                .json()
                .getString("batchId");

        JsonObject csvDone = completed(csvBatch);
        assertEquals("CSV", csvDone.getString("format"), csvDone::toString);
        assertEquals(2, csvDone.getInt("accepted"), csvDone::toString);
        Map<Integer, JsonObject> csvRows = rows(csvDone);
        assertEquals(first, csvRows.get(2).getString("notificationId"), csvDone::toString);
        assertEquals("ACCEPTED", csvRows.get(3).getString("outcome"), csvDone::toString);
        assertRefused(csvRows.get(4), "ValidationFailed", "dateOfBirth");
        assertEquals(1, findByPassport(p1, COUNTRY).size());
        assertEquals(0, findByPassport(p3, COUNTRY).size());
        get(NOTIFICATIONS + "/" + MISSION + "/" + second).expect(200);

        JsonObject ndDone = completed(ndBatch);
        assertEquals(2, ndDone.getInt("accepted"), ndDone::toString);
        Map<Integer, JsonObject> ndRows = rows(ndDone);
        assertEquals(n1, ndRows.get(1).getString("notificationId"), ndDone::toString);
        assertEquals(n2, ndRows.get(3).getString("notificationId"), ndDone::toString);
    }

    @Test
    void aSoapBatchIsTakenInAndReportedThroughTheSameOperations() throws Exception {
        String first = notificationId();
        String replay = notificationId();
        String passport = passportNumber();
        var port = RegistryApi.notificationPort();
        port.submitReturnNotification(Samples.soapNotification(replay, passport));
        var earlier = Samples.soapNotification(replay, passport);
        var otherContent = Samples.soapNotification(replay, passportNumber());
        otherContent.setPortOfEntry("BWA");
        var receipt = port.submitReturnNotificationBatch(
                List.of(Samples.soapNotification(first, passportNumber()), earlier, otherContent));
        assertEquals(3, receipt.getItemCount());
        var status = await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> port.getReturnNotificationBatch(receipt.getBatchId(), 1, 10), s -> "COMPLETED"
                        .equals(s.getState()));
        assertEquals("SOAP", status.getFormat());
        assertEquals(1, status.getAccepted());
        assertEquals(1, status.getReplayed());
        assertEquals(1, status.getRefused());
        assertEquals("ACCEPTED", status.getItem().get(0).getOutcome());
        assertTrue(status.getItem().get(0).getRegistryNumber().matches(REGISTRY_NUMBER));
        assertEquals("REPLAYED", status.getItem().get(1).getOutcome());
        assertEquals("DuplicateNotificationConflict", status.getItem().get(2).getRefusalCode());
    }

    @Test
    void anotherOrganisationCannotReadTheBatch() {
        String id = post(
                        BATCHES,
                        RegistryApi.JSON,
                        RegistryApi.JSON,
                        Json.createArrayBuilder()
                                .add(notification(notificationId(), passportNumber()))
                                .build()
                                .toString())
                .expect(202)
                .json()
                .getString("batchId");
        Callers.Caller other = Callers.mission("NPL-EMB-BLKX");
        RegistryApi.sendAs(
                        other,
                        HttpRequest.newBuilder(RegistryApi.uri(BATCHES + "/" + id))
                                .GET())
                .problem(404, "NotFound");
        RegistryApi.sendAs(
                        other,
                        HttpRequest.newBuilder(RegistryApi.uri(BATCHES + "/" + id + "/errors.csv"))
                                .GET())
                .problem(404, "NotFound");
        RegistryApi.sendAs(
                        Callers.registrar(),
                        HttpRequest.newBuilder(RegistryApi.uri(BATCHES + "/" + id))
                                .GET())
                .problem(403, "NotAuthorized");
        completed(id);
    }

    @Test
    void aBodyThatIsNoBatchIsRefusedWhole() {
        post(BATCHES, RegistryApi.JSON, RegistryApi.JSON, "[]").problem(400, "ValidationFailed");
        post(BATCHES, RegistryApi.JSON, RegistryApi.JSON, "{\"not\":\"an array\"}")
                .problem(400, "MalformedRequest");
        post(
                        BATCHES,
                        "application/x-ndjson",
                        RegistryApi.JSON,
                        notification(notificationId(), passportNumber()) + "\n{broken")
                .problem(400, "MalformedRequest");
        JsonObject header = post(
                        BATCHES, "text/csv", RegistryApi.JSON, "notificationId,missionCode,favouriteColour\nX,Y,Z\n")
                .problem(400, "ValidationFailed");
        assertTrue(header.toString().contains("header.favouriteColour"), header::toString);
        JsonObject quote = post(BATCHES, "text/csv", RegistryApi.JSON, "notificationId,missionCode\nA,B\n\"C,D\n")
                .problem(400, "MalformedRequest");
        assertTrue(quote.getString("detail").contains("line"), quote::toString);
        Answer plain = post(BATCHES, "text/plain", RegistryApi.JSON, "hello");
        assertEquals(415, plain.status(), plain::toString);
    }

    private static String row(String id, String passport, String birth) {
        return String.join(
                        ",",
                        id,
                        MISSION,
                        "Sita",
                        "Gurung",
                        birth,
                        "2",
                        "Kaski",
                        passport,
                        COUNTRY,
                        "QAT",
                        "Gulf Build LLC",
                        "71",
                        "F",
                        "REGULAR",
                        "2021-03-01",
                        "2025-02-28",
                        "END_OF_CONTRACT",
                        "\"Contract completed, flying home\"",
                        "2025-03-05",
                        "KTM",
                        "MEDICAL;SHELTER")
                + "\n";
    }

    private static void assertRefused(JsonObject item, String code, String field) {
        assertEquals("REFUSED", item.getString("outcome"), item::toString);
        assertEquals(code, item.getString("refusalCode"), item::toString);
        if (field != null) {
            List<String> fields = item.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                    .map(v -> v.getString("field"))
                    .toList();
            assertTrue(fields.contains(field), item::toString);
        }
    }

    private static Map<Integer, JsonObject> rows(JsonObject status) {
        return status.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getInt("row"), i -> i));
    }

    /** Awaits the batch's completion; answers its status with every item. */
    static JsonObject completed(String batchId) {
        return await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> get(BATCHES + "/" + batchId + "?pageSize=500", RegistryApi.JSON)
                                .expect(200)
                                .json(),
                        s -> "COMPLETED".equals(s.getString("state")));
    }
}
