package org.returneeregistry.exchange.soap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.HandlerChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPBinding;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import org.returneeregistry.exchange.application.PartnerExchangeService;
import org.returneeregistry.shared.soap.SoapFaults;
import org.returneeregistry.shared.web.SignedSoapBodyFilter;
import org.w3c.dom.Document;

/**
 * SOAP port of the partner exchange, published with the contract's own WSDL. A provider of whole messages, not a
 * generated port: the WS-Security header, the X-Road headers and the Body must be read from one parsed tree and the
 * answer signed as a whole, which a typed endpoint would hide. The message is read from the bytes the partner sent
 * ({@link SignedSoapBodyFilter}), not from the runtime's rebuilt copy, which need not keep the whitespace a
 * signature covers.
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
            // the bytes as sent, which the signature covers; the runtime's rebuilt message only if they were not kept
            PartnerXmlMapper.Request parsed = SignedSoapBodyFilter.of(
                            (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST))
                    .map(PartnerXmlMapper::read)
                    .orElseGet(() -> PartnerXmlMapper.read(request));
            Document answer = exchange.receive(parsed.message(), receipt -> PartnerXmlMapper.answer(parsed, receipt));
            return new DOMSource(answer);
        });
    }
}
