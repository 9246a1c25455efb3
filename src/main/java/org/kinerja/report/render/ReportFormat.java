package org.kinerja.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the report writes its numbers, the same in every format and whatever the reader's language: counts with
 * thousands separators, a suppressed count of a PUBLIC report as "&lt;5", no data as "—".
 */
public final class ReportFormat {

    /** What an absent figure prints as. */
    public static final String NO_DATA = "—";
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Integer suppressedBelow;

    public ReportFormat(Integer suppressedBelow) {
        this.suppressedBelow = suppressedBelow;
    }

    /** A disaggregated count: {@code null} is "&lt;5" in a report that suppresses small counts, else "—". */
    public String count(Long count) {
        if (count == null) {
            return suppressedBelow != null ? suppressed() : NO_DATA;
        }
        return number(count);
    }

    /** What a suppressed count prints as, e.g. "&lt;5". */
    public String suppressed() {
        return "<" + (suppressedBelow == null ? 5 : suppressedBelow);
    }

    public String number(long n) {
        return new DecimalFormat("#,##0", SYMBOLS).format(n);
    }

    /** A decimal with at most two places ("12.5", "3"), "—" for none. */
    public String decimal(BigDecimal value) {
        return value == null ? NO_DATA : new DecimalFormat("#,##0.##", SYMBOLS).format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A percentage 0–100 ("62.5%"), "—" for none. */
    public String percent(BigDecimal value) {
        return value == null ? NO_DATA : decimal(value) + "%";
    }

    /** An amount of money with two places ("12,500.00"), "—" for none. */
    public String money(BigDecimal value) {
        return value == null ? NO_DATA : new DecimalFormat("#,##0.00", SYMBOLS).format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** An ISO date, "" for none. */
    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A moment in UTC to the minute. */
    public String timestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant);
    }
}
