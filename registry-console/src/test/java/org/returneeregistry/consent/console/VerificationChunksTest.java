package org.returneeregistry.consent.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerificationChunksTest {

    private static final long SIZE = VerificationChunks.SIZE;

    @Test
    void aChunkEndsAtItsSizeOrAtTheRangesEnd() {
        assertEquals(SIZE, VerificationChunks.end(1, null));
        assertEquals(SIZE, VerificationChunks.end(1, 3 * SIZE));
        assertEquals(40, VerificationChunks.end(1, 40L));
        assertEquals(2 * SIZE, VerificationChunks.end(SIZE + 1, null));
    }

    @Test
    void theCheckEndsAtABreakAtTheRangesEndOrAtTheHead() {
        // a break ends it wherever it is
        assertTrue(VerificationChunks.finished(1, SIZE, null, false, 10));
        // a range asked for: ends with the chunk that reaches its end
        assertFalse(VerificationChunks.finished(1, SIZE, 3 * SIZE, true, SIZE));
        assertTrue(VerificationChunks.finished(2 * SIZE + 1, 3 * SIZE, 3 * SIZE, true, SIZE));
        assertTrue(VerificationChunks.finished(1, 40, 40L, true, 40));
        // up to the head: a full chunk goes on, a chunk the head lies in ends it
        assertFalse(VerificationChunks.finished(1, SIZE, null, true, SIZE));
        assertTrue(VerificationChunks.finished(1, SIZE, null, true, 1234));
        assertTrue(VerificationChunks.finished(SIZE + 1, 2 * SIZE, null, true, 0));
    }
}
