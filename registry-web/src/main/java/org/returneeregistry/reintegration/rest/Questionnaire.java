package org.returneeregistry.reintegration.rest;

import java.math.BigDecimal;
import java.util.List;
import org.returneeregistry.reintegration.application.QuestionnaireView;
import org.returneeregistry.shared.rest.Wire;

/** A published questionnaire version: its dimension, how it scores, its questions. */
public record Questionnaire(
        String code,
        int version,
        String dimension,
        String title,
        boolean higherIsBetter,
        Integer positiveAt,
        String positiveRefersTo,
        List<Question> questions) {

    /** A question: the type of its answer, its range or options, and whether it is special-category data. */
    public record Question(
            String code,
            String text,
            String type,
            boolean required,
            BigDecimal min,
            BigDecimal max,
            List<String> options,
            boolean sensitive) {

        static Question from(QuestionnaireView.QuestionView q) {
            return new Question(
                    q.code(), q.text(), q.type(), q.required(), q.min(), q.max(), q.options(), q.sensitive());
        }
    }

    static Questionnaire from(QuestionnaireView v) {
        return new Questionnaire(
                v.code(),
                v.version(),
                v.dimension(),
                v.title(),
                v.higherIsBetter(),
                v.positiveAt(),
                v.positiveRefersTo(),
                Wire.list(v.questions(), Question::from));
    }
}
