package org.returneeregistry.exchange.rest;

import java.time.Instant;
import org.returneeregistry.exchange.application.DeliveryEndpointView;

/** Where an organisation takes the registry's messages; null fields when none is configured. */
public record DeliveryEndpoint(
        String organisationCode,
        String pushUrl,
        String mllpHost,
        Integer mllpPort,
        Instant updatedAt,
        String updatedBy) {

    static DeliveryEndpoint from(DeliveryEndpointView v) {
        return new DeliveryEndpoint(
                v.organisationCode(), v.pushUrl(), v.mllpHost(), v.mllpPort(), v.updatedAt(), v.updatedBy());
    }
}
