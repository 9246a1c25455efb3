package org.kinerja.report.web;

import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;
import org.kinerja.report.IssuedReport;
import org.kinerja.report.ReportService;

/** The issued reports as exported by {@code GET /api/v1/reports?format=} and {@code /reports/export.csv|xlsx}. */
final class ReportExport {

    static final ExportTable<IssuedReport> TABLE = ExportTable.<IssuedReport>builder("reporting.issued.heading")
            .number("reporting.export.id", IssuedReport::id)
            .text("reporting.export.type", IssuedReport::type)
            .text("reporting.export.plan", IssuedReport::planCode)
            .number("reporting.export.year", IssuedReport::year)
            .number("reporting.export.half", IssuedReport::half)
            .text("reporting.export.audience", IssuedReport::audience)
            .number("reporting.export.version", IssuedReport::version)
            .text("reporting.export.status", IssuedReport::status)
            .dateTime("reporting.export.issuedAt", IssuedReport::issuedAt)
            .text("reporting.export.issuedBy", IssuedReport::issuedBy)
            .build();

    static final String FILE_NAME = "issued-reports";

    private ReportExport() {
    }

    /** The issued reports a reader may see (PUBLIC ones only when {@code publicOnly}), a page at a time. */
    static RowSource<IssuedReport> rows(ReportService reports, boolean publicOnly) {
        return RowSource.paged(page -> reports.list(publicOnly, page).items());
    }
}
