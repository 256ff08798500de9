package org.returneeregistry.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import org.returneeregistry.returnee.domain.Identifier;
import org.returneeregistry.shared.domain.Actor;

/**
 * Valid sample inputs. Each test starts from a valid value and breaks one thing, so a test fails
 * for the reason it names and not because the sample drifted.
 */
public final class Samples {

    public static final Actor REGISTRAR = new Actor("registrar-1", "NPL-MOLESS");
    public static final Instant REGISTERED_AT = Instant.parse("2025-03-01T09:30:00Z");
    public static final LocalDate BIRTH_DATE = LocalDate.of(1990, 4, 12);
    public static final Identifier PASSPORT = new Identifier("PASSPORT", "PA1234567", "NPL");
    public static final Identifier NATIONAL_ID = new Identifier("NATIONAL_ID", "NID22334455", "NPL");
    public static final Identifier LABOUR_PERMIT = new Identifier("LABOUR_PERMIT", "LP998877", "NPL");

    private Samples() {
    }

    public static PersonBuilder person() {
        return new PersonBuilder();
    }

    public static EmploymentBuilder employment() {
        return new EmploymentBuilder();
    }

    public static NotificationBuilder notification() {
        return new NotificationBuilder();
    }
}
