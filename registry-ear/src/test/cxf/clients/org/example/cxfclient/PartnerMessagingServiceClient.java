package org.example.cxfclient;

import java.net.URI;
import java.util.List;
import org.returneeregistry.schemas.partnermessages.v1.EmploymentRecordRequest;
import org.returneeregistry.schemas.partnermessages.v1.EmploymentRecordRequestPage;
import org.returneeregistry.schemas.wsdl.v1.PartnerMessagingPort;
import org.returneeregistry.schemas.wsdl.v1.PartnerMessagingService;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Arguments: the WSDL's URL, the messageId of an employment record request the registry sent, a request id the
 * registry never gave.
 */
public final class PartnerMessagingServiceClient {

    public static void main(String[] args) throws Exception {
        PartnerMessagingPort port = Calls.withBearerToken(
                new PartnerMessagingService(URI.create(args[0]).toURL()).getPartnerMessagingPort());
        EmploymentRecordRequestPage page = port.listEmploymentRecordRequests("OUTBOUND", null, args[1], null, null);
        EmploymentRecordRequest request = page.getRequest().get(0);
        Calls.answered("ListEmploymentRecordRequests", "messageId", request.getMessageId(), request.getStatus());
        try {
            port.answerEmploymentRecordRequest(args[2], "NOT_FOUND", null, null, null, List.of());
            Calls.notRefused("AnswerEmploymentRecordRequest");
        } catch (RegistryFault fault) {
            Calls.refused("AnswerEmploymentRecordRequest", fault.getFaultInfo().getCode().value());
        }
    }
}
