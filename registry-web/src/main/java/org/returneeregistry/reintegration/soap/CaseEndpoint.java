package org.returneeregistry.reintegration.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.reintegration.application.AddAction;
import org.returneeregistry.reintegration.application.AddGoal;
import org.returneeregistry.reintegration.application.AddNote;
import org.returneeregistry.reintegration.application.AssignCase;
import org.returneeregistry.reintegration.application.CaseService;
import org.returneeregistry.reintegration.application.CloseCase;
import org.returneeregistry.reintegration.application.EndAction;
import org.returneeregistry.reintegration.application.GrievanceChange;
import org.returneeregistry.reintegration.application.GrievanceService;
import org.returneeregistry.reintegration.application.LinkReferral;
import org.returneeregistry.reintegration.application.OpenCase;
import org.returneeregistry.reintegration.application.RecordFollowUp;
import org.returneeregistry.reintegration.application.RecordGrievance;
import org.returneeregistry.reintegration.application.TransferCase;
import org.returneeregistry.schemas.common.v1.FamilyMember;
import org.returneeregistry.schemas.common.v1.PriorLearning;
import org.returneeregistry.schemas.common.v1.SkillsCertificate;
import org.returneeregistry.schemas.common.v1.SkillsOccupation;
import org.returneeregistry.schemas.reintegration.v1.Assessment;
import org.returneeregistry.schemas.reintegration.v1.CasePage;
import org.returneeregistry.schemas.reintegration.v1.CaseQuery;
import org.returneeregistry.schemas.reintegration.v1.FamilyRecord;
import org.returneeregistry.schemas.reintegration.v1.Grievance;
import org.returneeregistry.schemas.reintegration.v1.GrievancePage;
import org.returneeregistry.schemas.reintegration.v1.GrievanceQuery;
import org.returneeregistry.schemas.reintegration.v1.NewAssessment;
import org.returneeregistry.schemas.reintegration.v1.OverduePage;
import org.returneeregistry.schemas.reintegration.v1.OverdueQuery;
import org.returneeregistry.schemas.reintegration.v1.RecordedAssessment;
import org.returneeregistry.schemas.reintegration.v1.RecordedGrievance;
import org.returneeregistry.schemas.reintegration.v1.ReintegrationCase;
import org.returneeregistry.schemas.reintegration.v1.SkillsProfile;
import org.returneeregistry.schemas.wsdl.v1.CasePort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;

/**
 * SOAP port of the case service, published with the contract's own WSDL: each operation is one call of the
 * same {@link CaseService} or {@link GrievanceService} method REST calls, so the rules, the decision point's
 * verdict on screening answers and the audit code are the same on both.
 */
@WebService(
        serviceName = "CaseService",
        portName = "CasePort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        endpointInterface = "org.returneeregistry.schemas.wsdl.v1.CasePort",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/CaseService.wsdl")
@SchemaValidation(handler = SchemaErrorCollector.class, inbound = true, outbound = false)
public class CaseEndpoint implements CasePort {

    @EJB
    private CaseService cases;

    @EJB
    private GrievanceService grievances;

    @Resource
    private WebServiceContext context;

    @Override
    public ReintegrationCase openCase(String registryNumber, String centre, String reason) throws RegistryFault {
        return SoapFaults.call(
                context, () -> CaseXmlMapper.toXml(cases.open(new OpenCase(registryNumber, centre, reason))));
    }

