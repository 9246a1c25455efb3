package org.kinerja.report;

/** Who a report is for. A PUBLIC report shows small disaggregated counts as "<5" (threshold is a setting). */
public enum ReportAudience {
    INTERNAL,
    PUBLIC
}
