package org.kinerja.exchange;

import java.util.List;
import java.util.Objects;

import org.kinerja.shared.InvalidInputException;

/**
 * What a {@link RowMapper} made of a row: a value, or the reasons it is invalid. Each reason names the
 * column (its {@code field}) and a message key with its arguments.
 */
public record RowResult<T>(T value, List<InvalidInputException.Violation> errors) {

    public RowResult {
        errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            Objects.requireNonNull(value, "value of a valid row");
        }
    }

    public static <T> RowResult<T> valid(T value) {
        return new RowResult<>(value, List.of());
    }

    public static <T> RowResult<T> invalid(List<InvalidInputException.Violation> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid row needs at least one error");
        }
        return new RowResult<>(null, errors);
    }

    public static <T> RowResult<T> invalid(String column, String messageKey, Object... args) {
        return invalid(List.of(new InvalidInputException.Violation(column, messageKey, args)));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
