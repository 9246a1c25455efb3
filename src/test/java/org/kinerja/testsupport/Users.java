package org.kinerja.testsupport;

import java.util.EnumSet;
import java.util.UUID;

import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserChange;
import org.kinerja.identity.UserService;

/**
 * Builds users for tests: {@code Users.aUser(service).withRole(Role.VIEWER).create()}.
 */
public final class Users {

    public static final String ADMIN_EMAIL = "admin@kinerja.test";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "a-long-test-password";

    private final UserService service;
    private String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@kinerja.test";
    private String name = "Test User";
    private Role role = Role.VIEWER;
    private String member;

    private Users(UserService service) {
        this.service = service;
    }

    public static Users aUser(UserService service) {
        return new Users(service);
    }

    public Users withRole(Role role) {
        this.role = role;
        if (role.needsMember() && member == null) {
            member = "AUS";
        }
        return this;
    }

    public Users withMember(String member) {
        this.member = member;
        return this;
    }

    public Users withEmail(String email) {
        this.email = email;
        return this;
    }

    public Users named(String name) {
        this.name = name;
        return this;
    }

    /** Creates the user with {@link #PASSWORD}; the account does not need a password change. */
    public UserAccount create() {
        return service.create(new UserChange(email, name, EnumSet.of(role), member, "en", true, PASSWORD, null), false);
    }
}
