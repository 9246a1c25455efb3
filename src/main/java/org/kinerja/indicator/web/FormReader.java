package org.kinerja.indicator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kinerja.shared.InvalidInputException;

/**
 * Turns what was typed into numbers and choices, remembering which fields could not be read. Blank stays
 * {@code null} so that the service reports it as required, with the same message as the API.
 */
final class FormReader {

    /** Longer than any value numeric(18,4) can hold, so that a pasted novel is not parsed. */
    private static final int NUMBER_TEXT_MAX = 40;

    private final List<InvalidInputException.Violation> violations = new ArrayList<>();

    Integer integer(String field, String value, String messageKey) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(new InvalidInputException.Violation(field, messageKey));
            return null;
        }
    }

    Long id(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(new InvalidInputException.Violation(field, "indicator.choice.invalid"));
            return null;
        }
    }

    BigDecimal decimal(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() > NUMBER_TEXT_MAX) {
                throw new NumberFormatException();
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            violations.add(new InvalidInputException.Violation(field, "indicator.value.invalid"));
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new InvalidInputException.Violation(field, "indicator.choice.invalid"));
            return null;
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Throws the fields that could not be read, before anything is handed to the service. */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
