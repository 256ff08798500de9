package org.returneeregistry.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void plainTextIsKept() {
        assertEquals("MSA|AE|Facility not enrolled", LogText.neutral("MSA|AE|Facility not enrolled"));
        assertEquals("Ram Thāpā राम", LogText.neutral("Ram Thāpā राम"));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreEscaped() {
        assertEquals("ok\\u000A[2026-12-05] SEVERE forged\\u001B[2J\\u001C\\u000B\\u0085\\uD800 end",
                LogText.neutral("ok\n[2026-12-05] SEVERE forged\u001b[2J\u001c\u000b\u0085\uD800 end"));
        assertEquals("pair \uD83D\uDE91 kept", LogText.neutral("pair \uD83D\uDE91 kept"));
        assertNull(LogText.neutral(null));
    }

    @Test
    void longTextIsCut() {
        String cut = LogText.neutral("x".repeat(10_000));

        assertEquals(LogText.MAX_LENGTH + 3, cut.length());
        assertTrue(cut.endsWith("..."));
        assertEquals("x".repeat(LogText.MAX_LENGTH), LogText.neutral("x".repeat(LogText.MAX_LENGTH)));
    }

    @Test
    void aUniqueViolationIsLoggedWithoutTheValuesItQuotes() {
        String database = "ERROR: duplicate key value violates unique constraint \"uq_identity\"\n"
                + "  Detail: Key (type, number, issuing_country)=(PASSPORT, PA9876543, NPL) already exists.";
        SQLIntegrityConstraintViolationException sql = new SQLIntegrityConstraintViolationException(database, "23505", 0);
        RuntimeException eclipseLink = new RuntimeException("Exception [EclipseLink-4002]: Internal Exception: "
                + "org.postgresql.util.PSQLException: " + database + "\nError Code: 0", sql);
        RuntimeException ejb = new IllegalStateException("Transaction aborted", eclipseLink);

        String logged = stackTrace(LogText.loggable(ejb));

        assertFalse(logged.contains("PA9876543"), logged);
        assertTrue(logged.contains("java.lang.IllegalStateException: Transaction aborted"), logged);
        assertTrue(logged.contains("EclipseLink-4002"), logged);
        assertTrue(logged.contains("SQL state 23505"), logged);
        assertTrue(logged.contains(SQLIntegrityConstraintViolationException.class.getName()), logged);
        assertTrue(logged.contains("at org.returneeregistry.shared.domain.LogTextTest"), "the stack trace is kept: " + logged);
    }

    @Test
    void aDetailLineIsWithheldEvenWhenTheDriverRewordedIt() {
        SQLIntegrityConstraintViolationException sql = new SQLIntegrityConstraintViolationException("duplicate", "23505", 0);
        RuntimeException outer = new RuntimeException("duplicate key; Detail: Key (number)=(PA1111111) already exists", sql);

        String logged = stackTrace(LogText.loggable(outer));

        assertFalse(logged.contains("PA1111111"), logged);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
