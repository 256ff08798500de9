package org.returneeregistry.reintegration.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.shared.domain.PlainText;

/**
 * One question of a questionnaire, as the questionnaire's data defines it: its code, type, range or
 * options, whether it must be answered, whether its answer is special-category data, and the points an
 * answer earns for the dimension's score.
 *
 * @param min           the smallest number allowed (INTEGER, DECIMAL), or null
 * @param max           the largest number allowed (INTEGER, DECIMAL), or the longest text (TEXT)
 * @param options       the codes allowed (CHOICE, MULTI_CHOICE) with the points each earns
 * @param bands         for numbers: the points earned from each lower bound up, ascending
 * @param pointsIfTrue  for BOOLEAN: the points a yes earns
 * @param pointsIfFalse for BOOLEAN: the points a no earns
 * @param sensitive     whether the answer is special-category data (trafficking, GBV), read only by the case worker
 */
public record Question(
        String code,
        String text,
        QuestionType type,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        Map<String, Integer> options,
        List<Band> bands,
        int pointsIfTrue,
        int pointsIfFalse,
        boolean sensitive) {

    /** The longest answer to a TEXT question when its data names no maximum. */
    public static final int DEFAULT_TEXT_LENGTH = 1000;

    /** Points earned by a number from {@code from} up (to the next band's lower bound). */
    public record Band(BigDecimal from, int points) {}

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        options = options == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        bands = bands == null
                ? List.of()
                : bands.stream().sorted(Comparator.comparing(Band::from)).toList();
        if ((type == QuestionType.CHOICE || type == QuestionType.MULTI_CHOICE) && options.isEmpty()) {
            throw new IllegalArgumentException("question " + code + " offers no options");
        }
    }

    /**
     * The answer as stored, or why it is refused: a value of the question's type, within its range or
     * among its options. A null value is no answer (refused only when the question is required, which
     * the questionnaire checks).
     */
    public Checked check(AnswerInput answer) {
        return switch (type) {
            case BOOLEAN ->
                answer.kind() == AnswerInput.Kind.BOOLEAN
                        ? Checked.ok(answer.value())
                        : Checked.refused("AnswerType", "must be true or false");
            case INTEGER, DECIMAL -> number(answer);
            case CHOICE ->
                answer.kind() == AnswerInput.Kind.STRING && options.containsKey(answer.value())
                        ? Checked.ok(answer.value())
                        : Checked.refused("AnswerOption", "must be one of " + String.join(", ", options.keySet()));
            case MULTI_CHOICE -> choices(answer);
            case TEXT -> text(answer);
        };
    }

    private Checked number(AnswerInput answer) {
        if (answer.kind() != AnswerInput.Kind.NUMBER) {
            return Checked.refused("AnswerType", "must be a number");
        }
        BigDecimal n;
        try {
            n = new BigDecimal(answer.value());
        } catch (NumberFormatException e) {
            return Checked.refused("AnswerType", "must be a number");
        }
        if (type == QuestionType.INTEGER && n.stripTrailingZeros().scale() > 0) {
            return Checked.refused("AnswerType", "must be a whole number");
        }
        if (n.abs().compareTo(new BigDecimal("1E15")) >= 0
                || n.stripTrailingZeros().scale() > 4) {
            return Checked.refused("AnswerRange", "must have at most 15 digits before and 4 after the point");
        }
        if ((min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0)) {
            return Checked.refused("AnswerRange", "must be from " + plain(min) + " to " + plain(max));
        }
        return Checked.ok(
                type == QuestionType.INTEGER
                        ? n.toBigInteger().toString()
                        : n.stripTrailingZeros().toPlainString());
    }

    private Checked choices(AnswerInput answer) {
        if (answer.kind() != AnswerInput.Kind.ARRAY) {
            return Checked.refused("AnswerType", "must be a list of codes");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String v : answer.values()) {
            if (v == null || !options.containsKey(v)) {
                return Checked.refused(
                        "AnswerOption", "every code must be one of " + String.join(", ", options.keySet()));
            }
            chosen.add(v);
        }
        return Checked.ok(String.join(",", chosen));
    }

    private Checked text(AnswerInput answer) {
        if (answer.kind() != AnswerInput.Kind.STRING) {
            return Checked.refused("AnswerType", "must be text");
        }
        int longest = max == null ? DEFAULT_TEXT_LENGTH : max.intValue();
        if (answer.value().isBlank() || answer.value().length() > longest) {
            return Checked.refused("AnswerRange", "must be 1 to " + longest + " characters");
        }
        Optional<String> refusal = PlainText.MULTI_LINE.refusal(answer.value());
        return refusal.map(r -> Checked.refused("Text", r)).orElseGet(() -> Checked.ok(answer.value()));
    }

    /** The points a stored answer earns; 0 for a question that scores nothing. */
    public int points(String stored) {
        return switch (type) {
            case BOOLEAN -> Boolean.parseBoolean(stored) ? pointsIfTrue : pointsIfFalse;
            case INTEGER, DECIMAL -> band(new BigDecimal(stored));
            case CHOICE -> options.getOrDefault(stored, 0);
            case MULTI_CHOICE ->
                stored.isEmpty()
                        ? 0
                        : List.of(stored.split(",")).stream()
                                .mapToInt(c -> options.getOrDefault(c, 0))
                                .sum();
            case TEXT -> 0;
        };
    }

    /** The most points an answer to this question can earn. */
    public int maxPoints() {
        return switch (type) {
            case BOOLEAN -> Math.max(pointsIfTrue, pointsIfFalse);
            case INTEGER, DECIMAL -> bands.stream().mapToInt(Band::points).max().orElse(0);
            case CHOICE ->
                options.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            case MULTI_CHOICE ->
                options.values().stream().mapToInt(p -> Math.max(0, p)).sum();
            case TEXT -> 0;
        };
    }

    private int band(BigDecimal n) {
        int points = 0;
        for (Band b : bands) {
            if (n.compareTo(b.from()) >= 0) {
                points = b.points();
            }
        }
        return points;
    }

    private static String plain(BigDecimal n) {
        return n == null ? "any" : n.toPlainString();
    }

    /** An answer checked: its stored text, or the rule it breaks and why. */
    public record Checked(String stored, String rule, String message) {

        static Checked ok(String stored) {
            return new Checked(stored, null, null);
        }

        static Checked refused(String rule, String message) {
            return new Checked(null, rule, message);
        }

        public boolean accepted() {
            return rule == null;
        }
    }

    /** The options' codes, in the order the data lists them. */
    public List<String> optionCodes() {
        return new ArrayList<>(options.keySet());
    }
}
