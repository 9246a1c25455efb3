package org.kinerja.directory.web;


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
}
