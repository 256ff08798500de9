package org.returneeregistry.exchange.application;

import java.time.Instant;

/** An organisation's delivery endpoints as administrators read them; all null when none is configured. */
public record DeliveryEndpointView(String organisationCode, String pushUrl, String mllpHost, Integer mllpPort,
                                   Instant updatedAt, String updatedBy) {
}
