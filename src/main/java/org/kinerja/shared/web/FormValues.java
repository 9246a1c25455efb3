package org.kinerja.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.kinerja.shared.InvalidInputException;

/**
 * Reads the text of query parameters and form fields into values: blank is {@code null}; a value that cannot
 * be read is recorded against its field in the collector, so a form shows every unreadable field at once.
 */
public final class FormValues {

    private FormValues() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value, InvalidInputException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "validation.value.unknown", value.strip());
            return null;
        }
    }

    public static Long number(String field, String value, InvalidInputException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "validation.number.whole");
            return null;
        }
    }

    public static Integer integer(String field, String value, InvalidInputException.Collector errors) {
        Long n = number(field, value, errors);
        if (n != null && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
            errors.add(field, "validation.number.whole");
            return null;
        }
        return n == null ? null : n.intValue();
    }

    public static LocalDate date(String field, String value, InvalidInputException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "validation.date");
            return null;
        }
    }

    /** Name, value, name, value … as a query string without {@code ?}; blank values are left out. */
    public static String query(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String v = namesAndValues[i + 1];
            if (v != null && !v.isBlank()) {
                out.append(out.isEmpty() ? "" : "&").append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }
}
