package org.kinerja.directory;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.kinerja.identity.Role;
import org.kinerja.identity.UserChange;
import org.kinerja.identity.UserService;
import org.kinerja.shared.InvalidInputException;

/** Users with one role each, created on first use in the test run's database, and unique names. */
final class DirectoryTestUsers {

    static final String PASSWORD = "directory-test-password";

    private DirectoryTestUsers() {
    }

    /** The e-mail of a user holding only {@code role}, created if need be. */
    static synchronized String user(UserService users, Role role) {
        String email = "directory-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@kinerja.test";
        try {
            users.create(new UserChange(email, "Directory test " + role.name(), EnumSet.of(role),
                    role.needsMember() ? "THA" : null, "en", true, PASSWORD, null), false);
        } catch (InvalidInputException alreadyThere) {
            // created by an earlier test of this run
        }
        return email;
    }

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An organisation member code no other test uses: 8 capital letters. */
    static String uniqueCode() {
        StringBuilder out = new StringBuilder("T");
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            if (out.length() == 8) {
                break;
            }
            out.append((char) ('A' + Character.digit(c, 16)));
        }
        return out.toString();
    }
}
