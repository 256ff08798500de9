package org.returneeregistry.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneOffset;

/** The registry's clock: UTC, in milliseconds, so a time answered now equals the time read back from any database. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
