package org.kinerja.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/** The page-or-fragment choice of list pages, and the filters that go into their addresses. */
final class Htmx {

    private Htmx() {
    }

    /**
     * The fragment for an htmx request, the whole page otherwise — also when htmx restores its history after
     * a cache miss. The same address answers both, so caches must keep them apart.
     */
    static String view(String htmx, String historyRestore, HttpServletResponse response, String fragment,
                       String page) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return "true".equals(htmx) && !"true".equals(historyRestore) ? fragment : page;
    }

    /** Name, value, name, value …; blank values are left out of addresses later. */
    static Map<String, String> params(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }
}
