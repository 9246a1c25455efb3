package org.kinerja.plan;

import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.kinerja.identity.Role;
import org.kinerja.identity.UserChange;
import org.kinerja.identity.UserService;
import org.kinerja.shared.InvalidInputException;

/**
 * Users with one role each, created on first use in the test run's database, and unique plan codes.
 */
public final class PlanTestUsers {

    public static final String PASSWORD = "plan-test-password";
    public static final String ADMIN = "admin@kinerja.test";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private PlanTestUsers() {
    }

    /** The e-mail of a user holding only {@code role}, created if need be. */
    public static synchronized String user(UserService users, Role role) {
        String email = "plan-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@kinerja.test";
        try {
            users.create(new UserChange(email, "Plan test " + role.name(), EnumSet.of(role),
                    role.needsMember() ? "AUS" : null, "en", true, PASSWORD, null), false);
        } catch (InvalidInputException alreadyThere) {
            // created by an earlier test of this run
        }
        return email;
    }

    /** A plan code no other test uses, e.g. {@code T-3F9A12C0}. */
    public static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
