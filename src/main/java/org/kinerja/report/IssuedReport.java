package org.kinerja.report;

import java.time.OffsetDateTime;

/**
 * An issued report as lists show it: which report, its version, and how far its generation is.
 *
 * @param id         its id
 * @param type       ANNUAL or SEMI_ANNUAL
 * @param planCode   the plan
 * @param year       the plan year
 * @param half       1 or 2 for a semi-annual report, else {@code null}
 * @param audience   INTERNAL or PUBLIC
 * @param version    1 for the first issue of this report (type, plan, year, half, audience), then + 1
 * @param status     QUEUED, RUNNING, DONE or FAILED
 * @param progress   0–100
 * @param issuedAt   when the Co-Manager issued it
 * @param issuedBy   the name of who issued it
 * @param finishedAt when its generation finished (done or failed), else {@code null}
 */
public record IssuedReport(long id, ReportType type, String planCode, int year, Integer half, ReportAudience audience,
                           int version, IssueStatus status, int progress, OffsetDateTime issuedAt, String issuedBy,
                           OffsetDateTime finishedAt) {
}
