package org.kinerja.delivery.web;

import org.kinerja.shared.InvalidInputException;

/** Reading typed form values (whole numbers, enum names), reporting an unreadable one on its field. */
final class FormValues {

    private FormValues() {
    }

    static Integer integer(InvalidInputException.Collector errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "validation.type");
            return null;
        }
    }

    static Long number(InvalidInputException.Collector errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "validation.type");
            return null;
        }
    }

    static <E extends Enum<E>> E enumValue(InvalidInputException.Collector errors, String field, Class<E> type,
                                           String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "validation.type");
            return null;
        }
    }
}
