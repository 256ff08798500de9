package org.returneeregistry.exchange.hl7;

import ca.uhn.hl7v2.parser.DefaultEscaping;
import ca.uhn.hl7v2.parser.EncodingCharacters;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * HL7 v2 escaping that also covers the control characters HAPI leaves raw. HAPI escapes the
 * delimiters and CR, but passes LF, VT (0x0B, MLLP's start of block) and FS (0x1C, its end) through:
 * a text holding {@code FS CR VT MSH|...} would end the registry's frame early and start one the
 * sender wrote. Here every other control character (Unicode Cc) is written as the standard's
 * hexadecimal escape {@code \Xhh..\} (HL7 v2.5.1 section 2.7.4) of its UTF-8 bytes, the character set
 * MSH-18 declares, and a lone surrogate, which UTF-8 cannot carry, as U+FFFD. Free text is refused
 * with such characters at the boundary; this is the builder's own guard, whatever reaches it.
 *
 * <p>Unescaping reverses it, so a message parsed and encoded again (as the MLLP sender does) comes
 * out the same.
 */
final class HexEscaping extends DefaultEscaping {

    /** HAPI's own escape of CR, which its unescaping reads back; every other hex escape is ours. */
    private static final String HAPI_CR = "X000d";
    private static final Pattern HEX = Pattern.compile("X(?:[0-9A-Fa-f]{2})+");

    @Override
    public String escape(String text, EncodingCharacters encoding) {
        String escaped = super.escape(text, encoding);
        char esc = encoding.getEscapeCharacter();
        StringBuilder out = null;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            String replacement = null;
            if (Character.isHighSurrogate(c) && i + 1 < escaped.length() && Character.isLowSurrogate(escaped.charAt(i + 1))) {
                if (out != null) {
                    out.append(c);
                }
                c = escaped.charAt(++i);
            } else if (Character.isSurrogate(c)) {
                replacement = "\uFFFD";
            } else if (Character.getType(c) == Character.CONTROL) {
                replacement = esc + "X" + HexFormat.of().withUpperCase()
                        .formatHex(String.valueOf(c).getBytes(StandardCharsets.UTF_8)) + esc;
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(escaped.length() + 16).append(escaped, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? escaped : out.toString();
    }

    @Override
    public String unescape(String text, EncodingCharacters encoding) {
        char esc = encoding.getEscapeCharacter();
        if (text == null || text.indexOf(esc) < 0) {
            return super.unescape(text, encoding);
        }
        StringBuilder out = new StringBuilder(text.length());
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            int end = text.charAt(i) == esc ? text.indexOf(esc, i + 1) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            String sequence = text.substring(i + 1, end);
            if (HEX.matcher(sequence).matches() && !sequence.equalsIgnoreCase(HAPI_CR)) {
                out.append(super.unescape(text.substring(plainFrom, i), encoding));
                out.append(decode(sequence.substring(1)));
                plainFrom = end + 1;
            }
            i = end + 1;
        }
        out.append(super.unescape(text.substring(plainFrom), encoding));
        return out.toString();
    }

    private static String decode(String hex) {
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }
}
