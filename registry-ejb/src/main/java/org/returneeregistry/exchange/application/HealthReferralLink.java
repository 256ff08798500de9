package org.returneeregistry.exchange.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.returneeregistry.exchange.domain.Channel;
import org.returneeregistry.exchange.persistence.DeliveryEndpointRepository;
import org.returneeregistry.reintegration.application.ReferralCreated;
import org.returneeregistry.returnee.application.DisclosedReturnee;
import org.returneeregistry.returnee.application.ReportedCircumstances;
import org.returneeregistry.returnee.application.ReturneeRecords;
import org.returneeregistry.shared.domain.Actor;
import org.returneeregistry.shared.domain.DataCategory;
import org.returneeregistry.shared.domain.Purpose;
import org.returneeregistry.shared.domain.Role;

/**
 * Sends a returnee referred for health care to the health ministry's own system as an HL7 v2 ADT
 * message, when that ministry has an MLLP endpoint.
 *
 * <p>The registry discloses on the ministry's behalf, so it asks the consent decision point exactly as
 * the ministry's system would — purpose health follow-up, categories identity, contact and health —
 * and the decision is logged like any read (channel HL7). Without consent covering identity and health
 * nothing is sent: the ministry still gets the referral itself and reads what it may through the API.
 * The message is decided again when it is sent (the outbox cancels it when the consent was revoked,
 * expired or narrowed in the meantime).
 */
@ApplicationScoped
public class HealthReferralLink {

    static final String HEALTH_SERVICE = "HEALTH";
    static final String CHANNEL = "HL7";
    private static final Set<DataCategory> ASKED =
            EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.HEALTH);

    @Inject
    private Outbox outbox;

    @Inject
    private DeliveryEndpointRepository endpoints;

    @EJB
    private ReturneeRecords returnees;

    void referralCreated(@Observes ReferralCreated referral) {
        if (!HEALTH_SERVICE.equals(referral.service())
                || referral.recipient() == null
                || endpoints
                        .find(referral.recipient())
                        .filter(e -> e.serves(Channel.HL7_MLLP))
                        .isEmpty()) {
            return;
        }
        Optional<DisclosedReturnee> disclosed = returnees.discloseOnBehalfOf(
                new Actor("returnee-registry", referral.recipient()),
                CHANNEL,
                referral.registryNumber(),
                Purpose.HEALTH_FOLLOW_UP,
                ASKED,
                Set.of(Role.MINISTRY_SYSTEM));
        Set<DataCategory> granted = EnumSet.noneOf(DataCategory.class);
        disclosed.ifPresent(d -> d.grantedCategories().forEach(c -> granted.add(DataCategory.valueOf(c))));
        if (!granted.containsAll(Set.of(DataCategory.IDENTITY, DataCategory.HEALTH))) {
            return;
        }
        outbox.enqueueHl7Adt(
                referral.recipient(), referral.referralId(), adt(disclosed.get()), Purpose.HEALTH_FOLLOW_UP, granted);
    }

    static AdtPerson adt(DisclosedReturnee d) {
        var identity = d.identity();
        var contact = d.contact() == null ? null : d.contact().contact();
        ReportedCircumstances.Need need = d.health() == null
                ? null
                : d.health().stream()
                        .max(Comparator.comparing(ReportedCircumstances.Need::reportedAt))
                        .orElse(null);
        return new AdtPerson(
                d.registryNumber(),
                identity.name().givenName(),
                identity.name().familyName(),
                identity.dateOfBirth(),
                identity.sex(),
                identity.identifiers().stream()
                        .map(i -> new AdtPerson.Identifier(i.type(), i.number(), i.issuingCountry()))
                        .toList(),
                contact == null ? null : contact.phone(),
                contact == null ? null : contact.address(),
                d.contact() == null ? null : d.contact().homeDistrict(),
                need == null ? null : need.need(),
                need == null ? null : need.note());
    }
}
