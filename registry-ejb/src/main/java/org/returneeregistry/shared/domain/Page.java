package org.returneeregistry.shared.domain;

import java.util.List;

/** One page of a result; page numbers start at 1. */
public record Page<T>(List<T> items, int page, int pageSize, long totalCount) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;

    public int lastPage() {
        return totalCount == 0 ? 1 : (int) ((totalCount + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < lastPage();
    }
}
