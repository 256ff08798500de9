package org.returneeregistry.reintegration.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.reintegration.domain.SkillsProfileVersion;

/** A skills profile's content as the JSON document a {@link SkillsProfileVersion} keeps, and back. */
final class SkillsDocument {

    private SkillsDocument() {}

    static String write(RecordSkills skills) {
        JsonArrayBuilder occupations = Json.createArrayBuilder();
        for (RecordSkills.Occupation o : skills.occupations()) {
            JsonObjectBuilder occupation = Json.createObjectBuilder().add("isco", o.isco());
            if (o.title() != null) {
                occupation.add("title", o.title());
            }
            occupations.add(occupation.add("years", o.years()));
        }
        JsonArrayBuilder certificates = Json.createArrayBuilder();
        for (RecordSkills.Certificate c : skills.certificates()) {
            certificates.add(Json.createObjectBuilder()
                    .add("issuer", c.issuer())
                    .add("title", c.title())
                    .add("issuedOn", c.issuedOn().toString()));
        }
        JsonObjectBuilder prior =
                Json.createObjectBuilder().add("status", skills.priorLearning().status());
        if (skills.priorLearning().outcome() != null) {
            prior.add("outcome", skills.priorLearning().outcome());
        }
        return Json.createObjectBuilder()
                .add("occupations", occupations)
                .add("certificates", certificates)
                .add("priorLearning", prior)
                .build()
                .toString();
    }

    static SkillsProfileView.Version read(SkillsProfileVersion v) {
        JsonObject doc;
        try (var reader = Json.createReader(new StringReader(v.document()))) {
            doc = reader.readObject();
        }
        List<RecordSkills.Occupation> occupations =
                doc.getJsonArray("occupations").getValuesAs(JsonObject.class).stream()
                        .map(o -> new RecordSkills.Occupation(o.getString("isco"), text(o, "title"), o.getInt("years")))
                        .toList();
        List<RecordSkills.Certificate> certificates =
                doc.getJsonArray("certificates").getValuesAs(JsonObject.class).stream()
                        .map(c -> new RecordSkills.Certificate(
                                c.getString("issuer"), c.getString("title"), LocalDate.parse(c.getString("issuedOn"))))
                        .toList();
        JsonObject prior = doc.getJsonObject("priorLearning");
        return new SkillsProfileView.Version(
                v.version(),
                v.caseId(),
                occupations,
                certificates,
                new RecordSkills.PriorLearning(prior.getString("status"), text(prior, "outcome")),
                v.recordedBy(),
                v.organisation(),
                v.recordedAt(),
                v.reason());
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
