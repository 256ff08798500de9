package org.returneeregistry.returnee.soap;

import java.util.List;
import org.returneeregistry.returnee.application.CorrectReturnee;
import org.returneeregistry.returnee.application.HistoryView;
import org.returneeregistry.returnee.application.RegisterReturnee;
import org.returneeregistry.returnee.application.ReturneeQuery;
import org.returneeregistry.returnee.application.ReturneeSummary;
import org.returneeregistry.returnee.application.ReturneeView;
import org.returneeregistry.returnee.domain.Contact;
import org.returneeregistry.returnee.domain.Employment;
import org.returneeregistry.returnee.domain.FieldChange;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.returnee.domain.PersonCorrection;
import org.returneeregistry.returnee.domain.PersonDetails;
import org.returneeregistry.returnee.domain.PersonName;
import org.returneeregistry.returnee.domain.ReturnDetails;
import org.returneeregistry.returnee.domain.Transliteration;
import org.returneeregistry.schemas.common.v1.EmploymentAbroad;
import org.returneeregistry.schemas.returnee.v1.Correction;
import org.returneeregistry.schemas.returnee.v1.HistoryEntry;
import org.returneeregistry.schemas.returnee.v1.Returnee;
import org.returneeregistry.schemas.returnee.v1.ReturneePage;
import org.returneeregistry.schemas.returnee.v1.ReturneeRegistration;
import org.returneeregistry.shared.domain.Page;

/**
 * Converts between the contract's XML types and the returnee context's commands and views. Used by
 * the SOAP endpoint and by the notification mapper for the person part; no rules live here.
 */
public final class ReturneeXmlMapper {

    private ReturneeXmlMapper() {}

    public static PersonDetails toPerson(org.returneeregistry.schemas.returnee.v1.PersonDetails xml) {
        if (xml == null) {
            return null;
        }
        return new PersonDetails(
                xml.getIdentifier().stream()
                        .map(ReturneeXmlMapper::toIdentifier)
                        .toList(),
                toName(xml.getName()),
                xml.getDateOfBirth(),
                xml.getSex(),
                xml.getGenderIdentity(),
                toContact(xml.getContact()),
                xml.getHomeDistrict());
    }

    public static Identifier toIdentifier(org.returneeregistry.schemas.common.v1.Identifier xml) {
        return xml == null ? null : new Identifier(xml.getType(), xml.getNumber(), xml.getIssuingCountry());
    }

    private static PersonName toName(org.returneeregistry.schemas.common.v1.PersonName xml) {
        if (xml == null) {
            return null;
        }
        return new PersonName(
                xml.getGivenName(),
                xml.getFamilyName(),
                xml.getTransliteration().stream()
                        .map(t -> new Transliteration(t.getScript(), t.getFullName()))
                        .toList());
    }

    private static Contact toContact(org.returneeregistry.schemas.common.v1.Contact xml) {
        return xml == null ? null : new Contact(xml.getPhone(), xml.getEmail(), xml.getAddress());
    }

    public static Employment toEmployment(EmploymentAbroad xml) {
        if (xml == null) {
            return null;
        }
        return new Employment(
                xml.getDestinationCountry(),
                xml.getEmployer(),
                xml.getOccupation(),
                xml.getSector(),
                xml.getRecruitmentAgency(),
                xml.getChannel(),
                xml.getDepartureDate(),
                xml.getEndDate());
    }

    public static RegisterReturnee toCommand(ReturneeRegistration xml) {
        return new RegisterReturnee(
                xml == null ? null : toPerson(xml.getPerson()),
                xml == null
                        ? List.of()
                        : xml.getMigrationEpisode().stream()
                                .map(ReturneeXmlMapper::toEmployment)
                                .toList());
    }

    public static CorrectReturnee toCommand(Correction xml) {
        PersonCorrection changes = new PersonCorrection(
                xml.getGivenName(),
                xml.getFamilyName(),
                xml.getDateOfBirth(),
                xml.getSex(),
                xml.getGenderIdentity(),
                toContact(xml.getContact()),
                xml.getHomeDistrict());
        return new CorrectReturnee(
                xml.getRegistryNumber(), xml.getExpectedVersion(), xml.getReason(), changes, xml.getPurpose());
    }

    public static ReturneeQuery toQuery(org.returneeregistry.schemas.returnee.v1.ReturneeQuery xml) {
        return new ReturneeQuery(
                toIdentifier(xml.getIdentifier()),
                xml.getFamilyName(),
                xml.getGivenName(),
                xml.getDateOfBirth(),
                xml.getPage(),
                xml.getPageSize(),
                xml.getPurpose());
    }

