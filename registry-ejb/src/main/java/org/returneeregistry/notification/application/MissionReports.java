package org.returneeregistry.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.returneeregistry.notification.domain.NeedCategory;
import org.returneeregistry.notification.domain.ReturnNotification;
import org.returneeregistry.notification.persistence.ReturnNotificationRepository;
import org.returneeregistry.returnee.application.ReportedCircumstances;
import org.returneeregistry.shared.domain.DataCategory;

/**
 * What missions reported, as the other contexts ask it inside their own business calls: whether a mission
 * notified a returnee's return (the people a mission handled, for whom the consent context lets it record
 * consent), and the needs and claims reported for a returnee — the returnee context's
 * {@link ReportedCircumstances}, each need in the category {@link NeedCategory} gives it. Not a protocol's
 * service: the web module never calls it, and the disclosure it feeds was decided by the read policy first.
 */
@ApplicationScoped
public class MissionReports implements ReportedCircumstances {

    @Inject
    private ReturnNotificationRepository notifications;

    /** Whether this mission notified this returnee's return. */
    public boolean notifiedBy(String missionCode, String registryNumber) {
        return notifications.notifiedBy(missionCode, registryNumber);
    }

    @Override
    public Reported reportedFor(String registryNumber) {
        List<Need> health = new ArrayList<>();
        List<Need> vulnerability = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (ReturnNotification n : notifications.ofReturnee(registryNumber)) {
            String mission = n.key().missionCode();
            n.urgentNeeds().forEach(u -> {
                Need need = new Need(u.need(), u.note(), mission, n.receivedAt());
                (NeedCategory.of(u.need()) == DataCategory.HEALTH ? health : vulnerability).add(need);
            });
            n.pendingClaims().forEach(c -> claims.add(new Claim(claim(c), mission, n.receivedAt())));
        }
        return new Reported(health, vulnerability, claims);
    }

    private static PendingClaim claim(org.returneeregistry.notification.domain.PendingClaim c) {
        return new PendingClaim(c.type(), c.amount(), c.currency(), c.description());
    }
}
