package org.example.cxfclient;

import java.net.URI;
import javax.xml.datatype.DatatypeFactory;
import org.returneeregistry.schemas.agreement.v1.Agreement;
import org.returneeregistry.schemas.agreement.v1.AgreementRegistration;
import org.returneeregistry.schemas.agreement.v1.Party;
import org.returneeregistry.schemas.agreement.v1.ScopeRow;
import org.returneeregistry.schemas.common.v1.AgreementType;
import org.returneeregistry.schemas.common.v1.ConsentPurpose;
import org.returneeregistry.schemas.common.v1.CountryCode;
import org.returneeregistry.schemas.common.v1.DataCategory;
import org.returneeregistry.schemas.common.v1.ExchangeDirection;
import org.returneeregistry.schemas.common.v1.MessageType;
import org.returneeregistry.schemas.common.v1.ScopeLegalBasis;
import org.returneeregistry.schemas.wsdl.v1.AgreementPort;
import org.returneeregistry.schemas.wsdl.v1.AgreementService;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * Arguments: the WSDL's URL, the agreement's title, our institution, the partner institution, an agreement id
 * the registry never gave.
 */
public final class AgreementServiceClient {

    public static void main(String[] args) throws Exception {
        AgreementPort port = Calls.withBearerToken(new AgreementService(URI.create(args[0]).toURL()).getAgreementPort());
        AgreementRegistration registration = new AgreementRegistration();
        registration.setType(AgreementType.LABOUR_MIGRATION);
        registration.setTitle(args[1]);
        registration.setLegalReference("NPL-QAT/LMA/CXF");
        registration.setValidFrom(DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-01-01"));
        registration.setRetentionDays(365);
        registration.getParty().add(party(CountryCode.NPL, args[2]));
        registration.getParty().add(party(CountryCode.QAT, args[3]));
        ScopeRow row = new ScopeRow();
        row.setDirection(ExchangeDirection.INBOUND);
        row.setMessageType(MessageType.RETURN_NOTICE);
        row.setCategory(DataCategory.IDENTITY);
        row.setPurpose(ConsentPurpose.REINTEGRATION_SERVICES);
        row.setLegalBasis(ScopeLegalBasis.AGREEMENT);
        registration.getScopeRow().add(row);
        Agreement agreement = port.registerAgreement(registration);
        Calls.answered("RegisterAgreement", "title", agreement.getTitle(), agreement.getStatus().value());
        try {
            port.getAgreement(args[4], null);
            Calls.notRefused("GetAgreement");
        } catch (RegistryFault fault) {
            Calls.refused("GetAgreement", fault.getFaultInfo().getCode().value());
        }
    }

    private static Party party(CountryCode country, String institution) {
        Party party = new Party();
        party.setCountry(country);
        party.setInstitution(institution);
        return party;
    }
}
