package org.returneeregistry.reintegration.application;

import java.time.Instant;

/** The recipient a service's referrals go to, and who set it when. */
public record RouteView(String service, String purpose, String recipient, Instant updatedAt, String updatedBy) {
}
