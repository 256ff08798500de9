package org.example.cxfclient;

import java.net.URI;
import org.returneeregistry.schemas.notification.v1.Acknowledgement;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.ReturnNotificationPort;
import org.returneeregistry.schemas.wsdl.v1.ReturnNotificationService;

/** Arguments: the WSDL's URL, the mission, a notification it sent, one it never sent. */
public final class ReturnNotificationServiceClient {

    public static void main(String[] args) throws Exception {
        ReturnNotificationPort port = Calls.withBearerToken(
                new ReturnNotificationService(URI.create(args[0]).toURL()).getReturnNotificationPort());
        Acknowledgement ack = port.getNotificationStatus(args[1], args[2]);
        Calls.answered("GetNotificationStatus", ack.getRegistryNumber(), ack.getStatus().value());
        try {
            port.getNotificationStatus(args[1], args[3]);
            Calls.notRefused("GetNotificationStatus");
        } catch (RegistryFault fault) {
            Calls.refused("GetNotificationStatus", fault.getFaultInfo().getCode().value());
        }
    }
}
