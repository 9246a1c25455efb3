package org.kinerja.report.web;

import java.util.Locale;

import org.kinerja.report.ReportAudience;
import org.kinerja.report.ReportType;
import org.kinerja.shared.InvalidInputException;

/** Reads the report's path and query parameters; anything unreadable is invalid input naming the parameter. */
final class ReportParams {

    private ReportParams() {
    }

    static int year(String text) {
        return integer("year", text);
    }

    static int half(String text) {
        int half = integer("half", text);
        if (half != 1 && half != 2) {
            throw InvalidInputException.of("half", "reporting.half.required");
        }
        return half;
    }

    static int number(String text) {
        return integer("number", text);
    }

    static ReportAudience audience(String text) {
        return text == null || text.isBlank() ? ReportAudience.INTERNAL : parse(ReportAudience.class, "audience", text);
    }

    static ReportType type(String text) {
        return text == null || text.isBlank() ? ReportType.ANNUAL : parse(ReportType.class, "type", text);
    }

    static Integer optionalHalf(String text) {
        return text == null || text.isBlank() ? null : half(text);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "reporting.value.unknown", text);
        }
    }

    private static int integer(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of(field, "reporting.value.number");
        }
    }
}
