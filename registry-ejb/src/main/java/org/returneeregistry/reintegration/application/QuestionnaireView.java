package org.returneeregistry.reintegration.application;

import java.math.BigDecimal;
import java.util.List;

/** A questionnaire version as published to case workers and integrators. */
public record QuestionnaireView(
        String code,
        int version,
        String dimension,
        String title,
        boolean higherIsBetter,
        Integer positiveAt,
        String positiveRefersTo,
        List<QuestionView> questions) {

    /** A question: its type and what an answer may be. */
    public record QuestionView(
            String code,
            String text,
            String type,
            boolean required,
            BigDecimal min,
            BigDecimal max,
            List<String> options,
            boolean sensitive) {}
}
