package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.reintegration.application.AssessmentView;
import org.returneeregistry.shared.rest.Wire;

/**
 * An assessment with a questionnaire version: its score and, for a later one, the change against the
 * first with the same questionnaire. {@code answers} only when the assessment itself is read. Points,
 * score, positive and the special-category answers are absent and {@code withheld} true when the
 * caller is not the returnee's case worker; {@code decision} then names the decision log entry.
 */
public record Assessment(
        int number,
        String questionnaire,
        int version,
        String dimension,
        LocalDate assessedOn,
        Integer points,
        Integer maxPoints,
        Integer score,
        Boolean positive,
        Integer baseline,
        Integer baselineScore,
        Integer change,
        boolean withheld,
        Long decision,
        String recordedBy,
        Instant recordedAt,
        List<Answer> answers,
        String suggestedReferral,
        String referral) {

    /** One answer: the question's code and the answer as text (a multiple choice's codes comma-separated). */
    public record Answer(String question, String value) {

        static Answer from(AssessmentView.AnswerView a) {
            return new Answer(a.question(), a.value());
        }
    }

    static Assessment from(AssessmentView v) {
        return new Assessment(
                v.number(),
                v.questionnaire(),
                v.version(),
                v.dimension(),
                v.assessedOn(),
                v.points(),
                v.maxPoints(),
                v.score(),
                v.positive(),
                v.baseline(),
                v.baselineScore(),
                v.change(),
                v.withheld(),
                v.decision(),
                v.recordedBy(),
                v.recordedAt(),
                Wire.list(v.answers(), Answer::from),
                v.suggestedReferral(),
                v.referral());
    }
}
