package org.kinerja.report.web;

/** The issue form as posted: every field as text, read by {@link ReportParams}. */
public record IssueForm(String type, String planCode, String year, String half, String audience) {

    static IssueForm blank(String planCode) {
        return new IssueForm("ANNUAL", planCode, String.valueOf(java.time.Year.now().getValue()), "", "INTERNAL");
    }
}
