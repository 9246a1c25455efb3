package org.kinerja.audit.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.audit.AuditEntry;
import org.kinerja.audit.AuditService;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit trail page. With {@code HX-Request: true} it answers only the results, which the filter
 * form swaps in; without JavaScript the form is a plain GET and the page works the same.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping(AuditFilter.PATH)
class AuditController {

    private final AuditService audit;
    private final MessageSource messages;
    private final AuditExport export;

    AuditController(AuditService audit, MessageSource messages, AuditExport export) {
        this.audit = audit;
        this.messages = messages;
        this.export = export;
    }

    @GetMapping
    String list(AuditFilter filter,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        ListPage<AuditEntry> entries = null;
        try {
            AuditFilter.Parsed parsed = filter.parse();
            entries = audit.search(parsed.query(), parsed.page());
        } catch (InvalidInputException e) {
            errors = FormErrors.of(e, messages);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("entries", entries);
        model.addAttribute("zone", audit.zone());
        // the same address answers a page or a fragment: caches must keep them apart
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // htmx restoring history after a cache miss wants the whole page
        if ("true".equals(htmx) && !"true".equals(historyRestore)) {
            return "audit/_rows";
        }
        model.addAttribute("entityTypes", entityTypes(filter));
        return "audit/list";
    }

    /** The entries with the page's filters as a file, for the export links next to the results. */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, AuditFilter filter, HttpServletResponse response) throws IOException {
        try {
            export.write(format, filter, response);
        } catch (InvalidInputException e) {
            // the links carry the filters of results on show, which were valid: this address was typed
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /** The recorded types, plus the one asked for if nothing has it yet, so the select keeps showing it. */
    private List<String> entityTypes(AuditFilter filter) {
        List<String> types = new ArrayList<>(audit.entityTypes());
        String wanted = filter.entityType() == null ? "" : filter.entityType().trim();
        if (!wanted.isEmpty() && !types.contains(wanted)) {
            types.add(0, wanted);
        }
        return types;
    }
}
