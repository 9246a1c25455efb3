package org.kinerja.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kinerja.shared.InvalidInputException;

/** The checks of events, people and attendances, shared by forms, the API and the import. */
final class DeliveryRules {

    static final int TITLE = 300;
    static final int CITY = 100;
    static final int NOTES = 5000;
    static final int NAME = 100;
    static final int AGENCY = 200;
    static final int POSITION = 200;
    static final int EMAIL = 254;
    static final int COMMENT = 2000;
    static final int MAX_DAYS = 366;
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private DeliveryRules() {
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }

    static void length(InvalidInputException.Collector errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(field, "validation.length.max", String.valueOf(max));
        }
    }

    static void noNul(InvalidInputException.Collector errors, String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            errors.add(field, "validation.text.character");
        }
    }

    static void range(InvalidInputException.Collector errors, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(field, "validation.number.range", String.valueOf(min), String.valueOf(max));
        }
    }

    static boolean validEmail(String email) {
        return EMAIL_PATTERN.matcher(email).matches();
    }

    /** Lower-case, distinct language codes; invalid ones are reported on {@code languages}. */
    static List<String> languages(InvalidInputException.Collector errors, List<String> languages) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (languages != null) {
            for (String language : languages) {
                String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!LANGUAGE.matcher(code).matches()) {
                    errors.add("languages", "delivery.validation.language", code);
                } else {
                    codes.add(code);
                }
            }
        }
        if (codes.size() > 20) {
            errors.add("languages", "delivery.validation.languages.many");
        }
        return new ArrayList<>(codes);
    }

    static String country(InvalidInputException.Collector errors, String code) {
        String c = text(code);
        if (c == null) {
            return null;
        }
        c = c.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(c).matches()) {
            errors.add("countryCode", "delivery.validation.country", code);
            return null;
        }
        return c;
    }

    static void dates(InvalidInputException.Collector errors, LocalDate start, LocalDate end) {
        errors.check(start != null, "startDate", "validation.required");
        errors.check(end != null, "endDate", "validation.required");
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "delivery.validation.endBeforeStart");
        }
    }
}
