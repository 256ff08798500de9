package org.returneeregistry.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.returneeregistry.schemas.common.v1.EmploymentAbroad;
import org.returneeregistry.schemas.common.v1.Identifier;
import org.returneeregistry.schemas.common.v1.PersonName;
import org.returneeregistry.schemas.notification.v1.PendingClaim;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;
import org.returneeregistry.schemas.notification.v1.UrgentNeedItem;
import org.returneeregistry.schemas.returnee.v1.PersonDetails;
import org.returneeregistry.schemas.returnee.v1.ReturneeRegistration;

/**
 * Valid inputs shaped like the contract's examples, each with its own passport number, notification id
 * and family name, so tests sharing one database never see each other's data. Tests change one thing
 * at a time with {@link #with} / {@link #without} (JSON Pointer) to make an input invalid.
 */
public final class Samples {

    public static final String MISSION = "NPL-EMB-DOH";
    public static final String COUNTRY = "NPL";
    public static final String DATE_OF_BIRTH = "1990-04-12";

    /** The namespace declarations the content of {@link #notificationXmlContent} needs (prefixes n, r, c). */
    public static final String XML_NAMESPACES = "xmlns:n=\"https://schemas.returneeregistry.org/notification/v1\" "
            + "xmlns:r=\"https://schemas.returneeregistry.org/returnee/v1\" "
            + "xmlns:c=\"https://schemas.returneeregistry.org/common/v1\"";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Samples() {
    }

    /** A new passport number, e.g. {@code PT007K3J9Q2XA} (upper-case letters and digits, 13 characters). */
    public static String passportNumber() {
        return "PT" + String.format("%03d", COUNTER.incrementAndGet() % 1000) + random(8, ALPHANUMERIC);
    }

    /** A new notification id, e.g. {@code IT-0008-4F1C2A9D}. */
    public static String notificationId() {
        return String.format("IT-%04d-%s", COUNTER.incrementAndGet(), random(8, ALPHANUMERIC));
    }

    /** A new family name of letters only, so a name search finds exactly this test's returnees. */
    public static String familyName() {
        return "Thapa" + random(10, "abcdefghijklmnopqrstuvwxyz");
    }

