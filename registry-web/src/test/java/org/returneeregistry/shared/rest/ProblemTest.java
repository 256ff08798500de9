package org.returneeregistry.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.returneeregistry.shared.domain.ErrorCode;

class ProblemTest {

    @Test
    void everyCodeHasAnHttpStatusOfItsFamily() {
        for (ErrorCode code : EnumSet.allOf(ErrorCode.class)) {
            int status = Problem.status(code);
            switch (code.kind()) {
                case INVALID -> assertEquals(400, status, code.name());
                case TOO_LARGE -> assertEquals(413, status, code.name());
                case NOT_FOUND -> assertEquals(404, status, code.name());
                case CONFLICT -> assertTrue(status == 409 || status == 422, code.name());
                case INTERNAL -> assertEquals(500, status, code.name());
            }
        }
    }

    @Test
    void reusedNotificationIdIsAConflictAndAmbiguousIdentityUnprocessable() {
        assertEquals(409, Problem.status(ErrorCode.DUPLICATE_NOTIFICATION_CONFLICT));
        assertEquals(422, Problem.status(ErrorCode.AMBIGUOUS_IDENTITY));
    }
}
