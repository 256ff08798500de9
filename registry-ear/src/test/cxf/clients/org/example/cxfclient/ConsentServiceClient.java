package org.example.cxfclient;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeFactory;
import org.returneeregistry.schemas.common.v1.ConsentMethod;
import org.returneeregistry.schemas.common.v1.ConsentPurpose;
import org.returneeregistry.schemas.common.v1.DataCategory;
import org.returneeregistry.schemas.consent.v1.Consent;
import org.returneeregistry.schemas.consent.v1.ConsentRecording;
import org.returneeregistry.schemas.wsdl.v1.ConsentPort;
import org.returneeregistry.schemas.wsdl.v1.ConsentService;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;

/** Arguments: the WSDL's URL, a registry number, the recipient, the caller's own organisation. */
public final class ConsentServiceClient {

    public static void main(String[] args) throws Exception {
        ConsentPort port = Calls.withBearerToken(new ConsentService(URI.create(args[0]).toURL()).getConsentPort());
        Consent consent = port.recordConsent(recording(args[1], args[2]));
        Calls.answered("RecordConsent", consent.getRegistryNumber(), consent.getStatus().value());
        try {
            port.recordConsent(recording(args[1], args[3]));
            Calls.notRefused("RecordConsent");
        } catch (RegistryFault fault) {
            Calls.refused("RecordConsent", fault.getFaultInfo().getCode().value());
        }
    }

    private static ConsentRecording recording(String registryNumber, String recipient) throws Exception {
        ConsentRecording recording = new ConsentRecording();
        recording.setRegistryNumber(registryNumber);
        recording.setRecipient(recipient);
        recording.getPurpose().add(ConsentPurpose.fromValue("HEALTH_FOLLOW_UP"));
        recording.getCategory().add(DataCategory.fromValue("HEALTH"));
        recording.setMethod(ConsentMethod.fromValue("SELF"));
        recording.setValidUntil(DatatypeFactory.newInstance()
                .newXMLGregorianCalendar(GregorianCalendar.from(ZonedDateTime.now(ZoneOffset.UTC).plusDays(30))));
        recording.setNoticeVersion("2026-1");
        return recording;
    }
}
