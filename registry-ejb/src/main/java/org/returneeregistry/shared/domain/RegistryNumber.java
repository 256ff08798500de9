package org.returneeregistry.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A returnee's registry number, meant to be read aloud and typed back: {@code RR-0000-0042-7}.
 * Eight digits from the returnee serial and a Damm check digit, which catches every single-digit
 * error and every swap of adjacent digits.
 *
 * <p>Every context that stores a registry number stores it in a column of {@link #LENGTH} characters,
 * and checks one it is given with {@link #parse}.
 */
@Embeddable
public final class RegistryNumber {

    public static final int LENGTH = 14;
    public static final String PATTERN = "RR-[0-9]{4}-[0-9]{4}-[0-9]";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);
    private static final long MAX_SERIAL = 99_999_999L;

    private static final int[][] DAMM = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };

    @Column(name = "registry_number", length = LENGTH, nullable = false, unique = true, updatable = false)
    private String value;

    protected RegistryNumber() {
        // JPA
    }

    private RegistryNumber(String value) {
        this.value = value;
    }

    public static RegistryNumber fromSerial(long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        String digits = String.format("%08d", serial);
        return new RegistryNumber(
                "RR-" + digits.substring(0, 4) + "-" + digits.substring(4) + "-" + checkDigit(digits));
    }

    /** Parses a registry number; empty when the format or the check digit is wrong. */
    public static java.util.Optional<RegistryNumber> parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return java.util.Optional.empty();
        }
        String digits = text.substring(3, 7) + text.substring(8, 12);
        if (Long.parseLong(digits) == 0) {
            return java.util.Optional.empty();
        }
        int check = text.charAt(13) - '0';
        return checkDigit(digits) == check
                ? java.util.Optional.of(new RegistryNumber(text))
                : java.util.Optional.empty();
    }

    static int checkDigit(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistryNumber other && value.equals(other.value);
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
