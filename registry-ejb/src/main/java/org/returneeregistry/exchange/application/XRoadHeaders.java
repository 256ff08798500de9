package org.returneeregistry.exchange.application;

import org.returneeregistry.shared.application.InputValidation;
import org.returneeregistry.shared.domain.PlainText;

/**
 * The X-Road REST headers the REST twin accepts ({@code X-Road-Client}, {@code X-Road-Id}, {@code X-Road-UserId},
 * {@code X-Road-Issue}, {@code X-Road-Represented-Party}): each one line of text, no longer than the message log
 * keeps. A security server sets them; the registry records them, never acts on them.
 */
final class XRoadHeaders {

    static final int IDENTIFIER_LENGTH = 300;
    static final int VALUE_LENGTH = 200;

    private XRoadHeaders() {}

    /** Adds a violation per header that is too long or carries a control character; answers whether all are fine. */
    static boolean check(InputValidation validation, XRoadHeader x) {
        boolean valid = check(validation, "X-Road-Client", x.client(), IDENTIFIER_LENGTH);
        valid &= check(validation, "X-Road-Id", x.id(), VALUE_LENGTH);
        valid &= check(validation, "X-Road-UserId", x.userId(), VALUE_LENGTH);
        valid &= check(validation, "X-Road-Issue", x.issue(), VALUE_LENGTH);
        valid &= check(validation, "X-Road-Represented-Party", x.representedParty(), IDENTIFIER_LENGTH);
        return valid;
    }

    private static boolean check(InputValidation validation, String header, String value, int max) {
        if (value == null) {
            return true;
        }
        boolean tooLong = value.isEmpty() || value.length() > max;
        validation.check(tooLong, header, "Size", "must be 1 to " + max + " characters");
        boolean plain = PlainText.SINGLE_LINE.refusal(value).isEmpty();
        validation.text(header, value, PlainText.SINGLE_LINE);
        return !tooLong && plain;
    }
}
