package org.kinerja.directory.web;

import java.util.Locale;

import org.kinerja.shared.InvalidInputException;

/**
 * Reads the text of query parameters and form fields: blank is {@code null}; a value that cannot be read is
 * refused naming its field.
 */
final class Parse {

    private Parse() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "directory.value.unknown", value.strip());
        }
    }

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "directory.number.invalid");
        }
    }

    static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "directory.number.invalid");
        }
    }

    static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw InvalidInputException.of(field, "directory.value.unknown", value.strip());
        };
    }
}
