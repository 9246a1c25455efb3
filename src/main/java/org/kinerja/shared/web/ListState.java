package org.kinerja.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kinerja.shared.ListPage;

/**
 * Where a list page is: its path, the filters in its address, its order (if it can be sorted) and page.
 * Templates build the links of the pager, the sortable column headings and the export links from it, so the
 * filters stay in the address.
 */
public final class ListState {

    private final String path;
    private final Map<String, String> filters;
    private final String sort;
    private final int page;
    private final long pages;
    private final long total;

    /** A list in its default order. */
    public ListState(String path, Map<String, String> filters, ListPage<?> result) {
        this(path, filters, null, result);
    }

    /** A list ordered by {@code sort} ({@code key}, or {@code -key} for descending; empty for the default). */
    public ListState(String path, Map<String, String> filters, String sort, ListPage<?> result) {
        this.path = path;
        this.filters = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.filters.put(k, v.strip());
            }
        });
        this.sort = sort == null || sort.isBlank() ? null : sort.strip();
        this.page = result.page();
        this.pages = Math.max(1, (result.total() + result.size() - 1) / result.size());
        this.total = result.total();
    }

    /** Filters from name, value, name, value …; blank values are left out of the addresses. */
    public static Map<String, String> params(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /** The value of a filter, or empty text. */
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

    /** This list at another page. */
    public String pageHref(int number) {
        return href(sort, number);
    }

    /** This list ordered by {@code key}: ascending, or descending when it is ordered by it ascending already. */
    public String sortHref(String key) {
        return href(key.equals(sort) ? "-" + key : key, 0);
    }

    /** {@code ascending}, {@code descending} or {@code null}: the value of the heading's aria-sort. */
    public String ariaSort(String key, boolean isDefault) {
        if (key.equals(sort) || (sort == null && isDefault)) {
            return "ascending";
        }
        return ("-" + key).equals(sort) ? "descending" : null;
    }

    /** The filters and order of this list as a query string without {@code ?}, for its export links. */
    public String exportQuery() {
        String href = href(sort, 0);
        int question = href.indexOf('?');
        return question < 0 ? "" : href.substring(question + 1);
    }

    private String href(String order, int number) {
        StringBuilder out = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : filters.entrySet()) {
            out.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        if (order != null) {
            out.append(sep).append("sort=").append(encode(order));
            sep = '&';
        }
        if (number > 0) {
            out.append(sep).append("page=").append(number);
        }
        return out.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
