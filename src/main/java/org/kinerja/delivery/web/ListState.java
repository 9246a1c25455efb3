package org.kinerja.delivery.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kinerja.shared.ListPage;

/** Where a list page is: its path, the filters in its address and its page, for the pager and export links. */
public final class ListState {

    private final String path;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private final int page;
    private final long pages;
    private final long total;

    ListState(String path, Map<String, String> filters, ListPage<?> result) {
        this.path = path;
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.filters.put(k, v.strip());
            }
        });
        this.page = result.page();
        this.total = result.total();
        this.pages = Math.max(1, (result.total() + result.size() - 1) / result.size());
    }

    static Map<String, String> params(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }

    public String path() {
        return path;
    }

    public int page() {
        return page;
    }

    public long pages() {
        return pages;
    }

    public long total() {
        return total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    public String pageHref(int number) {
        return href(path, number);
    }

    /** The filters as a query string without {@code ?}, for export links. */
    public String exportQuery() {
        String href = href("", 0);
        return href.isEmpty() ? "" : href.substring(1);
    }

    private String href(String base, int number) {
        StringBuilder out = new StringBuilder(base);
        char sep = '?';
        for (Map.Entry<String, String> e : filters.entrySet()) {
            out.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        if (number > 0) {
            out.append(sep).append("page=").append(number);
        }
        return out.toString();
    }
}
