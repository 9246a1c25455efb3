package org.kinerja.audit.web;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.audit.AuditService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The change history of one record, as an HTML fragment that record's page loads by htmx
 * ({@code GET /audit/history?type=Activity&id=42}), or as a page of its own for the link shown without
 * JavaScript: who changed what, when, newest first. Readable by every
 * role that reads work plans, indicators and the directory's records; the full trail stays with administrators.
 */
@Controller
class AuditHistoryController {

    static final String PATH = "/audit/history";
    static final String[] READERS = {"ADMIN", "CO_MANAGER", "PROGRAMME_OFFICER", "MEL_OFFICER", "VIEWER"};
    private static final int TEXT_MAX = 100;

    private final AuditService audit;

    AuditHistoryController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAnyRole('ADMIN','CO_MANAGER','PROGRAMME_OFFICER','MEL_OFFICER','VIEWER')")
    String history(@RequestParam(required = false) String type, @RequestParam(required = false) String id,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   HttpServletResponse response) {
        String t = type == null ? "" : type.strip();
        String i = id == null ? "" : id.strip();
        if (!readable(t) || !readable(i)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("entries", audit.historyOf(t, i));
        model.addAttribute("zone", audit.zone());
        model.addAttribute("type", t);
        model.addAttribute("id", i);
        // the same address answers the fragment a page loads, or (without JavaScript) a page of its own
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return "true".equals(htmx) ? "audit/_history" : "audit/history";
    }

    private static boolean readable(String value) {
        return !value.isEmpty() && value.length() <= TEXT_MAX && value.indexOf('\u0000') < 0;
    }
}
