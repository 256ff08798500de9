package org.returneeregistry.node.sync;

import jakarta.json.JsonObject;
import org.returneeregistry.node.capture.CapturedNotifications;

/**
 * The registry's answer about one notification: the node status it leads to and what the registry said.
 *
 * @param status ACKNOWLEDGED, HELD, CONFLICT or REFUSED
 */
public record Delivery(
        String notificationId,
        String status,
        String registryStatus,
        String registryNumber,
        String match,
        String problemCode,
        String problem) {

    /** What the registry's acknowledgement of a notification (its single-notification JSON) means for the node. */
    static Delivery acknowledgement(String id, JsonObject ack) {
        String registryStatus = ack.getString("status", null);
        return new Delivery(
                id,
                "ACCEPTED".equals(registryStatus) ? CapturedNotifications.ACKNOWLEDGED : CapturedNotifications.HELD,
                registryStatus,
                ack.getString("registryNumber", null),
                ack.getString("match", null),
                null,
                null);
    }
}
