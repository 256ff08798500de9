package org.returneeregistry.shared.persistence;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Instants are stored as SQL TIMESTAMP without zone ({@link InstantConverter}); the JDBC drivers turn
 * one into the other in the JVM's default time zone. Only in UTC is that the identity: in any other zone
 * the stored times shift with the server's configuration, and in a zone with daylight saving an hour
 * each autumn is written twice and read back wrong. So the registry runs only in a JVM whose default
 * zone is UTC ({@code -Duser.timezone=UTC}, as the domain configuration sets), and refuses to start
 * otherwise rather than store shifted times.
 */
public final class StorageTimeZone {

    private StorageTimeZone() {
    }

    /** Why the registry must not run in {@code zone}; empty when it may. */
    public static Optional<String> refusal(ZoneId zone) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return Optional.empty();
        }
        return Optional.of("The JVM's default time zone is " + zone.getId() + ", not UTC: the registry stores times"
                + " without zone and would shift them. Start the server with -Duser.timezone=UTC.");
    }
}
