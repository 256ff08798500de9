package org.returneeregistry.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A notification's business identity: the mission and the mission's own notification id. */
@Embeddable
public final class NotificationKey {

    public static final int MISSION_LENGTH = 40;
    public static final int ID_LENGTH = 64;

    @Column(name = "mission_code", length = MISSION_LENGTH, nullable = false, updatable = false)
    private String missionCode;

    @Column(name = "notification_id", length = ID_LENGTH, nullable = false, updatable = false)
    private String notificationId;

    protected NotificationKey() {
        // JPA
    }

    public NotificationKey(String missionCode, String notificationId) {
        this.missionCode = Objects.requireNonNull(missionCode, "missionCode");
        this.notificationId = Objects.requireNonNull(notificationId, "notificationId");
    }

    public String missionCode() {
        return missionCode;
    }

    public String notificationId() {
        return notificationId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationKey k && missionCode.equals(k.missionCode) && notificationId.equals(k.notificationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(missionCode, notificationId);
    }

    @Override
    public String toString() {
        return missionCode + "/" + notificationId;
    }
}
