package org.returneeregistry.reintegration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A referral's business identity: a random UUID in its canonical lower-case form, given by the
 * registry. It names the referral to recipients and reveals nothing about the returnee.
 */
@Embeddable
public final class ReferralId {

    public static final int LENGTH = 36;

    @Column(name = "referral_id", length = LENGTH, nullable = false, unique = true, updatable = false)
    private String value;

    protected ReferralId() {
        // JPA
    }

    private ReferralId(String value) {
        this.value = value;
    }

    public static ReferralId generate() {
        return new ReferralId(UUID.randomUUID().toString());
    }

    /** The id, or empty when the text is not a UUID in canonical form. */
    public static Optional<ReferralId> parse(String text) {
        if (text == null || text.length() != LENGTH) {
            return Optional.empty();
        }
        try {
            String canonical = UUID.fromString(text).toString();
            return canonical.equals(text.toLowerCase(Locale.ROOT)) ? Optional.of(new ReferralId(canonical)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferralId other && value.equals(other.value);
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
