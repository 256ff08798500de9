package org.returneeregistry.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryNumberTest {

    /** Positions of the nine digits (eight serial digits and the check digit) in "RR-dddd-dddd-d". */
    private static final int[] DIGITS = {3, 4, 5, 6, 8, 9, 10, 11, 13};

    /**
     * Serials whose numbers are checked exhaustively. 1 to 999 run through every state of the Damm
     * table followed by every digit, so together they check the whole table; the others are edges
     * and numbers with repeated or running digits.
     */
    private static LongStream checkedSerials() {
        return LongStream.concat(
                LongStream.rangeClosed(1, 999), LongStream.of(1_000, 12_345_678, 50_505_050, 87_654_321, 99_999_999));
    }

    @Test
    void fromSerialWritesTwoGroupsOfFourDigitsAndACheckDigit() {
        String value = RegistryNumber.fromSerial(12_345_678).value();

        assertTrue(value.matches(RegistryNumber.PATTERN), value);
        assertEquals(RegistryNumber.LENGTH, value.length());
        assertEquals("RR-1234-5678-", value.substring(0, 13));
    }

    @Test
    void fromSerialPadsSmallSerialsWithZeros() {
        assertEquals("RR-0000-0001-", RegistryNumber.fromSerial(1).value().substring(0, 13));
    }

    @Test
    void checkDigitIsTheDammCheckDigit() {
        // The published Damm example: 572 -> 4. Leading zeros do not change a Damm check digit.
        assertEquals("RR-0000-0572-4", RegistryNumber.fromSerial(572).value());
        assertEquals(4, RegistryNumber.checkDigit("572"));
        // A number followed by its check digit reduces to 0.
        assertEquals(0, RegistryNumber.checkDigit("5724"));
    }

    @Test
    void parseGivesBackTheNumberFromSerial() {
        checkedSerials().forEach(serial -> {
            RegistryNumber issued = RegistryNumber.fromSerial(serial);
            Optional<RegistryNumber> parsed = RegistryNumber.parse(issued.value());

            assertEquals(Optional.of(issued), parsed, "serial " + serial);
            assertEquals(issued.hashCode(), parsed.orElseThrow().hashCode());
            assertEquals(issued.value(), parsed.orElseThrow().toString());
        });
    }

    @Test
    void differentSerialsGiveDifferentNumbers() {
        assertNotEquals(RegistryNumber.fromSerial(41), RegistryNumber.fromSerial(42));
    }

    @Test
    void parseRefusesEveryWrongCheckDigit() {
        checkedSerials()
                .mapToObj(serial -> RegistryNumber.fromSerial(serial).value())
                .forEach(issued -> {
                    for (char check = '0'; check <= '9'; check++) {
                        String candidate = issued.substring(0, 13) + check;
                        assertEquals(
                                candidate.equals(issued),
                                RegistryNumber.parse(candidate).isPresent(),
                                candidate);
                    }
                });
    }

    @Test
    void parseRefusesEverySingleDigitSubstitution() {
        checkedSerials()
                .mapToObj(serial -> RegistryNumber.fromSerial(serial).value())
                .forEach(issued -> {
                    List<String> mistyped = substitutions(issued);

                    assertEquals(9 * 9, mistyped.size());
                    mistyped.forEach(
                            text -> assertEquals(Optional.empty(), RegistryNumber.parse(text), issued + " -> " + text));
                });
    }

    @Test
    void parseRefusesEveryAdjacentTransposition() {
        checkedSerials()
                .mapToObj(serial -> RegistryNumber.fromSerial(serial).value())
                .forEach(issued -> adjacentTranspositions(issued)
                        .forEach(text ->
                                assertEquals(Optional.empty(), RegistryNumber.parse(text), issued + " -> " + text)));
        // 1234 5678 has seven unequal neighbours before the check digit: there are swaps to check.
        assertTrue(adjacentTranspositions(RegistryNumber.fromSerial(12_345_678).value())
                        .size()
                >= 7);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "RR-0000-0572",
                "RR00000572-4",
                "rr-0000-0572-4",
                "RR-0000-0572-4 ",
                " RR-0000-0572-4",
                "RR-000-00572-4",
                "RR-0000-0572-44",
                "XX-0000-0572-4",
                "RR-0000-05A2-4",
                "RR-०००0-0572-4"
            })
    void parseRefusesWhatIsNotARegistryNumber(String text) {
        assertEquals(Optional.empty(), RegistryNumber.parse(text));
    }

    @Test
    void serialRunsFromOneToTheLargestEightDigitNumber() {
        assertEquals("RR-0000-0001", RegistryNumber.fromSerial(1).value().substring(0, 12));
        assertEquals(
                "RR-9999-9999", RegistryNumber.fromSerial(99_999_999).value().substring(0, 12));
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -1, 0, 100_000_000, Long.MAX_VALUE})
    void serialOutsideEightDigitsIsRefused(long serial) {
        assertThrows(IllegalArgumentException.class, () -> RegistryNumber.fromSerial(serial));
    }

    private static List<String> substitutions(String number) {
        List<String> result = new ArrayList<>();
        for (int position : DIGITS) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != number.charAt(position)) {
                    result.add(replace(number, position, digit));
                }
            }
        }
        return result;
    }

    /** Swaps of neighbouring digits as read aloud, across the hyphens too; equal neighbours give no error. */
    private static List<String> adjacentTranspositions(String number) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i + 1 < DIGITS.length; i++) {
            char left = number.charAt(DIGITS[i]);
            char right = number.charAt(DIGITS[i + 1]);
            if (left != right) {
                result.add(replace(replace(number, DIGITS[i], right), DIGITS[i + 1], left));
            }
        }
        return result;
    }

    private static String replace(String text, int position, char c) {
        return text.substring(0, position) + c + text.substring(position + 1);
    }
}
