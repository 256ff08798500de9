package org.returneeregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.returneeregistry.it.support.RegistryApi.REGISTRY_NUMBER;
import static org.returneeregistry.it.support.RegistryApi.findByPassport;
import static org.returneeregistry.it.support.RegistryApi.notificationPort;
import static org.returneeregistry.it.support.RegistryApi.returnee;
import static org.returneeregistry.it.support.RegistryApi.submitNew;
import static org.returneeregistry.it.support.Samples.COUNTRY;
import static org.returneeregistry.it.support.Samples.MISSION;
import static org.returneeregistry.it.support.Samples.notification;
import static org.returneeregistry.it.support.Samples.notificationId;
import static org.returneeregistry.it.support.Samples.passportNumber;
import static org.returneeregistry.it.support.Samples.soapNotification;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.returneeregistry.it.support.DeployedRegistry;
import org.returneeregistry.schemas.notification.v1.Acknowledgement;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;
import org.returneeregistry.schemas.wsdl.v1.RegistryFault;
import org.returneeregistry.schemas.wsdl.v1.ReturnNotificationPort;

/** Return notifications over SOAP, through the client generated from the WSDL the server publishes. */
class SoapNotificationIT extends DeployedRegistry {

    private final ReturnNotificationPort port = notificationPort();

    @Test
    void submitAcknowledgesAndAnExactReplayAnswersTheSameAcknowledgement() throws RegistryFault {
        String id = notificationId();
        ReturnNotification notification = soapNotification(id, passportNumber());

        Acknowledgement first = port.submitReturnNotification(notification);
        Acknowledgement replay = port.submitReturnNotification(notification);

        assertEquals(MISSION, first.getMissionCode());
        assertEquals(id, first.getNotificationId());
        assertEquals("ACCEPTED", first.getStatus());
        assertEquals("CREATED_NEW", first.getMatch());
        assertTrue(first.getRegistryNumber().matches(REGISTRY_NUMBER), first.getRegistryNumber());
        assertNotNull(first.getReceivedAt());
        assertSameAcknowledgement(first, replay);
        assertEquals(
                1,
                returnee(first.getRegistryNumber()).getJsonArray("returnEvents").size(),
                "a replay records no second return");
    }

    @Test
    void sameKeyWithOtherContentFaultsWithDuplicateNotificationConflict() throws RegistryFault {
        ReturnNotification notification = soapNotification(notificationId(), passportNumber());
        String registryNumber = port.submitReturnNotification(notification).getRegistryNumber();
        notification.setReturnReason("Contract terminated early");

        RegistryFault fault = assertThrows(RegistryFault.class, () -> port.submitReturnNotification(notification));

        assertEquals("DuplicateNotificationConflict", fault.getFaultInfo().getCode());
        assertFalse(fault.getFaultInfo().getMessage().isBlank());
        assertEquals(1, returnee(registryNumber).getJsonArray("returnEvents").size());
    }

    @Test
    void statusAnswersTheAcknowledgement() throws RegistryFault {
        String id = notificationId();
        Acknowledgement submitted = port.submitReturnNotification(soapNotification(id, passportNumber()));

        assertSameAcknowledgement(submitted, port.getNotificationStatus(MISSION, id));
    }

    @Test
    void statusOfAnUnknownNotificationFaultsWithNotFound() {
        RegistryFault fault =
                assertThrows(RegistryFault.class, () -> port.getNotificationStatus(MISSION, notificationId()));

        assertEquals("NotFound", fault.getFaultInfo().getCode());
    }

    @Test
    void restAndSoapNotificationsForOnePersonMakeOneReturneeWithTwoReturns() throws RegistryFault {
        String passport = passportNumber();
        String restId = notificationId();
        String soapId = notificationId();

        JsonObject restAck = submitNew(notification(restId, passport));
        Acknowledgement soapAck = port.submitReturnNotification(soapNotification(soapId, passport));

        assertEquals("MATCHED_EXISTING", soapAck.getMatch());
        assertEquals(restAck.getString("registryNumber"), soapAck.getRegistryNumber());
        JsonObject returnee = returnee(soapAck.getRegistryNumber());
        Set<String> notified = returnee.getJsonArray("returnEvents").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("notificationId"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(restId, soapId), notified, returnee::toString);
        assertEquals(1, findByPassport(passport, COUNTRY).size());
    }

    private static void assertSameAcknowledgement(Acknowledgement expected, Acknowledgement actual) {
        assertEquals(expected.getMissionCode(), actual.getMissionCode());
        assertEquals(expected.getNotificationId(), actual.getNotificationId());
        assertEquals(expected.getRegistryNumber(), actual.getRegistryNumber());
        assertEquals(expected.getStatus(), actual.getStatus());
        assertEquals(expected.getMatch(), actual.getMatch());
        assertEquals(expected.getReceivedAt(), actual.getReceivedAt());
    }
}
