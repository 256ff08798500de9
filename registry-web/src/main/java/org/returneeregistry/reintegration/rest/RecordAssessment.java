package org.returneeregistry.reintegration.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.reintegration.domain.AnswerInput;
import org.returneeregistry.shared.rest.Wire;

/**
 * The body of an assessment: the questionnaire's code and version, the date (default today) and the
 * answers, each a question's code and a JSON value of the question's type (true/false, a number, a code,
 * a list of codes, text).
 */
public record RecordAssessment(String questionnaire, Integer version, LocalDate assessedOn, List<GivenAnswer> answers) {

    /** One answer as given. */
    public record GivenAnswer(String question, JsonValue value) {

        AnswerInput toInput() {
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return new AnswerInput(question, AnswerInput.Kind.NULL, null, null);
            }
            return switch (value.getValueType()) {
                case TRUE -> new AnswerInput(question, AnswerInput.Kind.BOOLEAN, "true", null);
                case FALSE -> new AnswerInput(question, AnswerInput.Kind.BOOLEAN, "false", null);
                case NUMBER ->
                    new AnswerInput(
                            question,
                            AnswerInput.Kind.NUMBER,
                            ((JsonNumber) value).bigDecimalValue().toPlainString(),
                            null);
                case STRING ->
                    new AnswerInput(question, AnswerInput.Kind.STRING, ((JsonString) value).getString(), null);
                case ARRAY -> array((JsonArray) value);
                default -> new AnswerInput(question, AnswerInput.Kind.OTHER, null, null);
            };
        }

        private AnswerInput array(JsonArray array) {
            List<String> codes = new ArrayList<>();
            for (JsonValue v : array) {
                codes.add(v instanceof JsonString s ? s.getString() : null);
            }
            return new AnswerInput(question, AnswerInput.Kind.ARRAY, null, codes);
        }
    }

    org.returneeregistry.reintegration.application.RecordAssessment toCommand() {
        return new org.returneeregistry.reintegration.application.RecordAssessment(
                questionnaire, version, assessedOn, Wire.list(answers, GivenAnswer::toInput));
    }
}
