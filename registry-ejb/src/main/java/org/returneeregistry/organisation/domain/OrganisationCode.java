package org.returneeregistry.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An organisation's business identity, e.g. {@code NPL-EMB-DOH}: the ISO 3166-1 alpha-3 code of the
 * country it belongs to, then one to three upper-case parts. The same pattern as the contract's
 * {@code OrganisationCode}, so a code accepted here is accepted in every message that names it.
 */
@Embeddable
public final class OrganisationCode {

    public static final String PATTERN = "[A-Z]{3}-[A-Z0-9]{2,10}(-[A-Z0-9]{2,10}){0,2}";
    /** The longest code the pattern allows: 3 + 1 + 10 + 2 × (1 + 10). */
    public static final int LENGTH = 36;
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    @Column(name = "code", length = LENGTH, nullable = false, unique = true, updatable = false)
    private String value;

    protected OrganisationCode() {
        // JPA
    }

    private OrganisationCode(String value) {
        this.value = value;
    }

    /** The code, or empty when the text does not have the pattern. */
    public static Optional<OrganisationCode> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new OrganisationCode(text)) : Optional.empty();
    }

    /** The code of a text known to be valid; a programming error otherwise. */
    public static OrganisationCode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an organisation code: " + text));
    }

    public String value() {
        return value;
    }

    /** The id of the organisation's client in the identity provider: the code in lower case. */
    public String clientId() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationCode other && value.equals(other.value);
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
