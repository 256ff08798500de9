package org.returneeregistry.reintegration.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returneeregistry.reintegration.application.RecordFamily;
import org.returneeregistry.reintegration.application.RecordSkills;
import org.returneeregistry.schemas.common.v1.FamilyMember;
import org.returneeregistry.schemas.common.v1.PriorLearning;
import org.returneeregistry.schemas.common.v1.SkillsOccupation;

class CaseRecordXmlMapperTest {

    @Test
    void violationsAreNamedAsTheSchemaNamesTheirElements() {
        assertEquals("occupation[1].isco", CaseRecordXmlMapper.soapField("occupations[1].isco"));
        assertEquals("certificate[0].issuedOn", CaseRecordXmlMapper.soapField("certificates[0].issuedOn"));
        assertEquals("member[2].dateOfBirth", CaseRecordXmlMapper.soapField("members[2].dateOfBirth"));
        assertEquals("idempotencyKey", CaseRecordXmlMapper.soapField("Idempotency-Key"));
        assertEquals("priorLearning.outcome", CaseRecordXmlMapper.soapField("priorLearning.outcome"));
        assertEquals("reason", CaseRecordXmlMapper.soapField("reason"));
        assertNull(CaseRecordXmlMapper.soapField(null));
    }

    @Test
    void theElementsBecomeTheCommandsRestBuildsFromJson() {
        SkillsOccupation welder = new SkillsOccupation();
        welder.setIsco("7212");
        welder.setYears(6);
        PriorLearning prior = new PriorLearning();
        prior.setStatus("ASSESSED");
        assertEquals(
                new RecordSkills(
                        List.of(new RecordSkills.Occupation("7212", null, 6)),
                        List.of(),
                        new RecordSkills.PriorLearning("ASSESSED", null),
                        "Interview"),
                CaseRecordXmlMapper.toCommand(List.of(welder), List.of(), prior, "Interview"));
        assertNull(
                CaseRecordXmlMapper.toCommand(List.of(), List.of(), null, "x").priorLearning(), "refused later");

        FamilyMember child = new FamilyMember();
        child.setRelationship("CHILD");
        child.setGivenName("Ram");
        child.setDateOfBirth(LocalDate.parse("2016-08-01"));
        child.setSex("1");
        child.setDependant(true);
        RecordFamily family = CaseRecordXmlMapper.toCommand(Arrays.asList(child, null), "At intake");
        assertEquals(
                new RecordFamily.Member("CHILD", "Ram", null, LocalDate.parse("2016-08-01"), "1", true, null),
                family.members().get(0));
        assertNull(family.members().get(1), "an empty element is refused by validation, not dropped");
    }
}