    public static Returnee toXml(ReturneeView view) {
        Returnee xml = new Returnee();
        xml.setRegistryNumber(view.registryNumber());
        xml.setPerson(toXml(view.person()));
        view.migrationEpisodes().forEach(e -> xml.getMigrationEpisode().add(toXml(e)));
        view.returnEvents().forEach(r -> xml.getReturnEvent().add(toXml(r)));
        xml.setVersion(view.version());
        xml.setRegisteredAt(view.registeredAt());
        xml.setUpdatedAt(view.updatedAt());
        return xml;
    }

    public static org.returneeregistry.schemas.returnee.v1.PersonDetails toXml(PersonDetails person) {
        var xml = new org.returneeregistry.schemas.returnee.v1.PersonDetails();
        person.identifiers().forEach(i -> {
            var id = new org.returneeregistry.schemas.common.v1.Identifier();
            id.setType(i.type());
            id.setNumber(i.number());
            id.setIssuingCountry(i.issuingCountry());
            xml.getIdentifier().add(id);
        });
        xml.setName(toXml(person.name()));
        xml.setDateOfBirth(person.dateOfBirth());
        xml.setSex(person.sex());
        xml.setGenderIdentity(person.genderIdentity());
        if (person.contact() != null) {
            var contact = new org.returneeregistry.schemas.common.v1.Contact();
            contact.setPhone(person.contact().phone());
            contact.setEmail(person.contact().email());
            contact.setAddress(person.contact().address());
            xml.setContact(contact);
        }
        xml.setHomeDistrict(person.homeDistrict());
        return xml;
    }

    public static org.returneeregistry.schemas.common.v1.PersonName toXml(PersonName name) {
        var xml = new org.returneeregistry.schemas.common.v1.PersonName();
        xml.setGivenName(name.givenName());
        xml.setFamilyName(name.familyName());
        name.transliterations().forEach(t -> {
            var tx = new org.returneeregistry.schemas.common.v1.Transliteration();
            tx.setScript(t.script());
            tx.setFullName(t.fullName());
            xml.getTransliteration().add(tx);
        });
        return xml;
    }

    public static EmploymentAbroad toXml(Employment e) {
        EmploymentAbroad xml = new EmploymentAbroad();
        xml.setDestinationCountry(e.destinationCountry());
        xml.setEmployer(e.employer());
        xml.setOccupation(e.occupation());
        xml.setSector(e.sector());
        xml.setRecruitmentAgency(e.recruitmentAgency());
        xml.setChannel(e.channel());
        xml.setDepartureDate(e.departureDate());
        xml.setEndDate(e.endDate());
        return xml;
    }

    public static org.returneeregistry.schemas.returnee.v1.ReturnEvent toXml(ReturnDetails r) {
        var xml = new org.returneeregistry.schemas.returnee.v1.ReturnEvent();
        xml.setReturnDate(r.returnDate());
        xml.setModality(r.modality());
        xml.setReason(r.reason());
        xml.setPortOfEntry(r.portOfEntry());
        xml.setNotifyingMission(r.notifyingMission());
        xml.setNotificationId(r.notificationId());
        return xml;
    }

    public static ReturneePage toXml(Page<ReturneeSummary> page) {
        ReturneePage xml = new ReturneePage();
        xml.setPage(page.page());
        xml.setPageSize(page.pageSize());
        xml.setTotalCount(page.totalCount());
        page.items().forEach(s -> {
            var summary = new org.returneeregistry.schemas.returnee.v1.ReturneeSummary();
            summary.setRegistryNumber(s.registryNumber());
            summary.setName(toXml(s.name()));
            summary.setDateOfBirth(s.dateOfBirth());
            summary.setHomeDistrict(s.homeDistrict());
            xml.getReturnee().add(summary);
        });
        return xml;
    }

    public static HistoryEntry toXml(HistoryView view) {
        HistoryEntry xml = new HistoryEntry();
        xml.setSequence(view.sequence());
        xml.setAt(view.at());
        xml.setActor(view.actor());
        xml.setAction(view.action());
        xml.setReason(view.reason());
        for (FieldChange c : view.changes()) {
            var change = new org.returneeregistry.schemas.returnee.v1.FieldChange();
            change.setField(c.field());
            change.setFrom(c.from());
            change.setTo(c.to());
            xml.getChange().add(change);
        }
        return xml;
    }
}
