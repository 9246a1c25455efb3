package org.kinerja.report;

import org.kinerja.plan.Plan;

/**
 * A live report as its page shows it: which report it is (known at once) and its data once built.
 *
 * @param type     ANNUAL or SEMI_ANNUAL
 * @param plan     the report's plan
 * @param year     the plan year
 * @param half     1 or 2 for a semi-annual report, else {@code null}
 * @param audience INTERNAL or PUBLIC
 * @param state    READY with its data, BUILDING while it is read in the background, FAILED when that failed
 * @param data     the report's data when READY, else {@code null}
 */
public record LiveReport(ReportType type, Plan plan, int year, Integer half, ReportAudience audience, State state,
                         ReportData data) {

    public enum State { READY, BUILDING, FAILED }
}
