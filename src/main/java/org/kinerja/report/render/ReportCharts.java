package org.kinerja.report.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.kinerja.report.ReportData;
import org.kinerja.report.ReportData.ActivityCounts;
import org.kinerja.report.ReportData.BudgetLine;
import org.kinerja.report.ReportData.CountLine;
import org.kinerja.report.ReportData.ReportPurpose;

/**
 * The report's charts as hand-written SVG, the one source the web page shows inline, the PDF draws as vectors
 * and the DOCX embeds rasterised: delivery against the work plan by purpose, people trained by sex, budget
 * against expenditure by purpose. Horizontal bars, one group per line of the figure; every text is escaped and
 * each chart carries a title and a description that say in words what the bars show. A suppressed count of a
 * PUBLIC report is drawn as no bar and labelled "&lt;5".
 */
public final class ReportCharts {

    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 210;
    private static final int VALUE_WIDTH = 90;
    private static final int BAR_HEIGHT = 14;
    private static final int BAR_GAP = 3;
    private static final int GROUP_LABEL = 18;
    private static final int GROUP_GAP = 10;
    private static final int LEGEND = 26;
    private static final int LABEL_CHARACTERS = 33;
    private static final String[] COLOURS = {"#0b5394", "#38761d", "#e69138", "#8e7cc3", "#990000"};

    /** One bar: its length ({@code null} for none, e.g. a suppressed count) and the figure printed beside it. */
    record Bar(Double value, String label) {
    }

    /** A group of bars, one per series, under a label. */
    record Group(String label, List<Bar> bars) {
    }

    private final ReportText text;
    private final ReportFormat format;

    public ReportCharts(ReportText text, ReportFormat format) {
        this.text = text;
        this.format = format;
    }

    /** Planned, completed, in progress, postponed and cancelled activities of each purpose. */
    public String delivery(ReportData report) {
        List<String> series = List.of(text.t("report.activities.planned"), text.t("report.activities.completed"),
                text.t("report.activities.inProgress"), text.t("report.activities.postponed"),
                text.t("report.activities.cancelled"));
        List<Group> groups = new ArrayList<>();
        for (ReportPurpose p : report.purposes()) {
            ActivityCounts a = p.activities();
            groups.add(new Group(text.t("report.purpose.label", String.valueOf(p.number()), p.title()),
                    List.of(count(a.planned()), count(a.completed()), count(a.inProgress()), count(a.postponed()),
                            count(a.cancelled()))));
        }
        return svg("chart-delivery", text.t("report.chart.delivery"), series, groups);
    }

    /** People trained by sex; a suppressed count has no bar. */
    public String trainedBySex(ReportData report) {
        List<Group> groups = new ArrayList<>();
        for (CountLine line : report.training().bySex()) {
            groups.add(new Group(line.label(), List.of(new Bar(line.count() == null ? null : line.count().doubleValue(),
                    format.count(line.count())))));
        }
        return svg("chart-sex", text.t("report.chart.sex"), List.of(text.t("report.peopleTrained")), groups);
    }

    /** Budget against expenditure of each purpose in the reporting currency. */
    public String budget(ReportData report) {
        String currency = report.budget().currency();
        List<String> series = List.of(text.t("report.budget.planned", currency), text.t("report.budget.spent", currency));
        List<Group> groups = new ArrayList<>();
        for (BudgetLine line : report.budgetByPurpose()) {
            if (Objects.equals(line.currency(), currency)) {
                groups.add(new Group(text.t("report.purpose.label", String.valueOf(line.purposeNumber()), line.purposeTitle()),
                        List.of(money(line.planned()), money(line.spent()))));
            }
        }
        return svg("chart-budget", text.t("report.chart.budget", currency), series, groups);
    }

    private static Bar count(long n) {
        return new Bar((double) n, null);
    }

    private Bar money(BigDecimal amount) {
        return new Bar(amount == null ? null : amount.doubleValue(), format.money(amount));
    }

    private String svg(String id, String title, List<String> series, List<Group> groups) {
        double max = groups.stream().flatMap(g -> g.bars().stream()).map(Bar::value).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double scale = max <= 0 ? 0 : (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
        int groupHeight = GROUP_LABEL + series.size() * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
        int height = LEGEND + Math.max(1, groups.size()) * groupHeight;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" ")
                .append("font-family=\"'DejaVu Sans', sans-serif\" font-size=\"11\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(series, groups))).append("</desc>");
        double x = 0;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[s % COLOURS.length]).append("\"/>");
            svg.append("<text x=\"").append(n(x + 14)).append("\" y=\"13\" fill=\"#1f2933\">")
                    .append(escape(series.get(s))).append("</text>");
            x += 22 + series.get(s).length() * 6.6;
        }
        int y = LEGEND;
        if (groups.isEmpty()) {
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" fill=\"#52606d\">")
                    .append(escape(text.t("report.chart.empty"))).append("</text>");
        }
        for (Group group : groups) {
            svg.append("<text x=\"0\" y=\"").append(y + 13).append("\" font-weight=\"bold\" fill=\"#1f2933\">")
                    .append(escape(shorten(group.label()))).append("</text>");
            int barY = y + GROUP_LABEL;
            for (int s = 0; s < group.bars().size(); s++) {
                Bar bar = group.bars().get(s);
                String label = bar.label() != null ? bar.label() : format.number(Math.round(bar.value()));
                svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(barY + 11)
                        .append("\" text-anchor=\"end\" fill=\"#52606d\">").append(escape(series.get(s))).append("</text>");
                double width = bar.value() == null ? 0 : bar.value() * scale;
                if (width > 0) {
                    svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(barY).append("\" width=\"")
                            .append(n(Math.max(1, width))).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                            .append(COLOURS[s % COLOURS.length]).append("\"/>");
                }
                svg.append("<text x=\"").append(n(LABEL_WIDTH + width + 4)).append("\" y=\"").append(barY + 11)
                        .append("\" fill=\"#1f2933\">").append(escape(label)).append("</text>");
                barY += BAR_HEIGHT + BAR_GAP;
            }
            y += groupHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** The chart in words: each group with each series' figure. */
    private String description(List<String> series, List<Group> groups) {
        List<String> parts = new ArrayList<>();
        for (Group group : groups) {
            List<String> values = new ArrayList<>();
            for (int s = 0; s < group.bars().size(); s++) {
                Bar bar = group.bars().get(s);
                values.add(series.get(s) + " " + (bar.label() != null ? bar.label() : format.number(Math.round(bar.value()))));
            }
            parts.add(group.label() + ": " + String.join(", ", values));
        }
        return parts.isEmpty() ? text.t("report.chart.empty") : String.join("; ", parts) + ".";
    }

    private static String shorten(String label) {
        return label.length() > LABEL_CHARACTERS ? label.substring(0, LABEL_CHARACTERS - 1).stripTrailing() + "…" : label;
    }

    /** Text as XML character data or attribute value; control characters XML forbids are dropped. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
