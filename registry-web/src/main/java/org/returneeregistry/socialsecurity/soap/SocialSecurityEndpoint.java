package org.returneeregistry.socialsecurity.soap;

import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentRequest;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentResult;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;
import org.returneeregistry.socialsecurity.application.SocialSecurityService;

/** SOAP port of the social security service, published with the contract's own WSDL. */
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

    @Override
    public AssessmentResult assess(AssessmentRequest assessment) throws RegistryFault {
        return SoapFaults.call(
                context,
                SocialSecurityXmlMapper::soapField,
                () -> SocialSecurityXmlMapper.toXml(service.assess(SocialSecurityXmlMapper.toCommand(assessment))));
    }
}
