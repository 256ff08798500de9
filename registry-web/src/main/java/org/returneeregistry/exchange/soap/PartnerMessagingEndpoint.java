package org.returneeregistry.exchange.soap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;
import org.returneeregistry.exchange.application.EmploymentRecordRequestQuery;
import org.returneeregistry.exchange.application.PartnerMessagingService;
import org.returneeregistry.schemas.partnermessages.v1.EmploymentRecord;
import org.returneeregistry.schemas.partnermessages.v1.EmploymentRecordRequestPage;
import org.returneeregistry.schemas.partnermessages.v1.QueuedAnswer;
import org.returneeregistry.schemas.wsdl.v1.PartnerMessagingPort;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.shared.soap.SchemaErrorCollector;
import org.returneeregistry.shared.soap.SoapFaults;

/**
 * SOAP port of the registry officers' side of partner messages — listing the employment record requests exchanged
 * with partners and answering a partner's — published with the contract's own WSDL. The operations of REST
 * {@code /partner-messages/employment-record-requests}: the same service methods, so the same roles, decisions and
 * fault codes.
 */
@WebService(
        serviceName = "PartnerMessagingService",
        portName = "PartnerMessagingPort",
        targetNamespace = "https://schemas.returneeregistry.org/wsdl/v1",
        endpointInterface = "org.returneeregistry.schemas.wsdl.v1.PartnerMessagingPort",
        wsdlLocation = "WEB-INF/wsdl/v1/wsdl/PartnerMessagingService.wsdl")
@com.sun.xml.ws.developer.SchemaValidation(handler = SchemaErrorCollector.class, inbound = true, outbound = false)
public class PartnerMessagingEndpoint implements PartnerMessagingPort {

    @EJB
    private PartnerMessagingService messages;

    @Resource
    private WebServiceContext context;

    @Override
    public EmploymentRecordRequestPage listEmploymentRecordRequests(
            String direction, String status, String messageId, Integer page, Integer pageSize) throws RegistryFault {
        return SoapFaults.call(
                context,
                () -> PartnerMessagingXmlMapper.toXml(messages.employmentRecordRequests(
                        new EmploymentRecordRequestQuery(direction, status, messageId, page, pageSize))));
    }

    @Override
    public QueuedAnswer answerEmploymentRecordRequest(
            String requestId,
            String outcome,
            String refusalCode,
            String refusalReason,
            String answeredFrom,
            List<EmploymentRecord> answerRecord)
            throws RegistryFault {
        return SoapFaults.call(
                context,
                PartnerMessagingXmlMapper::soapField,
                () -> PartnerMessagingXmlMapper.toXml(messages.answerEmploymentRecordRequest(
                        requestId,
                        PartnerMessagingXmlMapper.toCommand(
                                outcome, refusalCode, refusalReason, answeredFrom, answerRecord))));
    }
}