    /** {@code length} characters of {@code alphabet} drawn from a random UUID's bits. */
    private static String random(int length, String alphabet) {
        UUID uuid = UUID.randomUUID();
        BigInteger bits = new BigInteger(1, ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array());
        BigInteger base = BigInteger.valueOf(alphabet.length());
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            BigInteger[] quotientAndRemainder = bits.divideAndRemainder(base);
            sb.append(alphabet.charAt(quotientAndRemainder[1].intValue()));
            bits = quotientAndRemainder[0];
        }
        return sb.toString();
    }

    // ---- JSON (REST) ----

    public static JsonObject person(String passport, String familyName, String dateOfBirth) {
        return Json.createObjectBuilder()
                .add("identifiers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "PASSPORT").add("number", passport).add("issuingCountry", COUNTRY)))
                .add("name", Json.createObjectBuilder().add("givenName", "Ram").add("familyName", familyName))
                .add("dateOfBirth", dateOfBirth)
                .add("sex", "1")
                .add("homeDistrict", "Kaski")
                .build();
    }

    public static JsonObject employment() {
        return Json.createObjectBuilder()
                .add("destinationCountry", "QAT")
                .add("employer", "Gulf Build LLC")
                .add("occupation", "71")
                .add("sector", "F")
                .add("channel", "REGULAR")
                .add("departureDate", "2021-03-01")
                .add("endDate", "2025-02-28")
                .build();
    }

    /** The contract's example notification for a new person with this passport. */
    public static JsonObject notification(String notificationId, String passport) {
        return Json.createObjectBuilder()
                .add("missionCode", MISSION)
                .add("notificationId", notificationId)
                .add("person", person(passport, "Thapa", DATE_OF_BIRTH))
                .add("employment", employment())
                .add("returnModality", "END_OF_CONTRACT")
                .add("returnReason", "Contract completed")
                .add("expectedArrivalDate", "2025-03-05")
                .add("portOfEntry", "KTM")
                .add("urgentNeeds", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("need", "MEDICAL").add("note", "Needs follow-up for a back injury")))
                .add("pendingClaims", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "UNPAID_WAGES").add("amount", new BigDecimal("1500.00")).add("currency", "QAR")))
                .build();
    }

    /** A registrar's registration of a new person with this passport, family name and date of birth. */
    public static JsonObject registration(String passport, String familyName, String dateOfBirth) {
        return Json.createObjectBuilder()
                .add("person", person(passport, familyName, dateOfBirth))
                .add("migrationEpisodes", Json.createArrayBuilder().add(employment()))
                .build();
    }

    public static JsonObject registration(String passport) {
        return registration(passport, familyName(), DATE_OF_BIRTH);
    }

    /** A copy with the value at this JSON Pointer replaced (or added). */
    public static JsonObject with(JsonObject json, String pointer, JsonValue value) {
        return Json.createPointer(pointer).add(json, value);
    }

    public static JsonObject with(JsonObject json, String pointer, String value) {
        return with(json, pointer, Json.createValue(value));
    }

    /** A copy without the member at this JSON Pointer. */
    public static JsonObject without(JsonObject json, String pointer) {
        return Json.createPointer(pointer).remove(json);
    }

    // ---- XML (REST, the contract's returnNotification element) ----

    /**
     * The example notification as the contract's XML element {@code returnNotification}; {@code doctype}
     * goes before the root element and {@code returnReason} is inserted as written (so a test can place
     * an entity reference there).
     */
    public static String notificationXml(String notificationId, String passport, String doctype, String returnReason) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                %s<n:returnNotification %s>
                %s</n:returnNotification>
                """.formatted(doctype, XML_NAMESPACES, notificationXmlContent(notificationId, passport, returnReason));
    }

    public static String notificationXml(String notificationId, String passport) {
        return notificationXml(notificationId, passport, "", "Contract completed");
    }

    /** The children of a ReturnNotification (contract type), for a REST body or a hand-built SOAP envelope. */
    public static String notificationXmlContent(String notificationId, String passport, String returnReason) {
        return notificationXmlContent(MISSION, notificationId, passport, returnReason, "MEDICAL");
    }

    /** The same from another mission, with one urgent need of the given code. */
    public static String notificationXmlContent(String mission, String notificationId, String passport,
                                                String returnReason, String urgentNeed) {
        return """
                    <n:missionCode>%s</n:missionCode>
                    <n:notificationId>%s</n:notificationId>
                    <n:person>
                        <r:identifier><c:type>PASSPORT</c:type><c:number>%s</c:number><c:issuingCountry>NPL</c:issuingCountry></r:identifier>
                        <r:name><c:givenName>Ram</c:givenName><c:familyName>Thapa</c:familyName></r:name>
                        <r:dateOfBirth>1990-04-12</r:dateOfBirth>
                        <r:sex>1</r:sex>
                        <r:homeDistrict>Kaski</r:homeDistrict>
                    </n:person>
                    <n:employment>
                        <c:destinationCountry>QAT</c:destinationCountry>
                        <c:employer>Gulf Build LLC</c:employer>
                        <c:occupation>71</c:occupation>
                        <c:sector>F</c:sector>
                        <c:channel>REGULAR</c:channel>
                        <c:departureDate>2021-03-01</c:departureDate>
                        <c:endDate>2025-02-28</c:endDate>
                    </n:employment>
                    <n:returnModality>END_OF_CONTRACT</n:returnModality>
                    <n:returnReason>%s</n:returnReason>
                    <n:expectedArrivalDate>2025-03-05</n:expectedArrivalDate>
                    <n:portOfEntry>KTM</n:portOfEntry>
                    <n:urgentNeed><n:need>%s</n:need><n:note>Needs follow-up for a back injury</n:note></n:urgentNeed>
                    <n:pendingClaim><n:type>UNPAID_WAGES</n:type><n:amount>1500.00</n:amount><n:currency>QAR</n:currency></n:pendingClaim>
                """.formatted(mission, notificationId, passport, returnReason, urgentNeed);
    }

    // ---- SOAP (types generated from the WSDL's schemas) ----

    public static PersonDetails soapPerson(String passport, String familyName, LocalDate dateOfBirth) {
        Identifier id = new Identifier();
        id.setType("PASSPORT");
        id.setNumber(passport);
        id.setIssuingCountry(COUNTRY);
        PersonName name = new PersonName();
        name.setGivenName("Ram");
        name.setFamilyName(familyName);
        PersonDetails person = new PersonDetails();
        person.getIdentifier().add(id);
        person.setName(name);
        person.setDateOfBirth(dateOfBirth);
        person.setSex("1");
        person.setHomeDistrict("Kaski");
        return person;
    }

    public static EmploymentAbroad soapEmployment() {
        EmploymentAbroad employment = new EmploymentAbroad();
        employment.setDestinationCountry("QAT");
        employment.setEmployer("Gulf Build LLC");
        employment.setOccupation("71");
        employment.setSector("F");
        employment.setChannel("REGULAR");
        employment.setDepartureDate(LocalDate.parse("2021-03-01"));
        employment.setEndDate(LocalDate.parse("2025-02-28"));
        return employment;
    }

    /** The same example notification as {@link #notification}, as the SOAP client sends it. */
    public static ReturnNotification soapNotification(String notificationId, String passport) {
        ReturnNotification n = new ReturnNotification();
        n.setMissionCode(MISSION);
        n.setNotificationId(notificationId);
        n.setPerson(soapPerson(passport, "Thapa", LocalDate.parse(DATE_OF_BIRTH)));
        n.setEmployment(soapEmployment());
        n.setReturnModality("END_OF_CONTRACT");
        n.setReturnReason("Contract completed");
        n.setExpectedArrivalDate(LocalDate.parse("2025-03-05"));
        n.setPortOfEntry("KTM");
        UrgentNeedItem need = new UrgentNeedItem();
        need.setNeed("MEDICAL");
        need.setNote("Needs follow-up for a back injury");
        n.getUrgentNeed().add(need);
        PendingClaim claim = new PendingClaim();
        claim.setType("UNPAID_WAGES");
        claim.setAmount(new BigDecimal("1500.00"));
        claim.setCurrency("QAR");
        n.getPendingClaim().add(claim);
        return n;
    }

    public static ReturneeRegistration soapRegistration(String passport, String familyName, LocalDate dateOfBirth) {
        ReturneeRegistration registration = new ReturneeRegistration();
        registration.setPerson(soapPerson(passport, familyName, dateOfBirth));
        registration.getMigrationEpisode().add(soapEmployment());
        return registration;
    }

    /** A SOAP 1.1 envelope of SubmitReturnNotification around the notification's XML content, after {@code prolog}. */
    public static String soapSubmission(String prolog, String notificationContent) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                %s<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" %s>
                  <soapenv:Body>
                    <n:SubmitReturnNotification>
                      <n:notification>
                %s      </n:notification>
                    </n:SubmitReturnNotification>
                  </soapenv:Body>
                </soapenv:Envelope>
                """.formatted(prolog, XML_NAMESPACES, notificationContent);
    }
}
