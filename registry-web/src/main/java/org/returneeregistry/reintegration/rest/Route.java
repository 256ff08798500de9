package org.returneeregistry.reintegration.rest;

import java.time.Instant;
import org.returneeregistry.reintegration.application.RouteView;

/** The organisation that receives a service's referrals when a registrar names none. */
public record Route(String service, String purpose, String recipient, Instant updatedAt, String updatedBy) {

    static Route from(RouteView r) {
        return new Route(r.service(), r.purpose(), r.recipient(), r.updatedAt(), r.updatedBy());
    }
}
