package org.returneeregistry.console;

import java.io.Serializable;
import java.util.List;
import org.returneeregistry.shared.domain.Page;

/**
 * A search's answer as a console page pages through it: the page asked for next, and the page the service answered
 * (none before the first search, nor after a refused one). The page's view refers to it as {@code results}.
 */
public final class Paged<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private int page = 1;
    private Page<T> found;

    /** Asks for the first page (a new search). */
    public void first() {
        page = 1;
    }

    public void forward() {
        page++;
    }

    public void back() {
        page = Math.max(1, page - 1);
    }

    public void answered(Page<T> answer) {
        found = answer;
    }

    public void refused() {
        found = null;
    }

    public List<T> getEntries() {
        return found == null ? List.of() : found.items();
    }

    public boolean isSearched() {
        return found != null;
    }

    public long getTotal() {
        return found == null ? 0 : found.totalCount();
    }

    public int getLastPage() {
        return found == null ? 1 : Math.max(1, found.lastPage());
    }

    public boolean isHasNext() {
        return found != null && found.hasNext();
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public int getPage() {
        return page;
    }
}
