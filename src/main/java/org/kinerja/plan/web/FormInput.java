package org.kinerja.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.shared.InvalidInputException;

/**
 * Turns what was typed into numbers, remembering which fields could not be read. Blank stays {@code null}
 * so that the service reports it as required, with the same message as the API.
 */
final class FormInput {

    private final List<InvalidInputException.Violation> violations = new ArrayList<>();

    Integer integer(String field, String value, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            violations.add(new InvalidInputException.Violation(field, messageKey));
            return null;
        }
    }

    /** Throws the fields that could not be read, before anything is handed to the service. */
    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
