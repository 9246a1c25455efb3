package org.kinerja.delivery.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.delivery.AttendanceImports;
import org.kinerja.delivery.EventService;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.ImportPage;
import org.kinerja.exchange.ImportPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import of an event's attendances, {@code /events/{id}/import}: template files (CSV and XLSX), upload
 * and preview, commit with a progress bar polled from PostgreSQL, or discard — as {@link ImportPages} does it.
 */
@Controller
class EventImportController {

    private final ImportPages pages;
    private final AttendanceImports imports;
    private final EventService events;
    private final ExportResponses exports;

    EventImportController(ImportPages pages, AttendanceImports imports, EventService events, ExportResponses exports) {
        this.pages = pages;
        this.exports = exports;
        this.imports = imports;
        this.events = events;
    }

    private ImportPage page(long id) {
        events.get(id);
        return pages.page(imports.definition(id), "delivery.import.title", "/events/" + id + "/import", "/events/" + id)
                .withTemplate("/events/" + id + "/import/template").withProgress();
    }

    @GetMapping("/events/{id}/import")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String form(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        return pages.form(page(id), request, response, model);
    }

    @GetMapping("/events/{id}/import/template.{format:csv|xlsx}")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    void template(@PathVariable long id, @PathVariable String format, HttpServletResponse response) throws IOException {
        pages.template(imports.definition(id), exports.format(format), "attendances-template", response);
    }

    @PostMapping("/events/{id}/import")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        return pages.upload(imports.definition(id), page(id), file, request, response, model);
    }

    @GetMapping("/events/{id}/import/{token}")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String preview(@PathVariable long id, @PathVariable UUID token, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        return pages.preview(imports.definition(id), page(id), token, request, response, model);
    }

    @GetMapping("/events/{id}/import/{token}/progress")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String progress(@PathVariable long id, @PathVariable UUID token, HttpServletResponse response, Model model) {
        return pages.progress(imports.definition(id), token, response, model);
    }

    @PostMapping("/events/{id}/import/{token}")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String commit(@PathVariable long id, @PathVariable UUID token, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        return pages.commit(imports.definition(id), page(id), token, request, response, model);
    }

    @PostMapping("/events/{id}/import/{token}/discard")
    @PreAuthorize(DeliveryWebConfig.EDITOR_RULE)
    String discard(@PathVariable long id, @PathVariable UUID token, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        return pages.discard(imports.definition(id), page(id), token, request, response, model);
    }
}
