package org.returneeregistry.reintegration.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaires the registry knows, read from its questionnaire file (JSON, reference data shipped
 * with the registry): every version of each, so an assessment is always read with the questions it was
 * answered to. A file that defines a questionnaire inconsistently is refused when read — at start-up,
 * not when a case worker first meets the mistake.
 */
public final class QuestionnaireCatalogue {

    private final List<Questionnaire> questionnaires;

    public QuestionnaireCatalogue(List<Questionnaire> questionnaires) {
        this.questionnaires = questionnaires.stream()
                .sorted(Comparator.comparing(Questionnaire::code).thenComparing(Questionnaire::version))
                .toList();
        for (int i = 1; i < this.questionnaires.size(); i++) {
            Questionnaire a = this.questionnaires.get(i - 1);
            Questionnaire b = this.questionnaires.get(i);
            if (a.code().equals(b.code()) && a.version() == b.version()) {
                throw new IllegalArgumentException(
                        "questionnaire " + a.code() + " version " + a.version() + " is defined twice");
            }
        }
    }

    public List<Questionnaire> all() {
        return questionnaires;
    }

    public Optional<Questionnaire> find(String code, int version) {
        return questionnaires.stream()
                .filter(q -> q.code().equals(code) && q.version() == version)
                .findFirst();
    }

    /** Reads the questionnaire file: {@code {"questionnaires": [ ... ]}}. */
    public static QuestionnaireCatalogue read(InputStream json) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject root = reader.readObject();
            List<Questionnaire> read = new ArrayList<>();
            for (JsonValue v : root.getJsonArray("questionnaires")) {
                read.add(questionnaire(v.asJsonObject()));
            }
            return new QuestionnaireCatalogue(read);
        }
    }

    private static Questionnaire questionnaire(JsonObject o) {
        List<Question> questions = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("questions")) {
            questions.add(question(v.asJsonObject()));
        }
        return new Questionnaire(
                o.getString("code"),
                o.getInt("version"),
                Dimension.valueOf(o.getString("dimension")),
                o.getString("title"),
                o.getBoolean("higherIsBetter", true),
                o.containsKey("positiveAt") ? o.getInt("positiveAt") : null,
                o.containsKey("positiveRefersTo") ? SupportService.valueOf(o.getString("positiveRefersTo")) : null,
                questions);
    }

    private static Question question(JsonObject o) {
        Map<String, Integer> options = new LinkedHashMap<>();
        if (o.containsKey("options")) {
            for (JsonValue v : o.getJsonArray("options")) {
                JsonObject option = v.asJsonObject();
                options.put(option.getString("code"), option.getInt("points", 0));
            }
        }
        List<Question.Band> bands = new ArrayList<>();
        if (o.containsKey("bands")) {
            for (JsonValue v : o.getJsonArray("bands")) {
                JsonObject band = v.asJsonObject();
                bands.add(new Question.Band(band.getJsonNumber("from").bigDecimalValue(), band.getInt("points")));
            }
        }
        return new Question(
                o.getString("code"),
                o.getString("text"),
                QuestionType.valueOf(o.getString("type")),
                o.getBoolean("required", false),
                number(o, "min"),
                number(o, "max"),
                options,
                bands,
                o.getInt("pointsIfTrue", 0),
                o.getInt("pointsIfFalse", 0),
                o.getBoolean("sensitive", false));
    }

    private static BigDecimal number(JsonObject o, String name) {
        return o.containsKey(name) && !o.isNull(name) ? o.getJsonNumber(name).bigDecimalValue() : null;
    }
}
