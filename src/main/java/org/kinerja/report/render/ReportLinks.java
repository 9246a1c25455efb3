package org.kinerja.report.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.kinerja.report.ReportData;

/**
 * Where each figure of the report's web page leads: the drill-down list of the records behind it
 * ({@code /figures/{SOURCE}?plan=…&period=…}, optionally one purpose or one line of a breakdown) and the pages
 * of single records. The PDF and the other files are rendered without links.
 */
public final class ReportLinks {

    private final String planCode;
    private final int year;
    private final String query;
    private final LocalDate asOf;

    private ReportLinks(String planCode, int year, String period, LocalDate asOf) {
        this.planCode = planCode;
        this.year = year;
        this.query = "?plan=" + encode(planCode) + "&period=" + encode(period);
        this.asOf = asOf;
    }

    /** The links of a report: its plan and period ({@code 2098} or {@code 2098-H1}). */
    public static ReportLinks of(ReportData report) {
        return new ReportLinks(report.planCode(), report.year(), period(report), asOf(report));
    }

    /**
     * The day a report counts its open requests on: the last day of its period, or the day it was read while the
     * period runs (in UTC, as the report is read).
     */
    static LocalDate asOf(ReportData report) {
        LocalDate read = report.generatedAt() == null ? null : report.generatedAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (report.periodTo() == null) {
            return read;
        }
        return read == null || report.periodTo().isBefore(read) ? report.periodTo() : read;
    }

    /**
     * The links for the report's whole year, whatever its half: what a report counts of the year's work plan
     * (its activities as they stand) is listed for the year.
     */
    public ReportLinks wholeYear() {
        return new ReportLinks(planCode, year, String.valueOf(year), asOf);
    }

    /** The report's period as the figures pages read it: {@code 2098}, or {@code 2098-H1} for a half. */
    public static String period(ReportData report) {
        return report.half() == null ? String.valueOf(report.year()) : report.year() + "-H" + report.half();
    }

    /** The records behind a computed source's figure for the whole plan. */
    public String figure(String source) {
        return "/figures/" + encode(source) + query;
    }

    /** The records behind a computed source's figure for one purpose. */
    public String figure(String source, int purpose) {
        return figure(source) + "&purpose=" + purpose;
    }

    /** The records behind one line ({@code key}) of a figure broken down {@code by} SEX, MEMBER, REQUESTER … */
    public String breakdown(String source, String by, String key) {
        return figure(source) + "&by=" + encode(by) + "&key=" + encode(key);
    }

    /** The records behind one line ({@code key}) of a figure of one purpose broken down {@code by}. */
    public String breakdown(String source, int purpose, String by, String key) {
        return figure(source, purpose) + "&by=" + encode(by) + "&key=" + encode(key);
    }

    /** The requests open on the day the report counts them on, in the request register. */
    public String openRequests() {
        return "/requests?openOn=" + asOf;
    }

    /** The requests open and past their due date on the day the report counts them on, in the request register. */
    public String overdueRequests() {
        return openRequests() + "&dueBefore=" + asOf;
    }

    public String activity(long id) {
        return "/activities/" + id;
    }

    public String event(long id) {
        return "/events/" + id;
    }

    public String product(long id) {
        return "/knowledge/" + id;
    }

    public String partner(long id) {
        return "/directory/partners/" + id;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
