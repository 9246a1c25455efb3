package org.kinerja.knowledge.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kinerja.shared.ListPage;

/** Where the product list is: its filters (kept in the address), its page, and the links built from them. */
public final class KnowledgeListState {

    private final Map<String, String> filters = new LinkedHashMap<>();
    private final int page;
    private final long pages;

    KnowledgeListState(Map<String, String> filters, ListPage<?> result) {
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.filters.put(k, v.strip());
            }
        });
        this.page = result.page();
        this.pages = Math.max(1, (result.total() + result.size() - 1) / result.size());
    }

    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }

    public int page() {
        return page;
    }

    public long pages() {
        return pages;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    /** The list at another page, with the same filters. */
    public String pageHref(int number) {
        String query = query();
        String paged = number > 0 ? "page=" + number : "";
        String all = query.isEmpty() ? paged : paged.isEmpty() ? query : query + "&" + paged;
        return "/knowledge" + (all.isEmpty() ? "" : "?" + all);
    }

    /** The filters as a query string without {@code ?}, for the export links. */
    public String query() {
        StringBuilder out = new StringBuilder();
        filters.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }
}
