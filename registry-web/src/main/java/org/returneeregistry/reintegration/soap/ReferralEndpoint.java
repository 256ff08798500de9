package org.returneeregistry.reintegration.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import org.returneeregistry.reintegration.application.DeclineReferral;
import org.returneeregistry.reintegration.application.ReferralService;
import org.returneeregistry.reintegration.application.ReportOutcome;
import org.returneeregistry.reintegration.application.RouteTo;
import org.returneeregistry.schemas.referral.v1.NewReferral;
import org.returneeregistry.schemas.referral.v1.Referral;
import org.returneeregistry.schemas.referral.v1.ReferralPage;
import org.returneeregistry.schemas.referral.v1.ReferralQuery;
import org.returneeregistry.schemas.wsdl.v1.ReferralPort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;

/**
 * SOAP port of the referral service, published with the contract's own WSDL. SOAP has no
 * idempotency header: a repeated CreateReferral creates a second referral.
 */
@WebService(serviceName = "ReferralService", portName = "ReferralPort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        endpointInterface = "org.returneeregistry.schemas.wsdl.v1.ReferralPort",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/ReferralService.wsdl")
@SchemaValidation(handler = SchemaErrorCollector.class, inbound = true, outbound = false)
public class ReferralEndpoint implements ReferralPort {

    @EJB
    private ReferralService referrals;

    @Resource
    private WebServiceContext context;

    @Override
    public ReferralPage listReferrals(ReferralQuery query) throws RegistryFault {
        return SoapFaults.call(context, () -> ReferralXmlMapper.toXml(referrals.list(ReferralXmlMapper.toQuery(query))));
    }

    @Override
    public Referral getReferral(String referralId) throws RegistryFault {
        return SoapFaults.call(context, () -> ReferralXmlMapper.toXml(referrals.get(referralId)));
    }

    @Override
    public Referral acceptReferral(String referralId) throws RegistryFault {
        return SoapFaults.call(context, () -> ReferralXmlMapper.toXml(referrals.accept(referralId)));
    }

    @Override
    public Referral declineReferral(String referralId, String reason) throws RegistryFault {
        return SoapFaults.call(context, () -> ReferralXmlMapper.toXml(
                referrals.decline(referralId, new DeclineReferral(reason))));
    }

    @Override
    public Referral reportReferralOutcome(String referralId, String outcome, String note) throws RegistryFault {
        return SoapFaults.call(context, () -> ReferralXmlMapper.toXml(
                referrals.reportOutcome(referralId, new ReportOutcome(outcome, note))));
    }

    @Override
    public Referral createReferral(NewReferral referral) throws RegistryFault {
        return SoapFaults.call(context, () -> ReferralXmlMapper.toXml(
                referrals.create(ReferralXmlMapper.toCommand(referral), null).referral()));
    }

    @Override
    public Referral routeReferral(String referralId, String recipient) throws RegistryFault {
        return SoapFaults.call(context, () -> ReferralXmlMapper.toXml(referrals.route(referralId, new RouteTo(recipient))));
    }
}
