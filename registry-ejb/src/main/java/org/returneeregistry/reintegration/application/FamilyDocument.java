package org.returneeregistry.reintegration.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import org.returneeregistry.reintegration.domain.FamilyRecordVersion;

/** A family record's members as the JSON document a {@link FamilyRecordVersion} keeps, and back. */
final class FamilyDocument {

    private FamilyDocument() {}

    static String write(RecordFamily family) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (RecordFamily.Member m : family.members()) {
            JsonObjectBuilder member = Json.createObjectBuilder()
                    .add("relationship", m.relationship())
                    .add("givenName", m.givenName());
            if (m.familyName() != null) {
                member.add("familyName", m.familyName());
            }
            member.add("dateOfBirth", m.dateOfBirth().toString())
                    .add("sex", m.sex())
                    .add("dependant", m.dependant());
            if (m.inSchool() != null) {
                member.add("inSchool", m.inSchool());
            }
            members.add(member);
        }
        return Json.createObjectBuilder().add("members", members).build().toString();
    }

    static FamilyView.Version read(FamilyRecordVersion v) {
        JsonObject doc;
        try (var reader = Json.createReader(new StringReader(v.document()))) {
            doc = reader.readObject();
        }
        return new FamilyView.Version(
                v.version(),
                v.caseId(),
                doc.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                        .map(m -> new RecordFamily.Member(
                                m.getString("relationship"),
                                m.getString("givenName"),
                                m.get("familyName") instanceof JsonString s ? s.getString() : null,
                                LocalDate.parse(m.getString("dateOfBirth")),
                                m.getString("sex"),
                                m.getBoolean("dependant"),
                                m.containsKey("inSchool") ? m.get("inSchool") == JsonValue.TRUE : null))
                        .toList(),
                v.recordedBy(),
                v.organisation(),
                v.recordedAt(),
                v.reason());
    }
}
