package org.example.cxfclient;

import java.net.URI;
import org.returneeregistry.schemas.common.v1.ConsentPurpose;
import org.returneeregistry.schemas.returnee.v1.Returnee;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.ReturneeRegistryPort;
import org.returneeregistry.schemas.wsdl.v1.ReturneeRegistryService;

/** Arguments: the WSDL's URL, a registry number, the purpose of the read. */
public final class ReturneeRegistryServiceClient {

    public static void main(String[] args) throws Exception {
        ReturneeRegistryPort port = Calls.withBearerToken(
                new ReturneeRegistryService(URI.create(args[0]).toURL()).getReturneeRegistryPort());
        Returnee returnee = port.getReturnee(args[1], ConsentPurpose.fromValue(args[2]));
        Calls.answered("GetReturnee", returnee.getRegistryNumber(), returnee.getPerson().getName().getFamilyName());
        try {
            port.getReturnee(args[1], null);
            Calls.notRefused("GetReturnee");
        } catch (RegistryFault fault) {
            Calls.refused("GetReturnee", fault.getFaultInfo().getCode().value());
        }
    }
}
