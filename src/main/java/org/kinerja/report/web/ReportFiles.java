package org.kinerja.report.web;

import org.kinerja.report.IssuedReport;
import org.kinerja.report.ReportFormat;
import org.kinerja.report.ReportType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Report files as downloads, named after the report: {@code annual-report-SP-2021-22-2021-v2.pdf}. */
final class ReportFiles {

    private ReportFiles() {
    }

    static ResponseEntity<byte[]> download(byte[] content, ReportFormat format, String baseName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(baseName + "." + format.extension()).build().toString())
                .body(content);
    }

    static String name(ReportType type, String planCode, int year, Integer half) {
        return base(type, planCode, year, half);
    }

    static String name(IssuedReport r) {
        return base(r.type(), r.planCode(), r.year(), r.half()) + "-" + r.audience().name().toLowerCase() + "-v" + r.version();
    }

    private static String base(ReportType type, String planCode, int year, Integer half) {
        String name = (type == ReportType.ANNUAL ? "annual-report-" : "semi-annual-report-") + planCode + "-" + year;
        return half == null ? name : name + "-H" + half;
    }
}
