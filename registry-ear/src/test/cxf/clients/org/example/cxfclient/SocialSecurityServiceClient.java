package org.example.cxfclient;

import java.net.URI;
import javax.xml.datatype.DatatypeFactory;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentRequest;
import org.returneeregistry.schemas.socialsecurity.v1.AssessmentResult;
import org.returneeregistry.schemas.socialsecurity.v1.InsurancePeriod;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.SocialSecurityPort;
import org.returneeregistry.schemas.wsdl.v1.SocialSecurityService;

/**
 * Arguments: the WSDL's URL, an agreement with a social security section, an agreement without one.
 */
public final class SocialSecurityServiceClient {

    public static void main(String[] args) throws Exception {
        SocialSecurityPort port =
                Calls.withBearerToken(new SocialSecurityService(URI.create(args[0]).toURL()).getSocialSecurityPort());
        AssessmentResult result = port.assess(request(args[1]));
        Calls.answered("Assess", "agreementId", result.getAgreementId(), result.getPayableBasis());
        try {
            port.assess(request(args[2]));
            Calls.notRefused("Assess");
        } catch (RegistryFault fault) {
            Calls.refused("Assess", fault.getFaultInfo().getCode().value());
        }
    }

    private static AssessmentRequest request(String agreementId) throws Exception {
        AssessmentRequest request = new AssessmentRequest();
        request.setAgreementId(agreementId);
        request.setBenefit("OLD_AGE");
        request.getPeriod().add(period("NPL", "1980-01-01", "1997-12-31", "HOME_INSTITUTION"));
        request.getPeriod().add(period("QAT", "1998-01-01", "2021-12-31", "PARTNER_CERTIFIED"));
        return request;
    }

    private static InsurancePeriod period(String country, String from, String to, String source) throws Exception {
        DatatypeFactory dates = DatatypeFactory.newInstance();
        InsurancePeriod p = new InsurancePeriod();
        p.setCountry(country);
        p.setFrom(dates.newXMLGregorianCalendar(from));
        p.setTo(dates.newXMLGregorianCalendar(to));
        p.setType("COMPULSORY_EMPLOYED");
        p.setSource(source);
        return p;
    }
}
