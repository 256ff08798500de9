package org.returneeregistry.consent.console;

/**
 * A chain verification over a long range, in bounded chunks: each chunk is one call of the service (itself reading
 * in short batches), so no request of the console runs for long, and the page shows how far the check has come
 * before the person goes on. A range the size of a chunk or less is checked in one call, as before.
 */
final class VerificationChunks {

    /** Entries per chunk. */
    static final long SIZE = 500_000;

    private VerificationChunks() {}

    /** The last sequence of the chunk starting at {@code start}, for a range ending at {@code to} (null: the head). */
    static long end(long start, Long to) {
        long end = start + SIZE - 1;
        return to != null && to < end ? to : end;
    }

    /**
     * Whether the check ends with the chunk {@code start}..{@code end}: it found a break, it reached the end of the
     * range asked for, or — for a range up to the head — the chunk checked fewer entries than it spans (the head lies
     * inside it).
     */
    static boolean finished(long start, long end, Long to, boolean intact, long checked) {
        if (!intact) {
            return true;
        }
        if (to != null) {
            return end >= to;
        }
        return checked < end - start + 1;
    }
}
