package org.returneeregistry.shared.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.returneeregistry.shared.domain.Page;

/** Adds RFC 8288 Link headers (first, prev, next, last) and X-Total-Count to a page of results. */
public final class PageLinks {

    private PageLinks() {}

    /** The page's items, each mapped to its transfer type. */
    public static <T, R> Response.ResponseBuilder ok(
            Page<T> page, Function<? super T, ? extends R> toWire, UriInfo uri) {
        Response.ResponseBuilder builder =
                Response.ok(Wire.list(page.items(), toWire)).header("X-Total-Count", page.totalCount());
        builder.links(link(uri, 1, page.pageSize(), "first"), link(uri, page.lastPage(), page.pageSize(), "last"));
        if (page.page() > 1) {
            builder.links(link(uri, page.page() - 1, page.pageSize(), "prev"));
        }
        if (page.hasNext()) {
            builder.links(link(uri, page.page() + 1, page.pageSize(), "next"));
        }
        return builder;
    }

    private static Link link(UriInfo uri, int page, int pageSize, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("pageSize", pageSize))
                .rel(rel)
                .build();
    }
}
