package org.example.cxfclient;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.returneeregistry.schemas.common.v1.ConsentPurpose;
import org.returneeregistry.schemas.common.v1.CountryCode;
import org.returneeregistry.schemas.common.v1.DataCategory;
import org.returneeregistry.schemas.common.v1.EmploymentAbroad;
import org.returneeregistry.schemas.common.v1.Identifier;
import org.returneeregistry.schemas.common.v1.IdentifierType;
import org.returneeregistry.schemas.common.v1.MessageType;
import org.returneeregistry.schemas.common.v1.PersonName;
import org.returneeregistry.schemas.common.v1.ReturnModality;
import org.returneeregistry.schemas.exchange.v1.Envelope;
import org.returneeregistry.schemas.exchange.v1.Receipt;
import org.returneeregistry.schemas.exchange.v1.ReturnNoticeContent;
import org.returneeregistry.schemas.returnee.v1.PersonDetails;
import org.returneeregistry.schemas.wsdl.v1.PartnerExchangePort;
import org.returneeregistry.schemas.wsdl.v1.PartnerExchangeService;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/**
 * A partner institution's system as an integrator builds it with Apache CXF: a client generated from the live WSDL,
 * signing with WSS4JOutInterceptor (X.509 token, Timestamp and Body signed, exclusive c14n) and verifying the
 * registry's signed receipt with WSS4JInInterceptor against the registry's certificate; then the same message
 * unsigned, which the registry refuses.
 *
 * <p>Arguments: the WSDL's URL, the agreement id, the sender, the recipient, the peer's PKCS12 keystore (alias k,
 * password changeit), a PKCS12 truststore holding the registry's certificate (password changeit), a passport number.
 */
public final class PartnerExchangeServiceClient {

    private static final String PASSWORD = "changeit";

    public static void main(String[] args) throws Exception {
        PartnerExchangeService service = new PartnerExchangeService(URI.create(args[0]).toURL());
        PartnerExchangePort signed = Calls.withBearerToken(service.getPartnerExchangePort());
        Client client = ClientProxy.getClient(signed);
        client.getOutInterceptors().add(new WSS4JOutInterceptor(outbound(args[4])));
        client.getInInterceptors().add(new WSS4JInInterceptor(inbound(args[5])));
        Receipt receipt = signed.returnNotice(envelope(args), notice(args[6]));
        Calls.answered("ReturnNotice", receipt.getRegistryNumber(), receipt.getOutcome().value());

        PartnerExchangePort unsigned = Calls.withBearerToken(service.getPartnerExchangePort());
        try {
            unsigned.returnNotice(envelope(args), notice(args[6]));
            Calls.notRefused("ReturnNotice");
        } catch (RegistryFault fault) {
            Calls.refused("ReturnNotice", fault.getFaultInfo().getCode().value());
        }
    }

    private static Map<String, Object> outbound(String keystore) {
        Map<String, Object> out = new HashMap<>();
        out.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        out.put(ConfigurationConstants.USER, "k");
        out.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        out.put(ConfigurationConstants.SIG_ALGO, "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256");
        out.put(ConfigurationConstants.SIG_DIGEST_ALGO, "http://www.w3.org/2001/04/xmlenc#sha256");
        out.put(ConfigurationConstants.SIG_C14N_ALGO, "http://www.w3.org/2001/10/xml-exc-c14n#");
        out.put(
                ConfigurationConstants.SIGNATURE_PARTS,
                "{Element}{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd}Timestamp;"
                        + "{Element}{http://schemas.xmlsoap.org/soap/envelope/}Body");
        out.put(ConfigurationConstants.SIG_PROP_REF_ID, "peerKeys");
        out.put("peerKeys", crypto(keystore));
        CallbackHandler passwords = callbacks -> {
            for (var callback : callbacks) {
                ((WSPasswordCallback) callback).setPassword(PASSWORD);
            }
        };
        out.put(ConfigurationConstants.PW_CALLBACK_REF, passwords);
        return out;
    }

    private static Map<String, Object> inbound(String truststore) {
        Map<String, Object> in = new HashMap<>();
        in.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE);
        in.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, "registryTrust");
        in.put("registryTrust", crypto(truststore));
        return in;
    }

    private static Properties crypto(String file) {
        Properties p = new Properties();
        p.put("org.apache.wss4j.crypto.provider", "org.apache.wss4j.common.crypto.Merlin");
        p.put("org.apache.wss4j.crypto.merlin.keystore.type", "PKCS12");
        p.put("org.apache.wss4j.crypto.merlin.keystore.file", file);
        p.put("org.apache.wss4j.crypto.merlin.keystore.password", PASSWORD);
        return p;
    }

    private static Envelope envelope(String[] args) throws Exception {
        Envelope e = new Envelope();
        e.setMessageId(UUID.randomUUID().toString());
        e.setAgreementId(args[1]);
        e.setSenderInstitution(args[2]);
        e.setRecipientInstitution(args[3]);
        e.setTimestamp(DatatypeFactory.newInstance().newXMLGregorianCalendar(java.time.Instant.now().toString()));
        e.setMessageType(MessageType.RETURN_NOTICE);
        e.setPurpose(ConsentPurpose.REINTEGRATION_SERVICES);
        e.getDataCategory().add(DataCategory.IDENTITY);
        return e;
    }

    private static ReturnNoticeContent notice(String passport) throws Exception {
        DatatypeFactory dates = DatatypeFactory.newInstance();
        Identifier id = new Identifier();
        id.setType(IdentifierType.PASSPORT);
        id.setNumber(passport);
        id.setIssuingCountry(CountryCode.NPL);
        PersonName name = new PersonName();
        name.setGivenName("Sita");
        name.setFamilyName("Gurung");
        PersonDetails person = new PersonDetails();
        person.getIdentifier().add(id);
        person.setName(name);
        person.setDateOfBirth(dates.newXMLGregorianCalendar("1992-07-01"));
        person.setSex("2");
        EmploymentAbroad employment = new EmploymentAbroad();
        employment.setDestinationCountry(CountryCode.QAT);
        employment.setDepartureDate(dates.newXMLGregorianCalendar("2022-01-10"));
        ReturnNoticeContent notice = new ReturnNoticeContent();
        notice.setPerson(person);
        notice.setEmployment(employment);
        notice.setReturnModality(ReturnModality.END_OF_CONTRACT);
        XMLGregorianCalendar exit = dates.newXMLGregorianCalendar("2026-01-20");
        notice.setExitDate(exit);
        return notice;
    }
}
