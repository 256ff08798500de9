package org.returneeregistry.shared.domain;

import java.util.Optional;

/**
 * The characters free text may carry. Text the registry keeps is passed on to systems that give
 * control characters a meaning of their own: HL7 v2 over MLLP frames a message between VT (U+000B)
 * and FS (U+001C) and separates segments with CR, log files separate records with LF, terminals obey
 * ESC sequences. So free text refuses every control character of Unicode's Cc category (C0
 * U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F) and every surrogate that is not half of a pair
 * (which no encoding can carry). A multi-line text (a note, a reason, a description) may also break
 * lines: it accepts TAB, LF and CR, which every recipient format escapes.
 */
public enum PlainText {

    /** Names, codes people type, addresses: one line. */
    SINGLE_LINE,
    /** Notes, reasons, descriptions: lines and tabs allowed. */
    MULTI_LINE;

    /** What is wrong with {@code text} as this kind of text; empty when nothing is. */
    public Optional<String> refusal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(describe("a lone surrogate", c, i));
            } else if (Character.getType(c) == Character.CONTROL && !allowed(c)) {
                return Optional.of(describe("the control character", c, i));
            }
        }
        return Optional.empty();
    }

    private boolean allowed(char c) {
        return this == MULTI_LINE && (c == '\t' || c == '\n' || c == '\r');
    }

    private String describe(String what, char c, int index) {
        return String.format("must not contain %s U+%04X (at position %d)%s", what, (int) c, index + 1,
                this == MULTI_LINE ? "; only tab and line breaks are allowed" : "; it is one line of text");
    }
}
