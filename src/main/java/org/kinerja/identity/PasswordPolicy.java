package org.kinerja.identity;

import org.kinerja.shared.InvalidInputException;

/**
 * The rules for passwords: at least 12 characters, at most 128, not the e-mail address; no composition
 * rules (long passphrases beat forced symbols).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String field, String password, String email, InvalidInputException.Collector errors) {
        if (password == null || password.isEmpty()) {
            errors.add(field, "validation.password.required");
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add(field, "validation.password.short", MIN_LENGTH);
        } else if (password.length() > MAX_LENGTH) {
            errors.add(field, "validation.password.long", MAX_LENGTH);
        } else if (email != null && password.trim().equalsIgnoreCase(email.trim())) {
            errors.add(field, "validation.password.email");
        }
    }
}
