package org.kinerja.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input broke a rule that Bean Validation cannot express (it depends on other fields or on stored data).
 * Answered with 422 and the list of field errors; pages show each message next to its field.
 */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: the field, a message key and its arguments. */
    public record Violation(String field, String messageKey, Object... args) {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).messageKey());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new Violation(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Gathers violations and throws once at the end, so that every broken rule is reported together. */
    public static final class Collector {
        private final List<Violation> violations = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... args) {
            violations.add(new Violation(field, messageKey, args));
            return this;
        }

        public Collector check(boolean ok, String field, String messageKey, Object... args) {
            return ok ? this : add(field, messageKey, args);
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
    }
}
