package org.returneeregistry.node.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Map<String, Map<String, String>> LISTS = CodeLists.bundled();
    private final DraftRules rules = new DraftRules(LISTS::get);

    static Map<String, String> valid() {
        Map<String, String> v = new HashMap<>();
        v.put("givenName", "Kamala");
        v.put("familyName", "Bhandari");
        v.put("dateOfBirth", "1991-05-17");
        v.put("sex", "2");
        v.put("idType", "PASSPORT");
        v.put("idNumber", "PA1234567");
        v.put("idCountry", "NPL");
        v.put("destinationCountry", "QAT");
        v.put("departureDate", "2022-02-01");
        v.put("endDate", "2026-11-30");
        v.put("returnModality", "END_OF_CONTRACT");
        v.put("returnReason", "Contract completed\nflies home");
        v.put("expectedArrivalDate", "2026-12-20");
        v.put("urgentNeed", "MEDICAL");
        v.put("urgentNote", "Asthma");
        return v;
    }

    @Test
    void aCompleteNotificationIsValidAndBecomesTheRegistrysBody() {
        Draft draft = Draft.of(valid()::get);
        assertEquals(Map.of(), rules.check(draft, TODAY));
        JsonObject body = draft.toRegistryJson("NPL-EMB-DOH", "node-1");
        assertEquals("NPL-EMB-DOH", body.getString("missionCode"));
        assertEquals(
                "PA1234567",
                body.getJsonObject("person")
                        .getJsonArray("identifiers")
                        .getJsonObject(0)
                        .getString("number"));
        assertEquals(
                "MEDICAL", body.getJsonArray("urgentNeeds").getJsonObject(0).getString("need"));
        assertEquals(valid().get("returnReason"), Draft.fromRegistryJson(body).get("returnReason"));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "givenName|''|is required",
                "givenName|Ka\u0007mala|control character U+0007",
                "returnReason|lines\u001bok|control character U+001B",
                "dateOfBirth|2027-01-01|must be in the past",
                "dateOfBirth|17/05/1991|must be a date",
                "sex|X|code list 'sex'",
                "idNumber|pa12|5 to 20 upper-case",
                "idCountry|XXX|code list 'country'",
                "phone|0098|international number",
                "occupation|ZZ|code list 'isco-occupation'",
                "endDate|2021-01-01|must not be before the departure date",
                "expectedArrivalDate|2021-12-31|must be after the departure date",
                "expectedArrivalDate|2028-12-31|days ahead",
                "returnModality|HOLIDAY|code list 'return-modality'",
                "consentFormHash|ABC|64 lower-case hex"
            })
    void aBrokenRuleIsReportedOnItsField(String field, String value, String message) {
        Map<String, String> v = valid();
        v.put(field, value);
        Map<String, String> errors = rules.check(Draft.of(v::get), TODAY);
        assertTrue(errors.containsKey(field), () -> field + " not reported: " + errors);
        assertTrue(errors.get(field).contains(message), errors.get(field));
        if (!message.equals("must be in the past")) { // a birth date in the future also breaks the later dates
            assertEquals(1, errors.size(), errors::toString);
        }
    }

    @Test
    void theBundledCodeListsComeFromTheContract() {
        for (String name : CodeLists.USED) {
            assertTrue(LISTS.containsKey(name) && !LISTS.get(name).isEmpty(), name);
        }
        assertTrue(LISTS.get("country").containsKey("NPL"));
    }
}
