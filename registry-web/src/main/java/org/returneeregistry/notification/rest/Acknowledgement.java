package org.returneeregistry.notification.rest;

import java.time.Instant;

/** The registry's answer to a notification; a replay receives the same one. */
public record Acknowledgement(
        String missionCode,
        String notificationId,
        String registryNumber,
        String status,
        String match,
        Instant receivedAt) {

    static Acknowledgement from(org.returneeregistry.notification.application.Acknowledgement a) {
        return new Acknowledgement(
                a.missionCode(), a.notificationId(), a.registryNumber(), a.status(), a.match(), a.receivedAt());
    }
}
