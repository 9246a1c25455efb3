package org.kinerja.outreach.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;
import org.kinerja.exchange.RowSource;
import org.kinerja.outreach.Engagement;
import org.kinerja.outreach.EngagementFilter;
import org.kinerja.outreach.EngagementInput;
import org.kinerja.outreach.EngagementService;
import org.kinerja.outreach.EngagementType;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Engagements over {@code /api/v1/engagements}: every reader lists them (filters {@code forum}, {@code type},
 * {@code year}, {@code activity}, {@code from}, {@code to}) and exports them ({@code ?format=csv|xlsx});
 * officers, Co-Managers and administrators record, change and delete them.
 */
@RestController
@RequestMapping("/api/v1/engagements")
class EngagementApiController {

    private final EngagementService engagements;
    private final ExportResponses exports;

    EngagementApiController(EngagementService engagements, ExportResponses exports) {
        this.engagements = engagements;
        this.exports = exports;
    }

    @GetMapping
    ListPage<Engagement> list(@RequestParam(required = false) Long forum,
                              @RequestParam(required = false) EngagementType type,
                              @RequestParam(required = false) Integer year, @RequestParam(required = false) Long activity,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return engagements.list(new EngagementFilter(forum, type, year, activity, from, to), PageQuery.of(page, size));
    }

    /** The whole filtered list as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, @RequestParam(required = false) Long forum,
                @RequestParam(required = false) EngagementType type, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long activity,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        EngagementFilter filter = new EngagementFilter(forum, type, year, activity, from, to);
        exports.write(format, OutreachExports.ENGAGEMENTS, RowSource.paged(page -> engagements.list(filter, page).items()), "engagements",
                response);
    }

    @GetMapping("/{id}")
    Engagement get(@PathVariable long id) {
        return engagements.get(id);
    }

    @PostMapping
    @PreAuthorize(OutreachWebConfig.WRITER_RULE)
    ResponseEntity<Engagement> create(@RequestBody EngagementInput input) {
        Engagement e = engagements.create(input);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(e.id()).toUri();
        return ResponseEntity.created(location).body(e);
    }

    @PutMapping("/{id}")
    @PreAuthorize(OutreachWebConfig.WRITER_RULE)
    Engagement update(@PathVariable long id, @RequestBody EngagementInput input) {
        return engagements.update(id, input);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(OutreachWebConfig.WRITER_RULE)
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        engagements.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
