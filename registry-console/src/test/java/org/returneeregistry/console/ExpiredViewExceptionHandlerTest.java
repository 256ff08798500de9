package org.returneeregistry.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

class ExpiredViewExceptionHandlerTest {

    @Test
    void aProtectedOrExpiredViewIsFoundUnderTheExceptionsFacesWrapsItIn() {
        ProtectedViewException forged = new ProtectedViewException("no token");
        assertEquals(
                forged,
                ExpiredViewExceptionHandler.expiredCause(new FacesException(new FacesException(forged)))
                        .orElseThrow());
        ViewExpiredException expired = new ViewExpiredException("gone", "/mission/notify.xhtml");
        assertEquals(
                expired,
                ExpiredViewExceptionHandler.expiredCause(new FacesException(expired))
                        .orElseThrow());
    }

    @Test
    void anyOtherFailureIsLeftToTheErrorPages() {
        assertTrue(ExpiredViewExceptionHandler.expiredCause(new FacesException(new ELException("bad")))
                .isEmpty());
        assertTrue(ExpiredViewExceptionHandler.expiredCause(null).isEmpty());
    }
}
