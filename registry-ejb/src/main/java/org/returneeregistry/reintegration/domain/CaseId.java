package org.returneeregistry.reintegration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A reintegration case's business identity: a random UUID in its canonical lower-case form, given by
 * the registry. It names the case to case workers and reveals nothing about the returnee.
 */
@Embeddable
public final class CaseId {

    public static final int LENGTH = 36;

    @Column(name = "case_id", length = LENGTH, nullable = false, unique = true, updatable = false)
    private String value;

    protected CaseId() {
        // JPA
    }

    private CaseId(String value) {
        this.value = value;
    }

    public static CaseId generate() {
        return new CaseId(UUID.randomUUID().toString());
    }

    /** The id, or empty when the text is not a UUID in canonical form. */
    public static Optional<CaseId> parse(String text) {
        return canonicalUuid(text).map(CaseId::new);
    }

    /** The text as a canonical lower-case UUID, or empty when it is none. */
    public static Optional<String> canonicalUuid(String text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.empty();
        }
        try {
            String canonical = UUID.fromString(text).toString();
            return canonical.equals(text.toLowerCase(Locale.ROOT)) ? Optional.of(canonical) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
