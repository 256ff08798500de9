package org.returneeregistry.shared.domain;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text from outside put into the server log safely. Whoever controls a text that is logged (a partner's
 * HL7 acknowledgement, a parse error quoting what was received) must not be able to forge log records
 * with line breaks or rewrite a terminal with escape sequences, so control characters and lone
 * surrogates are written as {@code \\uXXXX} and the text is cut to a bound. A database's own message
 * may quote the values a statement carried (PostgreSQL's and H2's unique-key violations name the
 * duplicate passport number), so an exception is logged as a copy whose database messages are withheld,
 * keeping the class names, SQL states and stack traces that say what went wrong.
 */
public final class LogText {

    public static final int MAX_LENGTH = 500;
    static final String WITHHELD = "[database message withheld]";

    private LogText() {
    }

    /** The text with every control character and lone surrogate escaped, at most {@link #MAX_LENGTH} characters. */
    public static String neutral(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.getType(c) == Character.CONTROL) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() < MAX_LENGTH || text.length() <= MAX_LENGTH ? out.toString() : out + "...";
    }

    /**
     * A copy of the exception for the log: each throwable of the chain becomes a {@link LoggedThrowable}
     * naming the original class, with its message neutralised, any database message in it withheld (a
     * {@link SQLException}'s own message, and that text wherever an outer exception repeats it), and
     * the original stack trace.
     */
    public static Throwable loggable(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            chain.add(t);
        }
        List<String> databaseMessages = new ArrayList<>();
        for (Throwable t : chain) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getMessage() != null && !s.getMessage().isBlank()) {
                        databaseMessages.add(s.getMessage());
                    }
                }
            }
        }
        Throwable copy = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable t = chain.get(i);
            String message = t.getMessage();
            if (t instanceof SQLException sql) {
                message = "SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode() + ": " + WITHHELD;
            } else if (message != null) {
                for (String database : databaseMessages) {
                    message = message.replace(database, WITHHELD);
                }
                if (!databaseMessages.isEmpty() && message.contains("Detail:")) {
                    message = message.substring(0, message.indexOf("Detail:")) + WITHHELD;
                }
            }
            LoggedThrowable logged = new LoggedThrowable(t.getClass().getName() + (message == null ? "" : ": " + neutral(message)),
                    copy);
            logged.setStackTrace(t.getStackTrace());
            copy = logged;
        }
        return copy;
    }

    /** An exception as logged: the original's class name and neutral message in one. */
    public static final class LoggedThrowable extends Throwable {

        private static final long serialVersionUID = 1L;

        LoggedThrowable(String description, Throwable cause) {
            super(description, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
