package org.example.cxfclient;

import java.net.URI;
import org.returneeregistry.schemas.reintegration.v1.CasePage;
import org.returneeregistry.schemas.reintegration.v1.CaseQuery;
import org.returneeregistry.schemas.wsdl.v1.CasePort;
import org.returneeregistry.schemas.wsdl.v1.CaseService;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/** Arguments: the WSDL's URL, a registry number whose case is open, a case id the registry never gave. */
public final class CaseServiceClient {

    public static void main(String[] args) throws Exception {
        CasePort port = Calls.withBearerToken(new CaseService(URI.create(args[0]).toURL()).getCasePort());
        CaseQuery query = new CaseQuery();
        query.setRegistryNumber(args[1]);
        CasePage page = port.listCases(query);
        Calls.answered(
                "ListCases",
                page.getSummary().get(0).getRegistryNumber(),
                page.getSummary().get(0).getStatus());
        try {
            port.getCase(args[2]);
            Calls.notRefused("GetCase");
        } catch (RegistryFault fault) {
            Calls.refused("GetCase", fault.getFaultInfo().getCode().value());
        }
    }
}
