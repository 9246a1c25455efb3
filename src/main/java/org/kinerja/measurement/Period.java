package org.kinerja.measurement;

import org.kinerja.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar year, one of its halves or one of its quarters. Figures count the records
 * whose period date (see {@code docs/indicators.md}) falls from {@link #from()} to {@link #to()}, both
 * included.
 *
 * @param year    the calendar year
 * @param half    1 or 2 for a half year, else {@code null}
 * @param quarter 1 to 4 for a quarter, else {@code null}
 */
public record Period(int year, Integer half, Integer quarter) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");

    public Period {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "measurement.period.year", String.valueOf(year));
        }
        if (half != null && quarter != null) {
            throw InvalidInputException.of("period", "measurement.period.halfAndQuarter");
        }
        if (half != null && (half < 1 || half > 2)) {
            throw InvalidInputException.of("half", "measurement.period.half");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw InvalidInputException.of("quarter", "measurement.period.quarter");
        }
    }

    public static Period ofYear(int year) {
        return new Period(year, null, null);
    }

    public static Period ofHalf(int year, int half) {
        return new Period(year, half, null);
    }

    public static Period ofQuarter(int year, int quarter) {
        return new Period(year, null, quarter);
    }

    /** Reads {@code 2021}, {@code 2021-H1} or {@code 2021-Q3}; anything else is invalid input of {@code field}. */
    public static Period parse(String field, String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw InvalidInputException.of(field, "measurement.period.format");
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return ofYear(year);
        }
        int n = part.charAt(1) - '0';
        return part.charAt(0) == 'H' ? ofHalf(year, n) : ofQuarter(year, n);
    }

    /** The first day of the period. */
    public LocalDate from() {
        if (half != null) {
            return LocalDate.of(year, half == 1 ? 1 : 7, 1);
        }
        if (quarter != null) {
            return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        }
        return LocalDate.of(year, 1, 1);
    }

    /** The last day of the period. */
    public LocalDate to() {
        if (half != null) {
            return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        }
        if (quarter != null) {
            return LocalDate.of(year, quarter * 3, 1).withDayOfMonth(LocalDate.of(year, quarter * 3, 1).lengthOfMonth());
        }
        return LocalDate.of(year, 12, 31);
    }

    /** {@code 2021}, {@code 2021-H1} or {@code 2021-Q3}; {@link #parse} reads it back. */
    public String label() {
        if (half != null) {
            return year + "-H" + half;
        }
        if (quarter != null) {
            return year + "-Q" + quarter;
        }
        return String.valueOf(year);
    }

    @Override
    public String toString() {
        return label();
    }
}
