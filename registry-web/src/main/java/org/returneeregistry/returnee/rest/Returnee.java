package org.returneeregistry.returnee.rest;

import java.time.Instant;
import java.util.List;
import org.returneeregistry.returnee.application.ReturneeView;
import org.returneeregistry.shared.rest.Wire;

/** A returnee's whole record; {@code version} is also its ETag. */
public record Returnee(
        String registryNumber,
        PersonDetails person,
        List<Employment> migrationEpisodes,
        List<ReturnDetails> returnEvents,
        long version,
        Instant registeredAt,
        Instant updatedAt) {

    static Returnee from(ReturneeView view) {
        return new Returnee(
                view.registryNumber(),
                Wire.one(view.person(), PersonDetails::from),
                Wire.list(view.migrationEpisodes(), Employment::from),
                Wire.list(view.returnEvents(), ReturnDetails::from),
                view.version(),
                view.registeredAt(),
                view.updatedAt());
    }
}
