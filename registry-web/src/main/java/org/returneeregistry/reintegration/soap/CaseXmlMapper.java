package org.returneeregistry.reintegration.soap;

import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.reintegration.application.AssessmentView;
import org.returneeregistry.reintegration.application.CaseSummary;
import org.returneeregistry.reintegration.application.CaseView;
import org.returneeregistry.reintegration.application.CreatedAssessment;
import org.returneeregistry.reintegration.application.OverdueFollowUp;
import org.returneeregistry.reintegration.application.RecordAssessment;
import org.returneeregistry.reintegration.domain.AnswerInput;
import org.returneeregistry.schemas.reintegration.v1.Action;
import org.returneeregistry.schemas.reintegration.v1.Answer;
import org.returneeregistry.schemas.reintegration.v1.Assessment;
import org.returneeregistry.schemas.reintegration.v1.CaseEvent;
import org.returneeregistry.schemas.reintegration.v1.CasePage;
import org.returneeregistry.schemas.reintegration.v1.CaseQuery;
import org.returneeregistry.schemas.reintegration.v1.FollowUp;
import org.returneeregistry.schemas.reintegration.v1.GivenAnswer;
import org.returneeregistry.schemas.reintegration.v1.Goal;
import org.returneeregistry.schemas.reintegration.v1.NewAssessment;
import org.returneeregistry.schemas.reintegration.v1.OverduePage;
import org.returneeregistry.schemas.reintegration.v1.OverdueQuery;
import org.returneeregistry.schemas.reintegration.v1.RecordedAssessment;
import org.returneeregistry.schemas.reintegration.v1.ReintegrationCase;
import org.returneeregistry.shared.domain.Page;

/** Between the case contract's JAXB types and the reintegration context's commands and views. */
final class CaseXmlMapper {

    private CaseXmlMapper() {}

    /**
     * The contract's name of a field of an assessment the application names as REST does: {@code
     * answers[2].value} is {@code newAssessment.answer[2].value}, the Idempotency-Key header the {@code
     * idempotencyKey} element.
     */
    static String soapField(String field) {
        if (field == null) {
            return null;
        }
        if ("Idempotency-Key".equals(field)) {
            return "idempotencyKey";
        }
        if (field.startsWith("answers")) {
            return "newAssessment.answer" + field.substring("answers".length());
        }
        if (field.equals("questionnaire") || field.equals("version") || field.equals("assessedOn")) {
            return "newAssessment." + field;
        }
        return field;
    }

    static RecordAssessment toCommand(NewAssessment xml) {
        if (xml == null) {
            return new RecordAssessment(null, null, null, null);
        }
        List<AnswerInput> answers = new ArrayList<>();
        for (GivenAnswer a : xml.getAnswer()) {
            answers.add(answer(a));
        }
        return new RecordAssessment(xml.getQuestionnaire(), xml.getVersion(), xml.getAssessedOn(), answers);
    }

    /** An answer as the questionnaire checks it: the kind of value the element chosen carries. */
    static AnswerInput answer(GivenAnswer a) {
        if (a == null) {
            return null;
        }
        if (a.isYesNo() != null) {
            return new AnswerInput(
                    a.getQuestion(), AnswerInput.Kind.BOOLEAN, a.isYesNo().toString(), null);
        }
        if (a.getNumber() != null) {
            return new AnswerInput(
                    a.getQuestion(), AnswerInput.Kind.NUMBER, a.getNumber().toPlainString(), null);
        }
        if (a.getText() != null) {
            return new AnswerInput(a.getQuestion(), AnswerInput.Kind.STRING, a.getText(), null);
        }
        if (a.getCodes() != null) {
            return new AnswerInput(
                    a.getQuestion(), AnswerInput.Kind.ARRAY, null, a.getCodes().getCode());
        }
        return new AnswerInput(a.getQuestion(), AnswerInput.Kind.NULL, null, null);
    }

    static org.returneeregistry.reintegration.application.CaseQuery toQuery(CaseQuery xml) {
        return xml == null
                ? new org.returneeregistry.reintegration.application.CaseQuery(null, null, null, null, null, null)
                : new org.returneeregistry.reintegration.application.CaseQuery(
                        xml.getRegistryNumber(),
                        xml.getStatus(),
                        xml.getCentre(),
                        xml.getWorker(),
                        xml.getPage(),
                        xml.getPageSize());
    }

    static org.returneeregistry.reintegration.application.OverdueQuery toQuery(OverdueQuery xml) {
        return xml == null
                ? new org.returneeregistry.reintegration.application.OverdueQuery(null, null, null, null)
                : new org.returneeregistry.reintegration.application.OverdueQuery(
                        xml.getCentre(), xml.getWorker(), xml.getPage(), xml.getPageSize());
    }

