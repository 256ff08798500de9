package org.returneeregistry.notification.application;

import java.time.Instant;

/** The registry's answer to a notification; a replay receives the same one. */
public record Acknowledgement(String missionCode, String notificationId, String registryNumber, String status,
                              String match, Instant receivedAt) {
}
