package org.returneeregistry.reintegration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returneeregistry.reintegration.domain.AnswerInput.Kind;
import org.returneeregistry.shared.codelist.CodeList;
import org.returneeregistry.shared.codelist.CodeLists;
import org.returneeregistry.shared.domain.Violation;

/** The questionnaires the registry ships, and answers checked and scored against them, as tables. */
class QuestionnaireTest {

    static QuestionnaireCatalogue catalogue() {
        InputStream in = QuestionnaireTest.class.getResourceAsStream("/reintegration/questionnaires.json");
        return QuestionnaireCatalogue.read(in);
    }

    static AnswerInput bool(String q, boolean v) {
        return new AnswerInput(q, Kind.BOOLEAN, String.valueOf(v), null);
    }

    static AnswerInput number(String q, String v) {
        return new AnswerInput(q, Kind.NUMBER, v, null);
    }

    static AnswerInput text(String q, String v) {
        return new AnswerInput(q, Kind.STRING, v, null);
    }

    static AnswerInput codes(String q, String... v) {
        return new AnswerInput(q, Kind.ARRAY, null, Arrays.asList(v));
    }

    static List<AnswerInput> social(String housing, boolean enrolled) {
        return List.of(
                codes("documentsHeld", "NATIONAL_ID"),
                text("housing", housing),
                number("dependants", "2"),
                text("familyRelations", "SUPPORTIVE"),
                bool("healthCareAccess", enrolled),
                bool("welfareSchemeEnrolled", enrolled));
    }

    static List<AnswerInput> economic() {
        return new ArrayList<>(List.of(
                text("employmentStatus", "UNEMPLOYED_SEEKING"),
                number("monthlyIncome", "12000"),
                number("debtOutstanding", "150000"),
                bool("recruitmentFeesOwed", true)));
    }

    @Test
    void theShippedFileDefinesTheFourScreeningsOfTheManual() {
        QuestionnaireCatalogue c = catalogue();
        assertEquals(
                Set.of("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL_SCREENING", "VULNERABILITY_SCREENING"),
                c.all().stream().map(Questionnaire::code).collect(Collectors.toSet()));
        Questionnaire vulnerability = c.find("VULNERABILITY_SCREENING", 1).orElseThrow();
        assertEquals(
                Set.of("traffickingIndicators", "genderBasedViolence"),
                vulnerability.questions().stream()
                        .filter(Question::sensitive)
                        .map(Question::code)
                        .collect(Collectors.toSet()));
        assertTrue(c.all().stream()
                .filter(q -> !q.code().equals("VULNERABILITY_SCREENING"))
                .noneMatch(Questionnaire::asksSensitive));
        assertEquals(
                SupportService.PSYCHOSOCIAL,
                c.find("PSYCHOSOCIAL_SCREENING", 1).orElseThrow().positiveRefersTo());
        assertTrue(c.find("ECONOMIC", 2).isEmpty());
    }

