package org.kinerja.report.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.exchange.ExportResponses;

import java.time.OffsetDateTime;

import org.kinerja.identity.KinerjaUser;
import org.kinerja.report.IssueStatus;
import org.kinerja.report.IssuedReport;
import org.kinerja.report.Narrative;
import org.kinerja.report.ReportAudience;
import org.kinerja.report.ReportData;
import org.kinerja.report.ReportFormat;
import org.kinerja.report.ReportRequest;
import org.kinerja.report.ReportService;
import org.kinerja.report.ReportType;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Annual Performance Report over {@code /api/v1/reports}: the live report of a year (JSON, PDF, DOCX,
 * XLSX), issuing (Co-Managers and administrators; 202 and generation in the background), issued reports with
 * their frozen snapshot and stored files, and the narratives.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

    private final ReportService reports;
    private final ExportResponses exports;

    ReportApiController(ReportService reports, ExportResponses exports) {
        this.reports = reports;
        this.exports = exports;
    }

    record IssueRequest(ReportType type, String planCode, Integer year, Integer half, ReportAudience audience) {
    }

    record Issued(long id, IssueStatus status) {
    }

    /** An issued report: what lists show, and its snapshot (the report's data as issued; null until stored). */
    record IssuedView(long id, ReportType type, String planCode, int year, Integer half, ReportAudience audience,
                      int version, IssueStatus status, int progress, OffsetDateTime issuedAt, String issuedBy,
                      OffsetDateTime finishedAt, ReportData snapshot) {
    }

    record NarrativeRequest(String text, Integer version) {
    }

    @PostMapping
    @PreAuthorize(ReportWebConfig.ISSUER_RULE)
    ResponseEntity<Issued> issue(@RequestBody(required = false) IssueRequest body,
                                 @AuthenticationPrincipal KinerjaUser user) {
        if (body == null) {
            throw InvalidInputException.of("type", "validation.required");
        }
        IssuedReport report = reports.issue(new ReportRequest(body.type(), body.planCode(), body.year(), body.half(),
                body.audience()), user);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/reports/" + report.id())
                .body(new Issued(report.id(), report.status()));
    }

    /** Issued reports, newest first; member focal points see the PUBLIC ones only. */
    @GetMapping
    ListPage<IssuedReport> list(@RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size, Authentication auth) {
        return reports.list(!ReportWebConfig.readsInternal(auth), PageQuery.of(page, size));
    }

    /** The issued reports the reader may see, as a file: {@code ?format=csv} or {@code ?format=xlsx}. */
    @GetMapping(params = "format")
    void export(@RequestParam String format, Authentication auth, HttpServletResponse response) throws IOException {
        exports.write(format, ReportExport.TABLE, ReportExport.rows(reports, !ReportWebConfig.readsInternal(auth)),
                ReportExport.FILE_NAME, response);
    }

    @GetMapping("/{id:\\d+}")
    IssuedView get(@PathVariable long id, Authentication auth) {
        IssuedReport r = readable(id, auth);
        return new IssuedView(r.id(), r.type(), r.planCode(), r.year(), r.half(), r.audience(), r.version(), r.status(),
                r.progress(), r.issuedAt(), r.issuedBy(), r.finishedAt(), reports.snapshot(id).orElse(null));
    }

    /** A stored file of an issued report: 409 while it is generating or when it failed. */
    @GetMapping("/{id:\\d+}.{format:pdf|docx|xlsx}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String format, Authentication auth) {
        IssuedReport r = readable(id, auth);
        ReportFormat f = ReportFormat.ofExtension(format).orElseThrow();
        return ReportFiles.download(reports.file(id, f), f, ReportFiles.name(r));
    }

    @GetMapping("/annual/{year:[^.]+}")
    ReportData annual(@PathVariable String year, @RequestParam(required = false) String plan,
                      @RequestParam(required = false) String audience) {
        return reports.build(ReportType.ANNUAL, plan, ReportParams.year(year), null, ReportParams.audience(audience));
    }

    @GetMapping("/annual/{year}.{format:pdf|docx|xlsx}")
    ResponseEntity<byte[]> annualFile(@PathVariable String year, @PathVariable String format,
                                      @RequestParam(required = false) String plan,
                                      @RequestParam(required = false) String audience) {
        return live(new ReportRequest(ReportType.ANNUAL, plan, ReportParams.year(year), null,
                ReportParams.audience(audience)), format);
    }

    @GetMapping("/semi-annual/{year}/{half:[^.]+}")
    ReportData semiAnnual(@PathVariable String year, @PathVariable String half,
                          @RequestParam(required = false) String plan,
                          @RequestParam(required = false) String audience) {
        return reports.build(ReportType.SEMI_ANNUAL, plan, ReportParams.year(year), ReportParams.half(half),
                ReportParams.audience(audience));
    }

    @GetMapping("/semi-annual/{year}/{half}.{format:pdf|docx|xlsx}")
    ResponseEntity<byte[]> semiAnnualFile(@PathVariable String year, @PathVariable String half,
                                          @PathVariable String format, @RequestParam(required = false) String plan,
                                          @RequestParam(required = false) String audience) {
        return live(new ReportRequest(ReportType.SEMI_ANNUAL, plan, ReportParams.year(year), ReportParams.half(half),
                ReportParams.audience(audience)), format);
    }

    /** A narrative of the annual report: {@code number} 0 is the foreword, else a purpose's highlights. */
    @GetMapping("/annual/{year}/narratives/{number}")
    Narrative narrative(@PathVariable String year, @PathVariable String number,
                        @RequestParam(required = false) String plan) {
        return reports.narrative(plan, ReportParams.year(year), null, ReportParams.number(number));
    }

    @PutMapping("/annual/{year}/narratives/{number}")
    @PreAuthorize(ReportWebConfig.NARRATOR_RULE)
    Narrative saveNarrative(@PathVariable String year, @PathVariable String number,
                            @RequestParam(required = false) String plan,
                            @RequestBody(required = false) NarrativeRequest body,
                            @AuthenticationPrincipal KinerjaUser user) {
        NarrativeRequest b = body == null ? new NarrativeRequest(null, null) : body;
        return reports.saveNarrative(plan, ReportParams.year(year), null, ReportParams.number(number), b.text(),
                b.version(), user);
    }

    @GetMapping("/semi-annual/{year}/{half}/narratives/{number}")
    Narrative semiAnnualNarrative(@PathVariable String year, @PathVariable String half, @PathVariable String number,
                                  @RequestParam(required = false) String plan) {
        return reports.narrative(plan, ReportParams.year(year), ReportParams.half(half), ReportParams.number(number));
    }

    @PutMapping("/semi-annual/{year}/{half}/narratives/{number}")
    @PreAuthorize(ReportWebConfig.NARRATOR_RULE)
    Narrative saveSemiAnnualNarrative(@PathVariable String year, @PathVariable String half,
                                      @PathVariable String number, @RequestParam(required = false) String plan,
                                      @RequestBody(required = false) NarrativeRequest body,
                                      @AuthenticationPrincipal KinerjaUser user) {
        NarrativeRequest b = body == null ? new NarrativeRequest(null, null) : body;
        return reports.saveNarrative(plan, ReportParams.year(year), ReportParams.half(half),
                ReportParams.number(number), b.text(), b.version(), user);
    }

    private ResponseEntity<byte[]> live(ReportRequest request, String format) {
        ReportFormat f = ReportFormat.ofExtension(format).orElseThrow();
        byte[] content = reports.liveFile(request, f);
        return ReportFiles.download(content, f, ReportFiles.name(request.type(),
                reports.plan(request.planCode(), request.year()).code(), request.year(), request.half()));
    }

    /** The issued report, if the caller may read it: member focal points read PUBLIC ones only (else 403). */
    private IssuedReport readable(long id, Authentication auth) {
        IssuedReport r = reports.get(id);
        if (r.audience() != ReportAudience.PUBLIC && !ReportWebConfig.readsInternal(auth)) {
            throw new AccessDeniedException("internal report");
        }
        return r;
    }
}
