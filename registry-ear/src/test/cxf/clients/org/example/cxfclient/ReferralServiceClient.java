package org.example.cxfclient;

import java.net.URI;
import org.returneeregistry.schemas.referral.v1.NewReferral;
import org.returneeregistry.schemas.referral.v1.Referral;
import org.returneeregistry.schemas.wsdl.v1.ReferralPort;
import org.returneeregistry.schemas.wsdl.v1.ReferralService;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/** Arguments: the WSDL's URL, a registry number, the recipient, a referral id the registry never gave. */
public final class ReferralServiceClient {

    public static void main(String[] args) throws Exception {
        ReferralPort port = Calls.withBearerToken(new ReferralService(URI.create(args[0]).toURL()).getReferralPort());
        NewReferral request = new NewReferral();
        request.setRegistryNumber(args[1]);
        // the code list ReferralService shares its simple name with the generated service class
        request.setService(org.returneeregistry.schemas.common.v1.ReferralService.fromValue("HEALTH"));
        request.setRecipient(args[2]);
        request.setReason("Follow-up of an injury at work");
        Referral referral = port.createReferral(request);
        Calls.answered("CreateReferral", referral.getRegistryNumber(), referral.getStatus().value());
        try {
            port.getReferral(args[3]);
            Calls.notRefused("GetReferral");
        } catch (RegistryFault fault) {
            Calls.refused("GetReferral", fault.getFaultInfo().getCode().value());
        }
    }
}
