package org.kinerja.workplan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The geometry of a work plan's timeline, drawn as SVG on the server: the twelve months of the work plan's
 * year across, one row per scheduled activity under its purpose, a bar for the planned months, a bar for
 * the actual dates (to today while the activity runs), a diamond per milestone in the middle of its month and
 * a line for today when it falls in the year. Parts outside the year are cut off at its edges. Coordinates
 * are in SVG user units.
 */
public final class TimelineChart {

    public static final int LABEL_WIDTH = 300;
    public static final int MONTH_WIDTH = 56;
    public static final int HEADER_HEIGHT = 28;
    public static final int GROUP_HEIGHT = 26;
    public static final int ROW_HEIGHT = 32;
    public static final int WIDTH = LABEL_WIDTH + 12 * MONTH_WIDTH;
    private static final int LABEL_CHARACTERS = 42;

    /** A bar from {@code x} over {@code width}; {@code ongoing} when an actual bar runs to today. */
    public record Bar(double x, double width, boolean ongoing) {
    }

    /** A milestone's diamond, centred on ({@code cx}, {@code cy}). */
    public record Diamond(MilestoneMark milestone, double cx, double cy) {

        /** The diamond's corners, for the points attribute of a polygon. */
        public String points() {
            double r = 6;
            return n(cx) + "," + n(cy - r) + " " + n(cx + r) + "," + n(cy) + " " + n(cx) + "," + n(cy + r) + " "
                    + n(cx - r) + "," + n(cy);
        }
    }

    /** A row: a purpose's heading ({@code activity} null) or an activity with its bars and milestones. */
    public record Row(double y, PurposeGroup purpose, ActivityRow activity, String label, Bar planned, Bar actual,
                      List<Diamond> milestones) {

        public boolean heading() {
            return activity == null;
        }
    }

    private final int year;
    private final List<Row> rows;
    private final List<ActivityRow> notScheduled;
    private final Double todayX;
    private final double height;

    public TimelineChart(WorkPlanActivities activities, LocalDate today) {
        this.year = activities.header().year();
        Map<Long, List<MilestoneMark>> milestones = activities.milestones().stream()
                .collect(Collectors.groupingBy(MilestoneMark::activityId));
        List<Row> out = new ArrayList<>();
        List<ActivityRow> unscheduled = new ArrayList<>();
        double y = HEADER_HEIGHT;
        for (PurposeGroup group : activities.groups()) {
            List<ActivityRow> scheduled = group.activities().stream().filter(ActivityRow::scheduled).toList();
            group.activities().stream().filter(a -> !a.scheduled()).forEach(unscheduled::add);
            if (scheduled.isEmpty()) {
                continue;
            }
            out.add(new Row(y, group, null, null, null, null, List.of()));
            y += GROUP_HEIGHT;
            for (ActivityRow a : scheduled) {
                double rowY = y;
                List<Diamond> diamonds = milestones.getOrDefault(a.id(), List.of()).stream()
                        .filter(m -> m.dueMonth().getYear() == year)
                        .map(m -> new Diamond(m, LABEL_WIDTH + (m.dueMonth().getMonthValue() - 0.5) * MONTH_WIDTH,
                                rowY + ROW_HEIGHT / 2.0))
                        .toList();
                out.add(new Row(y, group, a, label(a), planned(a), actual(a, today), diamonds));
                y += ROW_HEIGHT;
            }
        }
        this.rows = List.copyOf(out);
        this.notScheduled = List.copyOf(unscheduled);
        this.height = y + 4;
        this.todayX = today.getYear() == year ? round(LABEL_WIDTH + (position(today) + 0.5 / today.lengthOfMonth()) * MONTH_WIDTH) : null;
    }

    public int year() {
        return year;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The activities with neither planned months nor an actual start. */
    public List<ActivityRow> notScheduled() {
        return notScheduled;
    }

    /** Whether there is anything to draw. */
    public boolean empty() {
        return rows.isEmpty();
    }

    /** Where today's line is, or {@code null} when today is outside the work plan's year. */
    public Double todayX() {
        return todayX;
    }

    public double height() {
        return height;
    }

    /** The first day of each month of the year, for the column headings. */
    public List<LocalDate> months() {
        List<LocalDate> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(LocalDate.of(year, m, 1));
        }
        return out;
    }

    /** Where month {@code m} (1–12) starts. */
    public static double monthX(int m) {
        return LABEL_WIDTH + (m - 1) * MONTH_WIDTH;
    }

    /** The planned months as a bar, cut to the year; {@code null} without planned months or outside the year. */
    Bar planned(ActivityRow a) {
        LocalDate start = a.plannedStart() != null ? a.plannedStart() : a.plannedEnd();
        LocalDate end = a.plannedEnd() != null ? a.plannedEnd() : a.plannedStart();
        if (start == null) {
            return null;
        }
        int from = Math.max(0, monthIndex(start));
        int to = Math.min(11, monthIndex(end));
        if (from > to) {
            return null;
        }
        return new Bar(LABEL_WIDTH + from * MONTH_WIDTH, (to - from + 1) * MONTH_WIDTH, false);
    }

    /**
     * The actual dates as a bar, from the start of the first day to the end of the last, cut to the year; an
     * activity started and not ended runs to today (or only its first day when it starts in the future).
     */
    Bar actual(ActivityRow a, LocalDate today) {
        if (a.actualStart() == null) {
            return null;
        }
        boolean ongoing = a.actualEnd() == null;
        LocalDate last = ongoing ? (today.isBefore(a.actualStart()) ? a.actualStart() : today) : a.actualEnd();
        double from = Math.max(0, position(a.actualStart()));
        double to = Math.min(12, position(last) + 1.0 / last.lengthOfMonth());
        if (from >= to) {
            return null;
        }
        return new Bar(round(LABEL_WIDTH + from * MONTH_WIDTH), round((to - from) * MONTH_WIDTH), ongoing);
    }

    /** Months from January of the year to the date's month: 0 for January, negative before the year. */
    private int monthIndex(LocalDate date) {
        return (date.getYear() - year) * 12 + date.getMonthValue() - 1;
    }

    /** Where the date's day starts, in months from the start of the year. */
    private double position(LocalDate date) {
        return monthIndex(date) + (date.getDayOfMonth() - 1) / (double) date.lengthOfMonth();
    }

    private static String label(ActivityRow a) {
        String title = a.title().length() > LABEL_CHARACTERS
                ? a.title().substring(0, LABEL_CHARACTERS - 1).stripTrailing() + "…" : a.title();
        return a.code() + " " + title;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A coordinate as SVG writes it: at most one decimal, none when whole ({@code 356}, {@code 372.5}). */
    public static String n(double v) {
        double r = round(v);
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
