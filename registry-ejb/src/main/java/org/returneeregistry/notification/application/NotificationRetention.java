package org.returneeregistry.notification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returneeregistry.notification.domain.ReturnNotification;
import org.returneeregistry.notification.persistence.ReturnNotificationRepository;
import org.returneeregistry.shared.application.Retention;

/**
 * A return notification's content (the names, identifiers, contact and notes the mission sent, kept as
 * evidence) is purged {@code registry.retention.notification-content} (ISO-8601, default 90 days) after it
 * was received. What the notification recorded stays on the returnee's record; the content's hash stays on
 * the notification, which is all a replay needs. A notification held for review keeps its content until a
 * registrar decides. Run by the retention timer only, never by a caller.
 */
@Stateless
@PermitAll
@Local(Retention.class)
public class NotificationRetention implements Retention {

    @Inject
    private ReturnNotificationRepository notifications;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.retention.notification-content")
    Duration period;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String what() {
        return "return notification content";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Duration period() {
        return period;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant before, int limit) {
        Instant now = clock.instant();
        List<ReturnNotification> kept = notifications.contentKeptSince(before, limit);
        kept.forEach(n -> n.purgeContent(now));
        return kept.size();
    }
}
