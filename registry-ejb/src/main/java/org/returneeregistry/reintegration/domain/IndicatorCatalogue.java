package org.returneeregistry.reintegration.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The published indicators, read from their definitions and checked against the registry's vocabulary:
 * services, statuses, outcomes and contact outcomes must be codes of their lists, and an answer condition
 * must name a question the questionnaires ask — never a special-category one, which no statistic reads.
 */
public final class IndicatorCatalogue {

    private final Map<String, Indicator> byId;

    public IndicatorCatalogue(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (map.put(i.id(), i) != null) {
                throw new IllegalArgumentException("indicator " + i.id() + " is defined twice");
            }
        }
        this.byId = map;
    }

    public List<Indicator> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Reads and checks the definitions; a definition that breaks a rule fails the deployment. */
    public static IndicatorCatalogue read(InputStream json, QuestionnaireCatalogue questionnaires) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject root = reader.readObject();
            List<Indicator> read = new ArrayList<>();
            for (JsonValue v : root.getJsonArray("indicators")) {
                read.add(indicator(v.asJsonObject(), questionnaires));
            }
            return new IndicatorCatalogue(read);
        }
    }

    private static Indicator indicator(JsonObject o, QuestionnaireCatalogue questionnaires) {
        String id = o.getString("id");
        if (!id.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("indicator id " + id + " is not an upper-case code");
        }
        JsonObject s = o.getJsonObject("source");
        Indicator.Source source = new Indicator.Source(
                s.getInt("module"),
                s.getString("plan"),
                s.getInt("page"),
                s.getString("wording"),
                s.getString("activity", null));
        List<Breakdown> extra = new ArrayList<>();
        JsonArray dims = o.getJsonArray("dimensions");
        if (dims != null) {
            for (JsonString d : dims.getValuesAs(JsonString.class)) {
                extra.add(Breakdown.of(d.getString())
                        .orElseThrow(() -> new IllegalArgumentException(id + ": unknown dimension " + d.getString())));
            }
        }
        return new Indicator(
                id,
                o.getInt("version"),
                o.getString("name"),
                Indicator.Unit.valueOf(o.getString("unit")),
                Indicator.Counts.valueOf(o.getString("counts")),
                source,
                o.getString("definition"),
                condition(id, o.getJsonObject("numerator"), questionnaires),
                o.containsKey("denominator") ? condition(id, o.getJsonObject("denominator"), questionnaires) : null,
                extra,
                o.getString("limitations", null));
    }

    private static IndicatorCondition condition(String id, JsonObject o, QuestionnaireCatalogue questionnaires) {
        if (o.size() != 1) {
            throw new IllegalArgumentException(id + ": a condition is one term, not " + o.keySet());
        }
        String term = o.keySet().iterator().next();
        JsonValue body = o.get(term);
        return switch (term) {
            case "all" -> {
                List<IndicatorCondition> parts = new ArrayList<>();
                for (JsonValue v : body.asJsonArray()) {
                    parts.add(condition(id, v.asJsonObject(), questionnaires));
                }
                yield new IndicatorCondition.All(parts);
            }
            case "referral" -> {
                JsonObject r = body.asJsonObject();
                yield new IndicatorCondition.Referral(
                        codes(id, r, "service", SupportService.class),
                        codes(id, r, "status", ReferralStatus.class),
                        codes(id, r, "outcome", ReferralOutcome.class));
            }
            case "assessment" -> {
                JsonObject a = body.asJsonObject();
                String q = a.getString("questionnaire", null);
                if (q != null
                        && questionnaires.all().stream().noneMatch(x -> x.code().equals(q))) {
                    throw new IllegalArgumentException(id + ": no questionnaire " + q);
                }
                yield new IndicatorCondition.Assessment(q, a.containsKey("positive") ? a.getBoolean("positive") : null);
            }
            case "answer" -> {
                JsonObject a = body.asJsonObject();
                String q = a.getString("questionnaire");
                String question = a.getString("question");
                checkQuestion(id, q, question, questionnaires);
                boolean nonEmpty = a.getBoolean("nonEmpty", false);
                String equals = a.getString("equals", null);
                if (nonEmpty == (equals != null)) {
                    throw new IllegalArgumentException(id + ": an answer condition is either nonEmpty or equals");
                }
                yield new IndicatorCondition.Answer(q, question, equals, nonEmpty);
            }
            case "answerCleared" -> {
                JsonObject a = body.asJsonObject();
                checkQuestion(id, a.getString("questionnaire"), a.getString("question"), questionnaires);
                yield new IndicatorCondition.AnswerCleared(a.getString("questionnaire"), a.getString("question"));
            }
            case "followUp" -> {
                JsonObject f = body.asJsonObject();
                yield new IndicatorCondition.FollowUp(
                        f.getBoolean("due", false), codes(id, f, "outcome", ContactOutcome.class));
            }
            case "goal" -> new IndicatorCondition.Goal();
            case "skillsProfile" -> new IndicatorCondition.SkillsProfile();
            default -> throw new IllegalArgumentException(id + ": unknown condition " + term);
        };
    }

    private static void checkQuestion(String id, String q, String question, QuestionnaireCatalogue questionnaires) {
        List<Question> asked = questionnaires.all().stream()
                .filter(x -> x.code().equals(q))
                .flatMap(x -> x.question(question).stream())
                .toList();
        if (asked.isEmpty()) {
            throw new IllegalArgumentException(id + ": questionnaire " + q + " asks no " + question);
        }
        if (asked.stream().anyMatch(Question::sensitive)) {
            throw new IllegalArgumentException(
                    id + ": " + question + " is special-category data; no statistic reads it");
        }
    }

    private static <E extends Enum<E>> Set<E> codes(String id, JsonObject o, String key, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        JsonArray a = o.getJsonArray(key);
        if (a == null) {
            return out;
        }
        Function<String, E> parse = c -> {
            try {
                return Enum.valueOf(type, c);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id + ": " + c + " is no " + key + " code", e);
            }
        };
        for (JsonString c : a.getValuesAs(JsonString.class)) {
            out.add(parse.apply(c.getString()));
        }
        return out;
    }
}
