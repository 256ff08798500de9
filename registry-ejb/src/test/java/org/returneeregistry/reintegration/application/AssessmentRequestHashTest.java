package org.returneeregistry.reintegration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.reintegration.domain.AnswerInput;
import org.returneeregistry.reintegration.domain.AnswerInput.Kind;

/** The hash an idempotency key is checked with: the same request gives the same hash, any change another. */
class AssessmentRequestHashTest {

    private static RecordAssessment request(String questionnaire, LocalDate on, AnswerInput... answers) {
        return new RecordAssessment(questionnaire, 1, on, Arrays.asList(answers));
    }

    private static final AnswerInput EMPLOYED = new AnswerInput("employmentStatus", Kind.STRING, "EMPLOYED", null);

    @Test
    void theSameRequestHashesTheSame() {
        assertEquals(
                CaseService.hash(request("ECONOMIC", null, EMPLOYED)),
                CaseService.hash(request("ECONOMIC", null, EMPLOYED)));
    }

    @Test
    void everyPartOfTheRequestCounts() {
        String base = CaseService.hash(request("ECONOMIC", null, EMPLOYED));
        List<RecordAssessment> others = List.of(
                request("SOCIAL", null, EMPLOYED),
                request("ECONOMIC", LocalDate.parse("2026-12-06"), EMPLOYED),
                request("ECONOMIC", null, new AnswerInput("employmentStatus", Kind.STRING, "EMPLOYED_", null)),
                request("ECONOMIC", null, new AnswerInput("employmentStatus", Kind.NUMBER, "EMPLOYED", null)),
                request("ECONOMIC", null, EMPLOYED, EMPLOYED),
                request("ECONOMIC", null, (AnswerInput) null),
                request("ECONOMIC", null, new AnswerInput("skills", Kind.ARRAY, null, List.of("A", "B"))),
                new RecordAssessment("ECONOMIC", 2, null, List.of(EMPLOYED)));
        for (RecordAssessment other : others) {
            assertNotEquals(base, CaseService.hash(other), other::toString);
        }
        assertNotEquals(
                CaseService.hash(
                        request("ECONOMIC", null, new AnswerInput("skills", Kind.ARRAY, null, List.of("A,B")))),
                CaseService.hash(
                        request("ECONOMIC", null, new AnswerInput("skills", Kind.ARRAY, null, List.of("A", "B")))),
                "codes are length-prefixed, not joined");
    }
}
