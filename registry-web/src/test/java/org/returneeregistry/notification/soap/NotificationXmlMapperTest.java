package org.returneeregistry.notification.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.returneeregistry.notification.application.Acknowledgement;
import org.returneeregistry.notification.application.SubmitReturnNotification;
import org.returneeregistry.schemas.binding.InstantAdapter;
import org.returneeregistry.schemas.common.v1.EmploymentAbroad;
import org.returneeregistry.schemas.common.v1.Identifier;
import org.returneeregistry.schemas.common.v1.PersonName;
import org.returneeregistry.schemas.notification.v1.PendingClaim;
import org.returneeregistry.schemas.notification.v1.ReturnNotification;
import org.returneeregistry.schemas.notification.v1.UrgentNeedItem;
import org.returneeregistry.schemas.returnee.v1.PersonDetails;

class NotificationXmlMapperTest {

    @Test
    void mapsEveryPartOfTheXmlNotificationToTheCommand() {
        ReturnNotification xml = new ReturnNotification();
        xml.setMissionCode("NPL-EMB-KUL");
        xml.setNotificationId("KUL-7");
        PersonDetails person = new PersonDetails();
        Identifier passport = new Identifier();
        passport.setType("PASSPORT");
        passport.setNumber("PA7700001");
        passport.setIssuingCountry("NPL");
        person.getIdentifier().add(passport);
        PersonName name = new PersonName();
        name.setGivenName("Bikash");
        person.setName(name);
        person.setDateOfBirth(LocalDate.of(1990, 6, 30));
        person.setSex("1");
        xml.setPerson(person);
        EmploymentAbroad employment = new EmploymentAbroad();
        employment.setDestinationCountry("MYS");
        employment.setDepartureDate(LocalDate.of(2018, 9, 1));
        xml.setEmployment(employment);
        xml.setReturnModality("DEPORTATION");
        xml.setExpectedArrivalDate(LocalDate.of(2026, 11, 26));
        UrgentNeedItem need = new UrgentNeedItem();
        need.setNeed("PSYCHOSOCIAL");
        xml.getUrgentNeed().add(need);
        PendingClaim claim = new PendingClaim();
        claim.setType("UNPAID_WAGES");
        claim.setAmount(new BigDecimal("1200.50"));
        claim.setCurrency("MYR");
        xml.getPendingClaim().add(claim);

        SubmitReturnNotification command = NotificationXmlMapper.toCommand(xml);

        assertEquals("NPL-EMB-KUL", command.missionCode());
        assertEquals("KUL-7", command.notificationId());
        assertEquals("PA7700001", command.person().identifiers().get(0).number());
        assertEquals("Bikash", command.person().name().givenName());
        assertNull(command.person().name().familyName());
        assertEquals("MYS", command.employment().destinationCountry());
        assertEquals("DEPORTATION", command.returnModality());
        assertEquals("PSYCHOSOCIAL", command.urgentNeeds().get(0).need());
        assertEquals(new BigDecimal("1200.5"), command.pendingClaims().get(0).amount());
    }

    @Test
    void acknowledgementKeepsItsFieldsAndAnswersTimesInUtc() {
        Instant at = Instant.parse("2026-11-23T09:14:03.120Z");
        var xml = NotificationXmlMapper.toXml(
                new Acknowledgement("NPL-EMB-DOH", "N-1", "RR-0000-0001-3", "ACCEPTED", "CREATED_NEW", at));
        assertEquals("RR-0000-0001-3", xml.getRegistryNumber());
        assertEquals("CREATED_NEW", xml.getMatch());
        assertEquals(at, xml.getReceivedAt());
        assertEquals("2026-11-23T09:14:03.120Z", new InstantAdapter().marshal(xml.getReceivedAt()));
    }
}
