package org.returneeregistry.reintegration.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.reintegration.domain.AnswerInput;
import org.returneeregistry.schemas.reintegration.v1.Codes;
import org.returneeregistry.schemas.reintegration.v1.GivenAnswer;
import org.returneeregistry.schemas.reintegration.v1.NewAssessment;

class CaseXmlMapperTest {

    @Test
    void eachAnswerElementIsTheJsonKindItStandsFor() {
        GivenAnswer yesNo = answer("recruitmentFeesOwed");
        yesNo.setYesNo(true);
        GivenAnswer number = answer("monthlyIncome");
        number.setNumber(new BigDecimal("12000"));
        GivenAnswer text = answer("employmentStatus");
        text.setText("EMPLOYED");
        GivenAnswer codes = answer("skills");
        Codes list = new Codes();
        list.getCode().addAll(List.of("CONSTRUCTION", "DRIVING"));
        codes.setCodes(list);
        GivenAnswer none = answer("debtOutstanding");

        assertEquals(
                new AnswerInput("recruitmentFeesOwed", AnswerInput.Kind.BOOLEAN, "true", null),
                CaseXmlMapper.answer(yesNo));
        assertEquals(
                new AnswerInput("monthlyIncome", AnswerInput.Kind.NUMBER, "12000", null), CaseXmlMapper.answer(number));
        assertEquals(
                new AnswerInput("employmentStatus", AnswerInput.Kind.STRING, "EMPLOYED", null),
                CaseXmlMapper.answer(text));
        assertEquals(
                new AnswerInput("skills", AnswerInput.Kind.ARRAY, null, List.of("CONSTRUCTION", "DRIVING")),
                CaseXmlMapper.answer(codes));
        assertEquals(new AnswerInput("debtOutstanding", AnswerInput.Kind.NULL, null, null), CaseXmlMapper.answer(none));
    }

    @Test
    void anAbsentAssessmentIsACommandWithNothingSoValidationNamesEachField() {
        var command = CaseXmlMapper.toCommand((NewAssessment) null);
        assertNull(command.questionnaire());
        assertNull(command.version());
        assertNull(command.answers());
    }

    @Test
    void fieldsAreNamedAsTheSchemaNamesThem() {
        assertEquals("newAssessment.answer[1].value", CaseXmlMapper.soapField("answers[1].value"));
        assertEquals("newAssessment.answer", CaseXmlMapper.soapField("answers"));
        assertEquals("newAssessment.questionnaire", CaseXmlMapper.soapField("questionnaire"));
        assertEquals("idempotencyKey", CaseXmlMapper.soapField("Idempotency-Key"));
        assertEquals("outcome", CaseXmlMapper.soapField("outcome"));
        assertNull(CaseXmlMapper.soapField(null));
    }

    private static GivenAnswer answer(String question) {
        GivenAnswer a = new GivenAnswer();
        a.setQuestion(question);
        return a;
    }
}
