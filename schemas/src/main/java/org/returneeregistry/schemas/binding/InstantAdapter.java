package org.returneeregistry.schemas.binding;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Binds xs:dateTime to {@link Instant}. A value read may carry any offset and names the instant it
 * denotes; a value written is UTC with seconds always given ({@code 2026-03-10T08:00:00Z}, fractions
 * only when there are any), as xs:dateTime requires.
 */
public final class InstantAdapter extends XmlAdapter<String, Instant> {

    @Override
    public Instant unmarshal(String value) {
        return value == null ? null : OffsetDateTime.parse(value.trim()).toInstant();
    }

    @Override
    public String marshal(Instant value) {
        return value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value);
    }
}
