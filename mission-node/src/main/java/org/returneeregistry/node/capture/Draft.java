package org.returneeregistry.node.capture;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A return notification as an officer fills it in at the node: the form's fields as text, exactly as typed
 * (blank is absent). {@link DraftRules} checks it as the registry would; {@link #toRegistryJson} turns a valid
 * draft into the body of the registry's {@code POST /api/v1/return-notifications}.
 */
public final class Draft {

    /** The form's fields, in the order the form shows them. */
    public static final List<String> FIELDS = List.of(
            "givenName",
            "familyName",
            "dateOfBirth",
            "sex",
            "idType",
            "idNumber",
            "idCountry",
            "homeDistrict",
            "phone",
            "destinationCountry",
            "employer",
            "occupation",
            "sector",
            "channel",
            "departureDate",
            "endDate",
            "returnModality",
            "returnReason",
            "expectedArrivalDate",
            "portOfEntry",
            "urgentNeed",
            "urgentNote",
            "consentFormHash");

    private final Map<String, String> values;

    private Draft(Map<String, String> values) {
        this.values = values;
    }

    /** A draft from any source of named values (a form post, a JSON object); unknown names are ignored. */
    public static Draft of(Function<String, String> source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = source.apply(field);
            if (value != null && !value.isBlank()) {
                values.put(field, value.strip());
            }
        }
        return new Draft(values);
    }

    public static Draft of(JsonObject json) {
        return of(name -> {
            JsonValue v = json.get(name);
            return v instanceof JsonString s ? s.getString() : v == null || v == JsonValue.NULL ? null : v.toString();
        });
    }

    /** The draft a registry body was made from, so that a refused notification can be corrected. */
    public static Draft fromRegistryJson(JsonObject n) {
        JsonObject person = n.getJsonObject("person");
        JsonObject id = person.getJsonArray("identifiers").getJsonObject(0);
        JsonObject name = person.getJsonObject("name");
        JsonObject contact =
                person.containsKey("contact") ? person.getJsonObject("contact") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject employment = n.getJsonObject("employment");
        JsonObject need =
                n.containsKey("urgentNeeds") && !n.getJsonArray("urgentNeeds").isEmpty()
                        ? n.getJsonArray("urgentNeeds").getJsonObject(0)
                        : JsonValue.EMPTY_JSON_OBJECT;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("givenName", name.getString("givenName", null));
        v.put("familyName", name.getString("familyName", null));
        v.put("dateOfBirth", person.getString("dateOfBirth", null));
        v.put("sex", person.getString("sex", null));
        v.put("idType", id.getString("type", null));
        v.put("idNumber", id.getString("number", null));
        v.put("idCountry", id.getString("issuingCountry", null));
        v.put("homeDistrict", person.getString("homeDistrict", null));
        v.put("phone", contact.getString("phone", null));
        v.put("destinationCountry", employment.getString("destinationCountry", null));
        v.put("employer", employment.getString("employer", null));
        v.put("occupation", employment.getString("occupation", null));
        v.put("sector", employment.getString("sector", null));
        v.put("channel", employment.getString("channel", null));
        v.put("departureDate", employment.getString("departureDate", null));
        v.put("endDate", employment.getString("endDate", null));
        v.put("returnModality", n.getString("returnModality", null));
        v.put("returnReason", n.getString("returnReason", null));
        v.put("expectedArrivalDate", n.getString("expectedArrivalDate", null));
        v.put("portOfEntry", n.getString("portOfEntry", null));
        v.put("urgentNeed", need.getString("need", null));
        v.put("urgentNote", need.getString("note", null));
        return of(v::get);
    }

    public String get(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    LocalDate date(String field) {
        return LocalDate.parse(values.get(field));
    }

    /** The name the officer sees in the node's lists. */
    public String displayName() {
        return has("familyName") ? get("givenName") + " " + get("familyName") : get("givenName");
    }

    /** The registry's JSON body for a valid draft. */
    public JsonObject toRegistryJson(String missionCode, String notificationId) {
        JsonObjectBuilder name = Json.createObjectBuilder().add("givenName", get("givenName"));
        optional(name, "familyName", "familyName");
        JsonObjectBuilder person = Json.createObjectBuilder()
                .add(
                        "identifiers",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", get("idType"))
                                        .add("number", get("idNumber"))
                                        .add("issuingCountry", get("idCountry"))))
                .add("name", name)
                .add("dateOfBirth", get("dateOfBirth"))
                .add("sex", get("sex"));
        optional(person, "homeDistrict", "homeDistrict");
        if (has("phone")) {
            person.add("contact", Json.createObjectBuilder().add("phone", get("phone")));
        }
        JsonObjectBuilder employment = Json.createObjectBuilder().add("destinationCountry", get("destinationCountry"));
        optional(employment, "employer", "employer");
        optional(employment, "occupation", "occupation");
        optional(employment, "sector", "sector");
        optional(employment, "channel", "channel");
        optional(employment, "departureDate", "departureDate");
        optional(employment, "endDate", "endDate");
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("missionCode", missionCode)
                .add("notificationId", notificationId)
                .add("person", person)
                .add("employment", employment)
                .add("returnModality", get("returnModality"));
        optional(body, "returnReason", "returnReason");
        body.add("expectedArrivalDate", get("expectedArrivalDate"));
        optional(body, "portOfEntry", "portOfEntry");
        if (has("urgentNeed")) {
            JsonObjectBuilder need = Json.createObjectBuilder().add("need", get("urgentNeed"));
            optional(need, "note", "urgentNote");
            body.add("urgentNeeds", Json.createArrayBuilder().add(need));
        }
        return body.build();
    }

    private void optional(JsonObjectBuilder builder, String property, String field) {
        if (has(field)) {
            builder.add(property, get(field));
        }
    }
}