    @Override
    public ReintegrationCase getCase(String caseId) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseXmlMapper.toXml(cases.get(caseId)));
    }

    @Override
    public CasePage listCases(CaseQuery query) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseXmlMapper.toXml(cases.list(CaseXmlMapper.toQuery(query))));
    }

    @Override
    public ReintegrationCase assignCase(String caseId, String centre, String worker, String reason)
            throws RegistryFault {
        return SoapFaults.call(
                context, () -> CaseXmlMapper.toXml(cases.assign(caseId, new AssignCase(centre, worker, reason))));
    }

    @Override
    public ReintegrationCase transferCase(String caseId, String centre, String worker, String reason)
            throws RegistryFault {
        return SoapFaults.call(
                context, () -> CaseXmlMapper.toXml(cases.transfer(caseId, new TransferCase(centre, worker, reason))));
    }

    @Override
    public ReintegrationCase closeCase(String caseId, String outcome, String reason) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseXmlMapper.toXml(cases.close(caseId, new CloseCase(outcome, reason))));
    }

    @Override
    public RecordedAssessment recordCaseAssessment(String caseId, NewAssessment newAssessment, String idempotencyKey)
            throws RegistryFault {
        return SoapFaults.call(
                context,
                CaseXmlMapper::soapField,
                () -> CaseXmlMapper.toXml(
                        cases.assess(caseId, CaseXmlMapper.toCommand(newAssessment), idempotencyKey)));
    }

    @Override
    public Assessment getCaseAssessment(String caseId, int number) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseXmlMapper.toXml(cases.assessment(caseId, number)));
    }

    @Override
    public ReintegrationCase addCaseGoal(String caseId, String dimension, String level, String description)
            throws RegistryFault {
        return SoapFaults.call(
                context, () -> CaseXmlMapper.toXml(cases.addGoal(caseId, new AddGoal(dimension, level, description))));
    }

    @Override
    public ReintegrationCase addCaseAction(
            String caseId, int goal, String description, String responsible, LocalDate dueOn) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> CaseXmlMapper.toXml(
                        cases.addAction(caseId, new AddAction(goal, description, responsible, dueOn))));
    }

    @Override
    public ReintegrationCase endCaseAction(String caseId, int action, boolean done, String note) throws RegistryFault {
        return SoapFaults.call(
                context, () -> CaseXmlMapper.toXml(cases.endAction(caseId, action, new EndAction(done, note))));
    }

    @Override
    public ReintegrationCase linkCaseReferral(String caseId, String referralId) throws RegistryFault {
        return SoapFaults.call(
                context, () -> CaseXmlMapper.toXml(cases.linkReferral(caseId, new LinkReferral(referralId))));
    }

    @Override
    public ReintegrationCase addCaseNote(String caseId, String text) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseXmlMapper.toXml(cases.addNote(caseId, new AddNote(text))));
    }

    @Override
    public ReintegrationCase recordFollowUp(String caseId, LocalDate contactedOn, String outcome, String note)
            throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> CaseXmlMapper.toXml(cases.followUp(caseId, new RecordFollowUp(contactedOn, outcome, note))));
    }

    @Override
    public OverduePage listOverdueFollowUps(OverdueQuery query) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseXmlMapper.toOverdueXml(cases.overdue(CaseXmlMapper.toQuery(query))));
    }

    @Override
    public SkillsProfile recordSkillsProfile(
            String caseId,
            List<SkillsOccupation> occupation,
            List<SkillsCertificate> certificate,
            PriorLearning priorLearning,
            String reason)
            throws RegistryFault {
        return SoapFaults.call(
                context,
                CaseRecordXmlMapper::soapField,
                () -> CaseRecordXmlMapper.toXml(cases.recordSkills(
                        caseId, CaseRecordXmlMapper.toCommand(occupation, certificate, priorLearning, reason))));
    }

    @Override
    public SkillsProfile getSkillsProfile(String caseId) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseRecordXmlMapper.toXml(cases.skills(caseId)));
    }

    @Override
    public FamilyRecord recordFamily(String caseId, List<FamilyMember> member, String reason) throws RegistryFault {
        return SoapFaults.call(
                context,
                CaseRecordXmlMapper::soapField,
                () -> CaseRecordXmlMapper.toXml(
                        cases.recordFamily(caseId, CaseRecordXmlMapper.toCommand(member, reason))));
    }

    @Override
    public FamilyRecord getFamily(String caseId) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseRecordXmlMapper.toXml(cases.family(caseId)));
    }

    @Override
    public RecordedGrievance recordGrievance(
            String caseId, boolean anonymous, String category, String description, String idempotencyKey)
            throws RegistryFault {
        return SoapFaults.call(
                context,
                CaseRecordXmlMapper::soapField,
                () -> CaseRecordXmlMapper.toXml(grievances.record(
                        new RecordGrievance(caseId, anonymous, category, description), idempotencyKey)));
    }

    @Override
    public GrievancePage listGrievances(GrievanceQuery query) throws RegistryFault {
        return SoapFaults.call(
                context, () -> CaseRecordXmlMapper.toGrievanceXml(grievances.list(CaseRecordXmlMapper.toQuery(query))));
    }

    @Override
    public Grievance getGrievance(String grievanceId) throws RegistryFault {
        return SoapFaults.call(context, () -> CaseRecordXmlMapper.toXml(grievances.get(grievanceId)));
    }

    @Override
    public Grievance reviewGrievance(String grievanceId, String reason) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> CaseRecordXmlMapper.toXml(grievances.review(grievanceId, new GrievanceChange(null, reason))));
    }

    @Override
    public Grievance respondToGrievance(String grievanceId, String response, String reason) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> CaseRecordXmlMapper.toXml(
                        grievances.respond(grievanceId, new GrievanceChange(response, reason))));
    }

    @Override
    public Grievance closeGrievance(String grievanceId, String reason) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> CaseRecordXmlMapper.toXml(grievances.close(grievanceId, new GrievanceChange(null, reason))));
    }
}
