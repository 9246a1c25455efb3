package org.kinerja.report;

/** Which report: the Annual Performance Report for a plan year, or the semi-annual report for one half. */
public enum ReportType {
    ANNUAL,
    SEMI_ANNUAL
}
