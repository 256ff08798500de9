package org.returneeregistry.returnee.soap;

import jakarta.ejb.EJB;
import com.sun.xml.ws.developer.SchemaValidation;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;
import org.returneeregistry.returnee.application.ReturneeService;
import org.returneeregistry.schemas.returnee.v1.Correction;
import org.returneeregistry.schemas.returnee.v1.HistoryEntry;
import org.returneeregistry.schemas.returnee.v1.Returnee;
import org.returneeregistry.schemas.returnee.v1.ReturneePage;
import org.returneeregistry.schemas.returnee.v1.ReturneeQuery;
import org.returneeregistry.schemas.returnee.v1.ReturneeRegistration;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.ReturneeRegistryPort;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;

/** SOAP port of the returnee registry service, published with the contract's own WSDL. */
@WebService(serviceName = "ReturneeRegistryService", portName = "ReturneeRegistryPort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        endpointInterface = "org.returneeregistry.schemas.wsdl.v1.ReturneeRegistryPort",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/ReturneeRegistryService.wsdl")
@SchemaValidation(handler = SchemaErrorCollector.class, inbound = true, outbound = false)
public class ReturneeRegistryEndpoint implements ReturneeRegistryPort {

    @EJB
    private ReturneeService returnees;

    @Resource
    private WebServiceContext context;

    @Override
    public Returnee registerReturnee(ReturneeRegistration registration) throws RegistryFault {
        return SoapFaults.call(context, () -> ReturneeXmlMapper.toXml(returnees.register(ReturneeXmlMapper.toCommand(registration))));
    }

    @Override
    public Returnee getReturnee(String registryNumber, String purpose) throws RegistryFault {
        return SoapFaults.call(context, () -> ReturneeXmlMapper.toXml(returnees.get(registryNumber, purpose)));
    }

    @Override
    public ReturneePage findReturnees(ReturneeQuery query) throws RegistryFault {
        return SoapFaults.call(context, () -> ReturneeXmlMapper.toXml(returnees.find(ReturneeXmlMapper.toQuery(query))));
    }

    @Override
    public Returnee correctReturnee(Correction correction) throws RegistryFault {
        return SoapFaults.call(context, () -> ReturneeXmlMapper.toXml(returnees.correct(ReturneeXmlMapper.toCommand(correction))));
    }

    @Override
    public List<HistoryEntry> getReturneeHistory(String registryNumber, String purpose) throws RegistryFault {
        return SoapFaults.call(context, () -> returnees.history(registryNumber, purpose).stream()
                .map(ReturneeXmlMapper::toXml).toList());
    }
}
