package org.returneeregistry.socialsecurity.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.time.LocalDate;
import java.util.List;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentRequest;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentResult;
import org.returneeregistry.schemas.socialsecurity.v1.Claim;
import org.returneeregistry.schemas.socialsecurity.v1.ClaimRequest;
import org.returneeregistry.schemas.socialsecurity.v1.DecisionNotices;
import org.returneeregistry.schemas.socialsecurity.v1.InsurancePeriod;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodRequest;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodRequestPage;
import org.returneeregistry.schemas.socialsecurity.v1.PeriodStatement;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort;
import org.returneeregistry.shared.domain.RegistryException;
import org.returneeregistry.shared.domain.Violation;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;
import org.returneeregistry.socialsecurity.application.AddClaimPeriods;
import org.returneeregistry.socialsecurity.application.ClaimService;
import org.returneeregistry.socialsecurity.application.ClaimStep;
import org.returneeregistry.socialsecurity.application.DecideClaim;
import org.returneeregistry.socialsecurity.application.DecisionNoticeService;
import org.returneeregistry.socialsecurity.application.PeriodRequestQuery;
import org.returneeregistry.socialsecurity.application.PeriodRequestService;
import org.returneeregistry.socialsecurity.application.SocialSecurityService;
import org.returneeregistry.socialsecurity.application.StatementService;

/**
 * SOAP port of the social security service (assessments, claims, and partners' period requests to the institution),
 * published with the contract's own WSDL.
 */
@WebService(
        serviceName = "SocialSecurityService",
        portName = "SocialSecurityPort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        endpointInterface = "org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/SocialSecurityService.wsdl")
@SchemaValidation(handler = SchemaErrorCollector.class, inbound = true, outbound = false)
public class SocialSecurityEndpoint implements SocialSecurityPort {

    @EJB
    private SocialSecurityService service;

    @Resource
    private WebServiceContext context;

    @EJB
    private ClaimService claims;

    @EJB
    private StatementService statements;

    @EJB
    private PeriodRequestService periodRequests;

    @EJB
    private DecisionNoticeService notices;

    @Override
    public Claim createClaim(ClaimRequest newClaim, String idempotencyKey) throws RegistryFault {
        return SoapFaults.call(
                context,
                ClaimXmlMapper::soapField,
                () -> ClaimXmlMapper.toXml(claims.create(ClaimXmlMapper.toCommand(newClaim), idempotencyKey)
                        .claim()));
    }

    @Override
    public Claim getClaim(String claimId) throws RegistryFault {
        return SoapFaults.call(context, ClaimXmlMapper::soapField, () -> ClaimXmlMapper.toXml(claims.get(claimId)));
    }

    @Override
    public Claim moveClaim(String claimId, String move, String reason) throws RegistryFault {
        return SoapFaults.call(context, ClaimXmlMapper::soapField, () -> {
            ClaimStep step = new ClaimStep(reason);
            return ClaimXmlMapper.toXml(
                    switch (move == null ? "" : move) {
                        case "SUBMIT" -> claims.submit(claimId, step);
                        case "REQUEST_PERIODS" -> claims.requestPeriods(claimId, step);
                        case "REMIND" -> claims.remind(claimId);
                        case "START_ASSESSMENT" -> claims.startAssessment(claimId, step);
                        case "WITHDRAW" -> claims.withdraw(claimId, step);
                        case "REOPEN" -> claims.reopen(claimId, step);
                        default ->
                            throw RegistryException.invalid(
                                    List.of(
                                            new Violation(
                                                    "move",
                                                    "OneOf",
                                                    "must be one of SUBMIT, REQUEST_PERIODS, REMIND, START_ASSESSMENT, WITHDRAW, REOPEN")));
                    });
        });
    }

    @Override
    public Claim addClaimPeriods(String claimId, List<InsurancePeriod> period) throws RegistryFault {
        return SoapFaults.call(
                context,
                ClaimXmlMapper::soapField,
                () -> ClaimXmlMapper.toXml(claims.addPeriods(
                        claimId,
                        new AddClaimPeriods(
                                period == null
                                        ? null
                                        : period.stream()
                                                .map(SocialSecurityXmlMapper::period)
                                                .toList()))));
    }

    @Override
    public Claim decideClaim(String claimId, String decision, String reason, LocalDate asOf) throws RegistryFault {
        return SoapFaults.call(
                context,
                ClaimXmlMapper::soapField,
                () -> ClaimXmlMapper.toXml(claims.decide(claimId, new DecideClaim(decision, reason, asOf))));
    }

    @Override
    public PeriodStatement issuePeriodStatement(String registryNumber, String idempotencyKey) throws RegistryFault {
        return SoapFaults.call(
                context,
                ClaimXmlMapper::soapField,
                () -> StatementXmlMapper.toXml(statements.issue(registryNumber, idempotencyKey)));
    }

    @Override
    public DecisionNotices getDecisionNotices(String claimId) throws RegistryFault {
        return SoapFaults.call(
                context, ClaimXmlMapper::soapField, () -> StatementXmlMapper.toXml(notices.issued(claimId)));
    }

    @Override
    public PeriodRequestPage listPeriodRequests(String status, Integer page, Integer pageSize) throws RegistryFault {
        return SoapFaults.call(
                context,
                ClaimXmlMapper::soapField,
                () -> PeriodRequestXmlMapper.toXml(
                        periodRequests.list(new PeriodRequestQuery(status, null, page, pageSize))));
    }

    @Override
    public PeriodRequest getPeriodRequest(String requestId) throws RegistryFault {
        return SoapFaults.call(
                context, ClaimXmlMapper::soapField, () -> PeriodRequestXmlMapper.toXml(periodRequests.get(requestId)));
    }

    @Override
    public PeriodRequest answerPeriodRequest(
            String requestId, List<InsurancePeriod> period, String refusal, String reason) throws RegistryFault {
        return SoapFaults.call(
                context,
                ClaimXmlMapper::soapField,
                () -> PeriodRequestXmlMapper.toXml(
                        periodRequests.answer(requestId, PeriodRequestXmlMapper.toCommand(period, refusal, reason))));
    }

    @Override
    public AssessmentResult assess(AssessmentRequest assessment) throws RegistryFault {
        return SoapFaults.call(
                context,
                SocialSecurityXmlMapper::soapField,
                () -> SocialSecurityXmlMapper.toXml(service.assess(SocialSecurityXmlMapper.toCommand(assessment))));
    }
}