    @Test
    void everyQuestionnaireDimensionAndPlannedDimensionIsPublished() {
        Set<String> published = CodeLists.standard().find("reintegration-dimension").orElseThrow().entries().stream()
                .map(CodeList.Entry::code)
                .collect(Collectors.toSet());
        assertEquals(
                published,
                Arrays.stream(Dimension.values())
                        .filter(Dimension::planned)
                        .map(Enum::name)
                        .collect(Collectors.toSet()));
        assertEquals(codes("reintegration-level"), names(Level.values()));
        assertEquals(codes("case-outcome"), names(CaseOutcome.values()));
        assertEquals(codes("case-status"), names(CaseStatus.values()));
        assertEquals(codes("contact-outcome"), names(ContactOutcome.values()));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal(
                        "a boolean given as text",
                        List.of(text("recruitmentFeesOwed", "yes")),
                        "answers[4].value",
                        "AnswerType"),
                refusal("a negative income", List.of(number("monthlyIncome", "-1")), "answers[4].value", "AnswerRange"),
                refusal(
                        "income above the range",
                        List.of(number("monthlyIncome", "100000001")),
                        "answers[4].value",
                        "AnswerRange"),
                refusal(
                        "a fraction of a year",
                        List.of(number("yearsWorkedAbroad", "2.5")),
                        "answers[4].value",
                        "AnswerType"),
                refusal(
                        "years above the range",
                        List.of(number("yearsWorkedAbroad", "61")),
                        "answers[4].value",
                        "AnswerRange"),
                refusal(
                        "a status not among the options",
                        List.of(text("employmentStatus", "RETIRED")),
                        "answers[4].value",
                        "AnswerOption"),
                refusal(
                        "a skill not among the options",
                        List.of(codes("skills", "DRIVING", "JUGGLING")),
                        "answers[4].value",
                        "AnswerOption"),
                refusal("skills as one text", List.of(text("skills", "DRIVING")), "answers[4].value", "AnswerType"),
                refusal(
                        "a question the questionnaire does not ask",
                        List.of(bool("ownsCar", true)),
                        "answers[4].question",
                        "UnknownQuestion"),
                refusal(
                        "a note with a control character",
                        List.of(text("notes", "bad\u0007bell")),
                        "answers[4].value",
                        "Text"),
                refusal("an empty note", List.of(text("notes", " ")), "answers[4].value", "AnswerRange"),
                refusal(
                        "a number given as an object",
                        List.of(new AnswerInput("yearsWorkedAbroad", Kind.OTHER, null, null)),
                        "answers[4].value",
                        "AnswerType"));
    }

    private static Arguments refusal(String name, List<AnswerInput> extra, String field, String rule) {
        return Arguments.of(name, extra, field, rule);
    }

    /** The valid economic answers with {@code answer} in the place of the one to its question, or added last. */
    private static List<AnswerInput> economicWith(AnswerInput answer) {
        List<AnswerInput> answers = economic();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).question().equals(answer.question())) {
                answers.set(i, answer);
                answers.add(answers.remove(i));
                return answers;
            }
        }
        answers.add(answer);
        return answers;
    }

    @Test
    void aQuestionIsAnsweredOnce() {
        List<AnswerInput> answers = economic();
        answers.add(bool("recruitmentFeesOwed", false));
        Questionnaire.Evaluation e =
                catalogue().find("ECONOMIC", 1).orElseThrow().evaluate(answers);
        assertEquals(
                List.of("answers[4].question AnsweredOnce"),
                e.violations().stream().map(v -> v.field() + " " + v.rule()).toList());
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("refusals")
    void anAnswerOutsideItsQuestionIsRefused(String name, List<AnswerInput> extra, String field, String rule) {
        List<AnswerInput> answers = economicWith(extra.get(0));
        if (answers.size() == 4) {
            field = field.replace("answers[4]", "answers[3]");
        }
        Questionnaire.Evaluation e =
                catalogue().find("ECONOMIC", 1).orElseThrow().evaluate(answers);
        assertFalse(e.valid(), name);
        assertEquals(List.of(new Violation(field, rule, e.violations().get(0).message())), e.violations());
    }

    @Test
    void everyMissingRequiredAnswerIsNamedAtOnce() {
        Questionnaire.Evaluation e =
                catalogue().find("ECONOMIC", 1).orElseThrow().evaluate(List.of(number("monthlyIncome", "-5")));
        assertEquals(
                List.of(
                        "answers[0].value AnswerRange",
                        "answers AnswerRequired",
                        "answers AnswerRequired",
                        "answers AnswerRequired"),
                e.violations().stream().map(v -> v.field() + " " + v.rule()).toList());
    }

    @Test
    void aNullAnswerToARequiredQuestionIsMissing() {
        List<AnswerInput> answers = economic();
        answers.set(3, new AnswerInput("recruitmentFeesOwed", Kind.NULL, null, null));
        Questionnaire.Evaluation e =
                catalogue().find("ECONOMIC", 1).orElseThrow().evaluate(answers);
        assertEquals(
                List.of("answers AnswerRequired"),
                e.violations().stream().map(v -> v.field() + " " + v.rule()).toList());
    }

    static Stream<Arguments> scores() {
        return Stream.of(
                // 0 (unemployed) + 1 (income 12000) + 1 (debt 150000) + 0 (fees owed) = 2 of 3+3+3+2
                Arguments.of("ECONOMIC", economic(), 2, 11, 18, false),
                Arguments.of(
                        "PSYCHOSOCIAL_SCREENING",
                        List.of(
                                text("nervousOrAnxious", "NEARLY_EVERY_DAY"),
                                text("uncontrolledWorry", "MORE_THAN_HALF_THE_DAYS"),
                                text("littleInterest", "SEVERAL_DAYS"),
                                text("downOrHopeless", "NOT_AT_ALL")),
                        6,
                        12,
                        50,
                        true),
                Arguments.of(
                        "PSYCHOSOCIAL_SCREENING",
                        List.of(
                                text("nervousOrAnxious", "SEVERAL_DAYS"),
                                text("uncontrolledWorry", "SEVERAL_DAYS"),
                                text("littleInterest", "SEVERAL_DAYS"),
                                text("downOrHopeless", "SEVERAL_DAYS"),
                                bool("substanceUse", false)),
                        4,
                        14,
                        29,
                        false),
                Arguments.of(
                        "VULNERABILITY_SCREENING",
                        List.of(
                                bool("traffickingIndicators", false),
                                bool("genderBasedViolence", false),
                                bool("debtBondage", false),
                                bool("disability", false),
                                bool("unpaidWages", false),
                                number("minorDependants", "0")),
                        0,
                        6,
                        0,
                        false),
                Arguments.of(
                        "VULNERABILITY_SCREENING",
                        List.of(
                                bool("traffickingIndicators", true),
                                bool("genderBasedViolence", false),
                                bool("debtBondage", false),
                                bool("disability", false),
                                bool("unpaidWages", true),
                                number("minorDependants", "3")),
                        3,
                        6,
                        50,
                        true),
                Arguments.of("SOCIAL", social("NO_HOUSING", false), 3, 12, 25, false),
                Arguments.of("SOCIAL", social("RENTED", true), 9, 12, 75, false));
    }

    @ParameterizedTest(name = "{0}: {2} of {3} points, score {4}, positive {5}")
    @MethodSource("scores")
    void answersScoreForTheirDimension(
            String code, List<AnswerInput> answers, int points, int most, int score, boolean positive) {
        Questionnaire.Evaluation e = catalogue().find(code, 1).orElseThrow().evaluate(answers);
        assertTrue(e.valid(), () -> e.violations().toString());
        assertEquals(points, e.points());
        assertEquals(most, e.maxPoints());
        assertEquals(score, e.score());
        assertEquals(positive, e.positive());
    }

    @Test
    void answersAreStoredInTheirCanonicalForm() {
        List<AnswerInput> answers = economic();
        answers.add(codes("skills", "DRIVING", "DRIVING", "LANGUAGES"));
        answers.add(number("yearsWorkedAbroad", "6.0"));
        answers.set(1, number("monthlyIncome", "12000.50"));
        Questionnaire.Evaluation e =
                catalogue().find("ECONOMIC", 1).orElseThrow().evaluate(answers);
        assertEquals("DRIVING,LANGUAGES", e.answers().get("skills"));
        assertEquals("6", e.answers().get("yearsWorkedAbroad"));
        assertEquals("12000.5", e.answers().get("monthlyIncome"));
    }

    private static Set<String> codes(String list) {
        return CodeLists.standard().find(list).orElseThrow().entries().stream()
                .map(CodeList.Entry::code)
                .collect(Collectors.toSet());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }
}
