package org.returneeregistry.exchange.soap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.soap.SOAPBinding;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.returneeregistry.exchange.application.PartnerExchangeService;
import org.returneeregistry.shared.soap.SoapFaults;
import org.w3c.dom.Document;

/**
 * SOAP port of the partner exchange, published with the contract's own WSDL. A provider of whole messages, not a
 * generated port: the WS-Security header, the X-Road headers and the Body must be read from one parsed tree and the
 * answer signed as a whole, which a typed endpoint would hide.
 */
@WebServiceProvider(
        serviceName = "PartnerExchangeService",
        portName = "PartnerExchangePort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/PartnerExchangeService.wsdl")
@ServiceMode(Service.Mode.MESSAGE)
@HandlerChain(file = "partner-exchange-handlers.xml")
@BindingType(SOAPBinding.SOAP11HTTP_BINDING)
public class PartnerExchangeEndpoint implements Provider<Source> {

    @EJB
    private PartnerExchangeService exchange;

    @Resource
    private WebServiceContext context;

    @Override
    public Source invoke(Source request) {
        return SoapFaults.call(context, () -> {
            PartnerXmlMapper.Request parsed = PartnerXmlMapper.read(request);
            Document answer = exchange.receive(parsed.message(), receipt -> PartnerXmlMapper.answer(parsed, receipt));
            return new DOMSource(answer);
        });
    }
}
