package org.returneeregistry.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                // text, single line accepts, multi line accepts, code point named in the refusal
                Arguments.of("Ram Bahadur Thapa", true, true, null),
                Arguments.of("राम बहादुर थापा", true, true, null),
                Arguments.of("Ward 4, Tulsipur | ^ ~ \\ &", true, true, null),
                Arguments.of("emoji \uD83D\uDE91 is a pair", true, true, null),
                Arguments.of("", true, true, null),
                Arguments.of("line one\nline two", false, true, "U+000A"),
                Arguments.of("crlf\r\nline", false, true, "U+000D"),
                Arguments.of("a\ttab", false, true, "U+0009"),
                Arguments.of("frame end \u001c\r\u000bMSH|^~\\&|EVIL", false, false, "U+001C"),
                Arguments.of("vertical\u000btab", false, false, "U+000B"),
                Arguments.of("nul\u0000", false, false, "U+0000"),
                Arguments.of("escape \u001b[2J", false, false, "U+001B"),
                Arguments.of("unit separator\u001f", false, false, "U+001F"),
                Arguments.of("delete\u007f", false, false, "U+007F"),
                Arguments.of("c1 \u0085 next line", false, false, "U+0085"),
                Arguments.of("c1 \u009f last", false, false, "U+009F"),
                Arguments.of("lone high \uD83D alone", false, false, "U+D83D"),
                Arguments.of("lone low \uDE91 alone", false, false, "U+DE91"),
                Arguments.of("ends high \uD83D", false, false, "U+D83D"),
                Arguments.of("no-break\u00a0space is text", true, true, null));
    }

    @ParameterizedTest(name = "{index}: single {1}, multi {2}")
    @MethodSource("texts")
    void decidesWhichCharactersFreeTextCarries(String text, boolean singleLine, boolean multiLine, String named) {
        check(PlainText.SINGLE_LINE.refusal(text), singleLine, named);
        check(PlainText.MULTI_LINE.refusal(text), multiLine, multiLine ? null : named);
    }

    private static void check(Optional<String> refusal, boolean accepted, String named) {
        assertEquals(accepted, refusal.isEmpty(), () -> "refusal: " + refusal);
        if (!accepted) {
            assertTrue(refusal.get().contains(named), () -> refusal.get() + " should name " + named);
        }
    }

    @Test
    void anAbsentTextIsNotRefused() {
        assertEquals(Optional.empty(), PlainText.SINGLE_LINE.refusal(null));
        assertEquals(Optional.empty(), PlainText.MULTI_LINE.refusal(null));
    }
}
