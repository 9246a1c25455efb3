package org.kinerja.dashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.kinerja.dashboard.Dashboard;

/**
 * What the home page shows — a year's figures and the years to choose from — with the address of the list behind
 * each number: the work plan's activities filtered by purpose and status, the request register filtered by
 * received dates, status or overdue, the measurement module's drill-down ({@code /figures/{SOURCE}}) for
 * events, people, products and engagements, and its targets-against-actuals page for indicators.
 */
public record DashboardView(Dashboard dashboard, List<Integer> years) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** When the figures were counted, as shown under the heading, or {@code null} when not yet. */
    public String asOf() {
        return dashboard.asOf() == null ? null : STAMP.format(dashboard.asOf().withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The activities of a purpose ({@code null}: all) in a status ({@code null}: any), or {@code null} without a work plan. */
    public String activities(Integer purpose, String status) {
        if (dashboard.workPlanId() == null) {
            return null;
        }
        StringBuilder link = new StringBuilder("/workplans/").append(dashboard.workPlanId());
        char sep = '?';
        if (purpose != null) {
            link.append(sep).append("purpose=").append(purpose);
            sep = '&';
        }
        if (status != null) {
            link.append(sep).append("status=").append(status);
        }
        return link.toString();
    }

    /** The records behind a computed figure of a purpose ({@code null}: all), or {@code null} without a plan. */
    public String figure(String source, Integer purpose) {
        if (dashboard.plan() == null) {
            return null;
        }
        return "/figures/" + source + "?plan=" + encode(dashboard.plan().code()) + "&period=" + dashboard.year()
                + (purpose == null ? "" : "&purpose=" + purpose);
    }

    /** The records behind one line of a figure's breakdown ({@code by} = SEX …, {@code key} = FEMALE …). */
    public String figure(String source, Integer purpose, String by, String key) {
        String base = figure(source, purpose);
        return base == null ? null : base + "&by=" + by + "&key=" + encode(key);
    }

    /** The request register: requests received in the year, optionally in a status or overdue. */
    public String requests(String status, boolean overdue) {
        return "/requests?" + (status == null ? "" : "status=" + status + "&") + (overdue ? "overdue=true&" : "")
                + "from=" + dashboard.year() + "-01-01&to=" + dashboard.year() + "-12-31";
    }

    /** The plan's indicators against their targets of the year (IPTT), grouped by purpose there. */
    public String indicators() {
        if (dashboard.plan() == null) {
            return null;
        }
        return "/plans/" + encode(dashboard.plan().code()) + "/iptt?year=" + dashboard.year();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
