package org.returneeregistry.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest
    @CsvSource({"1, 1, 0", "1, 100, 0", "2, 20, 20", "3, 7, 14", "10000, 100, 999900", "10000, 1, 9999"})
    void theOffsetOfAPageWithinBoundsIsExact(int page, int pageSize, int offset) {
        assertEquals(offset, Page.firstResult(page, pageSize));
    }

    @ParameterizedTest
    @CsvSource({"0, 20", "-1, 20", "10001, 20", "2147483647, 100", "2147483647, 2147483647", "1, 0", "1, 101",
            "-2147483648, 1"})
    void aPageOutOfBoundsIsRefusedRatherThanOverflowing(int page, int pageSize) {
        assertThrows(IllegalArgumentException.class, () -> Page.firstResult(page, pageSize));
    }

    @ParameterizedTest
    @CsvSource({"0, 20, 1", "1, 20, 1", "20, 20, 1", "21, 20, 2", "9999999999, 100, 100000000"})
    void theLastPageCoversEveryRow(long total, int pageSize, int last) {
        assertEquals(last, new Page<>(List.of(), 1, pageSize, total).lastPage());
    }
}
