package org.returneeregistry.reintegration.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.shared.domain.Violation;

/**
 * One version of an assessment questionnaire, defined as data (the registry's questionnaire file, never
 * code): the dimension it assesses, its questions, and how its answers score.
 *
 * <p>The score is the points earned as a percentage of the most the answered questions can earn, so a
 * follow-up assessment with the same questionnaire compares with the first one even when an optional
 * question was skipped. {@code higherIsBetter} says which way the score points: an economic or social
 * assessment scores wellbeing, a screening scores distress or vulnerability. A screening is
 * <em>positive</em> when its points reach {@code positiveAt}, and then suggests a referral to
 * {@code positiveRefersTo}.
 *
 * <p>A published version never changes: a change of questions is a new version, so every stored
 * assessment is read with the questions it was answered to.
 */
public record Questionnaire(
        String code,
        int version,
        Dimension dimension,
        String title,
        boolean higherIsBetter,
        Integer positiveAt,
        SupportService positiveRefersTo,
        List<Question> questions) {

    public Questionnaire {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(dimension, "dimension");
        questions = List.copyOf(questions);
        Set<String> codes = new HashSet<>();
        for (Question q : questions) {
            if (!codes.add(q.code())) {
                throw new IllegalArgumentException(
                        "questionnaire " + code + " v" + version + " asks " + q.code() + " twice");
            }
        }
    }

    public Optional<Question> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    /** Whether any of its questions is special-category data. */
    public boolean asksSensitive() {
        return questions.stream().anyMatch(Question::sensitive);
    }

    /**
     * The answers checked against the questions — every broken rule at once, each named by the answer's
     * position ({@code answers[2].value}) — and, when none is broken, what they score.
     */
    public Evaluation evaluate(List<AnswerInput> answers) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> stored = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput a = answers.get(i);
            String field = "answers[" + i + "]";
            if (a == null) {
                violations.add(new Violation(field, "NotNull", "must not be null"));
                continue;
            }
            Optional<Question> question = question(a.question());
            if (question.isEmpty()) {
                violations.add(new Violation(
                        field + ".question", "UnknownQuestion", "is no question of " + code + " version " + version));
                continue;
            }
            if (stored.containsKey(a.question())) {
                violations.add(new Violation(field + ".question", "AnsweredOnce", "is answered more than once"));
                continue;
            }
            if (a.kind() == AnswerInput.Kind.NULL) {
                continue;
            }
            Question.Checked checked = question.get().check(a);
            if (checked.accepted()) {
                stored.put(a.question(), checked.stored());
            } else {
                violations.add(new Violation(field + ".value", checked.rule(), checked.message()));
            }
        }
        for (Question q : questions) {
            boolean answeredWrongly = answers.stream()
                    .anyMatch(a -> a != null && q.code().equals(a.question()) && a.kind() != AnswerInput.Kind.NULL);
            if (q.required() && !stored.containsKey(q.code()) && !answeredWrongly) {
                violations.add(new Violation("answers", "AnswerRequired", "must answer " + q.code()));
            }
        }
        if (!violations.isEmpty()) {
            return new Evaluation(violations, Map.of(), 0, 0, 0, false);
        }
        int points = 0;
        int most = 0;
        for (Map.Entry<String, String> e : stored.entrySet()) {
            Question q = question(e.getKey()).orElseThrow();
            points += q.points(e.getValue());
            most += q.maxPoints();
        }
        int score = most == 0 ? 0 : Math.round(100f * points / most);
        boolean positive = positiveAt != null && points >= positiveAt;
        return new Evaluation(List.of(), stored, points, most, score, positive);
    }

    /**
     * The answers checked: the violations (none when valid), the answers as stored by question code in
     * the order given, the points and the most the answered questions could earn, the score (0–100) and
     * whether a screening is positive.
     */
    public record Evaluation(
            List<Violation> violations,
            Map<String, String> answers,
            int points,
            int maxPoints,
            int score,
            boolean positive) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }
}
