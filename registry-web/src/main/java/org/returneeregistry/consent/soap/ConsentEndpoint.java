package org.returneeregistry.consent.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;
import org.returneeregistry.consent.application.ConsentService;
import org.returneeregistry.returnee.application.ReturneeService;
import org.returneeregistry.schemas.consent.v1.Consent;
import org.returneeregistry.schemas.consent.v1.ConsentRecording;
import org.returneeregistry.schemas.consent.v1.ReturneeDisclosure;
import org.returneeregistry.schemas.wsdl.v1.ConsentPort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;

/** SOAP port of the consent service, published with the contract's own WSDL. */
@WebService(
        serviceName = "ConsentService",
        portName = "ConsentPort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        endpointInterface = "org.returneeregistry.schemas.wsdl.v1.ConsentPort",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/ConsentService.wsdl")
@SchemaValidation(handler = SchemaErrorCollector.class, inbound = true, outbound = false)
public class ConsentEndpoint implements ConsentPort {

    @EJB
    private ConsentService consents;

    @EJB
    private ReturneeService returnees;

    @Resource
    private WebServiceContext context;

    @Override
    public Consent recordConsent(ConsentRecording consent) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> ConsentXmlMapper.toXml(consents.record(ConsentXmlMapper.toCommand(consent), null)
                        .consent()));
    }

    @Override
    public Consent getConsent(String consentId) throws RegistryFault {
        return SoapFaults.call(context, () -> ConsentXmlMapper.toXml(consents.get(consentId)));
    }

    @Override
    public Consent revokeConsent(String consentId, String reason) throws RegistryFault {
        return SoapFaults.call(context, () -> ConsentXmlMapper.toXml(consents.revoke(consentId, reason)));
    }

    @Override
    public String getConsentReceipt(String consentId) throws RegistryFault {
        return SoapFaults.call(context, () -> consents.receipt(consentId));
    }

    @Override
    public ReturneeDisclosure readReturnee(String registryNumber, String purpose, List<String> category)
            throws RegistryFault {
        return SoapFaults.call(
                context, () -> ConsentXmlMapper.toXml(returnees.disclose(registryNumber, purpose, category)));
    }
}
