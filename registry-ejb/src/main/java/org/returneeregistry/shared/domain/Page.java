package org.returneeregistry.shared.domain;

import java.util.List;

/**
 * One page of a result; page numbers start at 1. Queries bound {@code page} by {@link #MAX_PAGE} and
 * {@code pageSize} by {@link #MAX_PAGE_SIZE} (Bean Validation, so an out-of-range value is refused as
 * invalid input), and the offset of a page is computed in long arithmetic, so no value a caller can
 * send overflows.
 */
public record Page<T>(List<T> items, int page, int pageSize, long totalCount) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** The highest page number a query accepts: a million rows at the largest page size. */
    public static final int MAX_PAGE = 10_000;

    /** The page asked for, or the first. */
    public static int numberOrFirst(Integer page) {
        return page == null ? 1 : page;
    }

    /** The page size asked for, or {@value #DEFAULT_PAGE_SIZE}. */
    public static int sizeOrDefault(Integer pageSize) {
        return pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }

    /**
     * The offset of the first row of {@code page} at {@code pageSize}, for a query's first result.
     * Both are within their bounds, so the offset fits an int; a value outside them is a programming
     * error, not an input error.
     */
    public static int firstResult(int page, int pageSize) {
        if (page < 1 || page > MAX_PAGE || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + pageSize + " is out of bounds");
        }
        return Math.toIntExact((page - 1L) * pageSize);
    }

    public int lastPage() {
        return totalCount == 0 ? 1 : (int) ((totalCount + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < lastPage();
    }
}
