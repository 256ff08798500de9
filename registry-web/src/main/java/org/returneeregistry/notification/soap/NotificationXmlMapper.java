package org.returneeregistry.notification.soap;

import jakarta.xml.bind.JAXBElement;
import org.returneeregistry.notification.application.Acknowledgement;
import org.returneeregistry.notification.application.SubmitReturnNotification;
import org.returneeregistry.notification.domain.PendingClaim;
import org.returneeregistry.notification.domain.UrgentNeedItem;
import org.returneeregistry.returnee.soap.ReturneeXmlMapper;
import org.returneeregistry.schemas.notification.v1.ObjectFactory;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;

/** Converts the contract's notification XML to the intake command and the acknowledgement back; for SOAP and REST XML. */
public final class NotificationXmlMapper {

    private static final ObjectFactory FACTORY = new ObjectFactory();

    private NotificationXmlMapper() {}

    public static SubmitReturnNotification toCommand(ReturnNotification xml) {
        return new SubmitReturnNotification(
                xml.getMissionCode(),
                xml.getNotificationId(),
                ReturneeXmlMapper.toPerson(xml.getPerson()),
                ReturneeXmlMapper.toEmployment(xml.getEmployment()),
                xml.getReturnModality(),
                xml.getReturnReason(),
                xml.getExpectedArrivalDate(),
                xml.getPortOfEntry(),
                xml.getUrgentNeed().stream()
                        .map(n -> new UrgentNeedItem(n.getNeed(), n.getNote()))
                        .toList(),
                xml.getPendingClaim().stream()
                        .map(c -> new PendingClaim(c.getType(), c.getAmount(), c.getCurrency(), c.getDescription()))
                        .toList());
    }

    public static org.returneeregistry.schemas.notification.v1.Acknowledgement toXml(Acknowledgement ack) {
        var xml = new org.returneeregistry.schemas.notification.v1.Acknowledgement();
        xml.setMissionCode(ack.missionCode());
        xml.setNotificationId(ack.notificationId());
        xml.setRegistryNumber(ack.registryNumber());
        xml.setStatus(ack.status());
        xml.setMatch(ack.match());
        xml.setReceivedAt(ack.receivedAt());
        return xml;
    }

    /** The acknowledgement as the root element REST XML answers with. */
    public static JAXBElement<org.returneeregistry.schemas.notification.v1.Acknowledgement> toXmlElement(
            Acknowledgement ack) {
        return FACTORY.createAcknowledgement(toXml(ack));
    }
}
