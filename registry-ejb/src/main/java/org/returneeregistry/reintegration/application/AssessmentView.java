package org.returneeregistry.reintegration.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment: the questionnaire version, the score and, for a follow-up assessment, the change
 * against the first one with the same questionnaire ({@code baseline}). {@code answers} only in the
 * answer to a read of the assessment itself.
 *
 * <p>An assessment holding special-category answers (trafficking, GBV) shows them — and its points,
 * score and positive flag, which could reveal them — only to the returnee's case worker, as the consent
 * decision point decides; otherwise they are absent and {@code withheld} is true, and {@code decision}
 * names the decision in the decision log.
 *
 * @param suggestedReferral the service a positive screening suggests when no referral could be made
 *     (no route for it); null otherwise
 * @param referral the referral a positive screening created, null when none
 */
public record AssessmentView(
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
        List<AnswerView> answers,
        String suggestedReferral,
        String referral) {

    /** One answer: the question's code and the answer as text (codes of a multiple choice comma-separated). */
    public record AnswerView(String question, String value) {}

    AssessmentView withReferral(String suggested, String created) {
        return new AssessmentView(
                number,
                questionnaire,
                version,
                dimension,
                assessedOn,
                points,
                maxPoints,
                score,
                positive,
                baseline,
                baselineScore,
                change,
                withheld,
                decision,
                recordedBy,
                recordedAt,
                answers,
                suggested,
                created);
    }
}
