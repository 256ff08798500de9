package org.returneeregistry.returnee.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a person reported under an identifier the registry already holds is the person who holds
 * it. One identifier does not decide a person: a mistyped or borrowed passport number would attach
 * someone's return, and their health notes, to somebody else's record. The identifier must be
 * confirmed by the date of birth and the name; otherwise the report waits for a registrar.
 *
 * <p>Names are compared as people write them, not byte for byte: case, spacing, punctuation and
 * diacritics do not count (Thāpā, THAPA and thapa are one name), nor the order of the parts (Ram
 * Thapa and Thapa Ram), and the registered name's transliterations count as the name (a name written
 * in Latin letters matches a record registered in Devanagari with that Latin transliteration).
 */
public record IdentityMatch(Verdict verdict, Reason reason) {

    public enum Verdict {
        /** Attach the report to the registered person. */
        SAME_PERSON,
        /** Hold the report until a registrar merges it into the registered person or registers a new one. */
        REVIEW
    }

    public enum Reason {
        IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE,
        BIRTH_DATE_DIFFERS,
        NAME_DIFFERS,
        NAME_AND_BIRTH_DATE_DIFFER
    }

    public IdentityMatch {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    /** Decides for a person {@code reported} under an identifier that {@code registered} holds. */
    public static IdentityMatch of(PersonDetails reported, PersonDetails registered) {
        boolean sameBirth = Objects.equals(reported.dateOfBirth(), registered.dateOfBirth());
        boolean sameName = namesOf(registered.name()).contains(key(fullName(reported.name())));
        if (sameBirth && sameName) {
            return new IdentityMatch(Verdict.SAME_PERSON, Reason.IDENTIFIER_NAME_AND_BIRTH_DATE_AGREE);
        }
        Reason reason = sameName ? Reason.BIRTH_DATE_DIFFERS
                : sameBirth ? Reason.NAME_DIFFERS : Reason.NAME_AND_BIRTH_DATE_DIFFER;
        return new IdentityMatch(Verdict.REVIEW, reason);
    }

    public boolean samePerson() {
        return verdict == Verdict.SAME_PERSON;
    }

    private static Set<Set<String>> namesOf(PersonName name) {
        Set<Set<String>> names = new HashSet<>();
        names.add(key(fullName(name)));
        name.transliterations().stream().filter(Objects::nonNull).map(t -> key(t.fullName())).forEach(names::add);
        return names;
    }

    private static String fullName(PersonName name) {
        return Stream.of(name.givenName(), name.familyName()).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    /**
     * The name as a set of comparable parts: decomposed (NFKD), Latin diacritics removed, lower case, every
     * run of anything but letters and digits a separator.
     */
    static Set<String> key(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{InCombiningDiacriticalMarks}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
