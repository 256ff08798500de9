package org.returneeregistry.shared.domain;

import java.util.List;

/** One page of a result; page numbers start at 1. */
public record Page<T>(List<T> items, int page, int pageSize, long totalCount) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    /** The page asked for, or the first. */
    public static int numberOrFirst(Integer page) {
        return page == null ? 1 : page;
    }

    /** The page size asked for, or {@value #DEFAULT_PAGE_SIZE}. */
    public static int sizeOrDefault(Integer pageSize) {
        return pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }

    public int lastPage() {
        return totalCount == 0 ? 1 : (int) ((totalCount + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < lastPage();
    }
}
