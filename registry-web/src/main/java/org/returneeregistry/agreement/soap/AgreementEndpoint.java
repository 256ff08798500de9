package org.returneeregistry.agreement.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.math.BigInteger;
import org.returneeregistry.agreement.application.AgreementQuery;
import org.returneeregistry.agreement.application.AgreementService;
import org.returneeregistry.agreement.application.AttachCertificate;
import org.returneeregistry.agreement.application.SetEndpoint;
import org.returneeregistry.schemas.agreement.v1.Agreement;
import org.returneeregistry.schemas.agreement.v1.AgreementAmendment;
import org.returneeregistry.schemas.agreement.v1.AgreementPage;
import org.returneeregistry.schemas.agreement.v1.AgreementRegistration;
import org.returneeregistry.schemas.wsdl.v1.AgreementPort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;

/** SOAP port of the agreement service, published with the contract's own WSDL. */
@WebService(
        serviceName = "AgreementService",
        portName = "AgreementPort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        endpointInterface = "org.returneeregistry.schemas.wsdl.v1.AgreementPort",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/AgreementService.wsdl")
@SchemaValidation(handler = SchemaErrorCollector.class, inbound = true, outbound = false)
public class AgreementEndpoint implements AgreementPort {

    @EJB
    private AgreementService agreements;

    @Resource
    private WebServiceContext context;

    @Override
    public Agreement registerAgreement(AgreementRegistration registration) throws RegistryFault {
        return SoapFaults.call(
                context,
                AgreementXmlMapper::soapField,
                () -> AgreementXmlMapper.toXml(agreements.register(AgreementXmlMapper.toCommand(registration))));
    }

    @Override
    public Agreement amendAgreement(String agreementId, AgreementAmendment amendment) throws RegistryFault {
        return SoapFaults.call(
                context,
                AgreementXmlMapper::soapField,
                () -> AgreementXmlMapper.toXml(agreements.amend(agreementId, AgreementXmlMapper.toCommand(amendment))));
    }

    @Override
    public Agreement putAgreementInForce(String agreementId, String reason) throws RegistryFault {
        return SoapFaults.call(context, () -> AgreementXmlMapper.toXml(agreements.putInForce(agreementId, reason)));
    }

    @Override
    public Agreement suspendAgreement(String agreementId, String reason) throws RegistryFault {
        return SoapFaults.call(context, () -> AgreementXmlMapper.toXml(agreements.suspend(agreementId, reason)));
    }

    @Override
    public Agreement resumeAgreement(String agreementId, String reason) throws RegistryFault {
        return SoapFaults.call(context, () -> AgreementXmlMapper.toXml(agreements.resume(agreementId, reason)));
    }

    @Override
    public Agreement terminateAgreement(String agreementId, String reason) throws RegistryFault {
        return SoapFaults.call(context, () -> AgreementXmlMapper.toXml(agreements.terminate(agreementId, reason)));
    }

    @Override
    public Agreement attachAgreementCertificate(String agreementId, String institution, String pem, String reason)
            throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> AgreementXmlMapper.toXml(
                        agreements.attachCertificate(agreementId, new AttachCertificate(institution, pem, reason))));
    }

    @Override
    public Agreement revokeAgreementCertificate(String agreementId, String certificateId, String reason)
            throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> AgreementXmlMapper.toXml(agreements.revokeCertificate(agreementId, certificateId, reason)));
    }

    @Override
    public Agreement setAgreementEndpoint(
            String agreementId, String institution, String transport, String url, String reason) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> AgreementXmlMapper.toXml(
                        agreements.setEndpoint(agreementId, new SetEndpoint(institution, transport, url, reason))));
    }

    @Override
    public Agreement getAgreement(String agreementId, BigInteger version) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> AgreementXmlMapper.toXml(agreements.get(agreementId, AgreementXmlMapper.number(version))));
    }

    @Override
    public AgreementPage listAgreements(BigInteger page, BigInteger pageSize, String status, String country)
            throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> AgreementXmlMapper.toXml(agreements.list(new AgreementQuery(
                        AgreementXmlMapper.number(page), AgreementXmlMapper.number(pageSize), status, country))));
    }
}