    static ReintegrationCase toXml(CaseView v) {
        ReintegrationCase xml = new ReintegrationCase();
        xml.setCaseId(v.caseId());
        xml.setRegistryNumber(v.registryNumber());
        xml.setStatus(v.status());
        xml.setOpenedBy(v.openedBy());
        xml.setNotification(v.sourceNotification());
        xml.setCentre(v.centre());
        xml.setWorker(v.worker());
        xml.setOpenedOn(v.openedOn());
        xml.setOpenedAt(v.openedAt());
        xml.setUpdatedAt(v.updatedAt());
        xml.setClosedAt(v.closedAt());
        xml.setOutcome(v.outcome());
        xml.setCloseReason(v.closeReason());
        xml.setVersion(v.version());
        v.assessments().forEach(a -> xml.getAssessment().add(toXml(a)));
        v.goals().forEach(g -> {
            Goal goal = new Goal();
            goal.setNumber(g.number());
            goal.setDimension(g.dimension());
            goal.setLevel(g.level());
            goal.setDescription(g.description());
            goal.setCreatedAt(g.createdAt());
            xml.getGoal().add(goal);
        });
        v.actions().forEach(a -> {
            Action action = new Action();
            action.setNumber(a.number());
            action.setGoal(a.goal());
            action.setDescription(a.description());
            action.setResponsible(a.responsible());
            action.setDueOn(a.dueOn());
            action.setStatus(a.status());
            action.setClosedAt(a.closedAt());
            action.setClosingNote(a.closingNote());
            xml.getAction().add(action);
        });
        xml.getReferral().addAll(v.referrals());
        v.followUps().forEach(f -> {
            FollowUp followUp = new FollowUp();
            followUp.setNumber(f.number());
            followUp.setDueOn(f.dueOn());
            followUp.setContactedOn(f.contactedOn());
            followUp.setOutcome(f.outcome());
            followUp.setNote(f.note());
            followUp.setOverdue(f.overdue());
            xml.getFollowUp().add(followUp);
        });
        v.history().forEach(e -> {
            CaseEvent event = new CaseEvent();
            event.setSequence(e.sequence());
            event.setType(e.type());
            event.setAt(e.at());
            event.setActor(e.actor());
            event.setOrganisation(e.organisation());
            event.setNote(e.note());
            xml.getEvent().add(event);
        });
        return xml;
    }

    static Assessment toXml(AssessmentView v) {
        Assessment xml = new Assessment();
        xml.setNumber(v.number());
        xml.setQuestionnaire(v.questionnaire());
        xml.setVersion(v.version());
        xml.setDimension(v.dimension());
        xml.setAssessedOn(v.assessedOn());
        xml.setPoints(v.points());
        xml.setMaxPoints(v.maxPoints());
        xml.setScore(v.score());
        xml.setPositive(v.positive());
        xml.setBaseline(v.baseline());
        xml.setBaselineScore(v.baselineScore());
        xml.setChange(v.change());
        xml.setWithheld(v.withheld());
        xml.setDecision(v.decision());
        xml.setRecordedBy(v.recordedBy());
        xml.setRecordedAt(v.recordedAt());
        if (v.answers() != null) {
            v.answers().forEach(a -> {
                Answer answer = new Answer();
                answer.setQuestion(a.question());
                answer.setValue(a.value());
                xml.getAnswer().add(answer);
            });
        }
        xml.setSuggestedReferral(v.suggestedReferral());
        xml.setReferral(v.referral());
        return xml;
    }

    static RecordedAssessment toXml(CreatedAssessment created) {
        RecordedAssessment xml = new RecordedAssessment();
        xml.setAssessment(toXml(created.assessment()));
        xml.setCreated(created.created());
        return xml;
    }

    static CasePage toXml(Page<CaseSummary> page) {
        CasePage xml = new CasePage();
        xml.setPage(page.page());
        xml.setPageSize(page.pageSize());
        xml.setTotalCount(page.totalCount());
        page.items().forEach(s -> {
            var summary = new org.returneeregistry.schemas.reintegration.v1.CaseSummary();
            summary.setCaseId(s.caseId());
            summary.setRegistryNumber(s.registryNumber());
            summary.setStatus(s.status());
            summary.setCentre(s.centre());
            summary.setWorker(s.worker());
            summary.setOpenedOn(s.openedOn());
            summary.setOpenActions(s.openActions());
            summary.setOverdueFollowUps(s.overdueFollowUps());
            summary.setUpdatedAt(s.updatedAt());
            xml.getSummary().add(summary);
        });
        return xml;
    }

    static OverduePage toOverdueXml(Page<OverdueFollowUp> page) {
        OverduePage xml = new OverduePage();
        xml.setPage(page.page());
        xml.setPageSize(page.pageSize());
        xml.setTotalCount(page.totalCount());
        page.items().forEach(o -> {
            var overdue = new org.returneeregistry.schemas.reintegration.v1.OverdueFollowUp();
            overdue.setCaseId(o.caseId());
            overdue.setRegistryNumber(o.registryNumber());
            overdue.setCentre(o.centre());
            overdue.setWorker(o.worker());
            overdue.setNumber(o.number());
            overdue.setDueOn(o.dueOn());
            xml.getOverdue().add(overdue);
        });
        return xml;
    }
}
