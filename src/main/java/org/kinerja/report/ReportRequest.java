package org.kinerja.report;

/**
 * Which report to build or issue.
 *
 * @param type     ANNUAL or SEMI_ANNUAL
 * @param planCode the plan, or {@code null} for the plan whose period includes the year
 * @param year     the plan year
 * @param half     1 or 2 for a semi-annual report; must be absent for an annual one
 * @param audience INTERNAL or PUBLIC
 */
public record ReportRequest(ReportType type, String planCode, Integer year, Integer half, ReportAudience audience) {

    public static ReportRequest annual(String planCode, int year, ReportAudience audience) {
        return new ReportRequest(ReportType.ANNUAL, planCode, year, null, audience);
    }
}
