package org.kinerja.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The administrators' user form as posted; never bound to the stored record. Public only so that the
 * precompiled templates can read it.
 */
public record UserForm(String email, String displayName, List<Role> roles, String memberCode, String preferredLanguage,
                String password, Boolean active, Integer version) {
    public static UserForm empty() {
        return new UserForm("", "", List.of(), "", "en", "", true, null);
    }

    public static UserForm of(UserAccount a) {
        return new UserForm(a.email(), a.displayName(), List.copyOf(a.roles()), a.memberCode() == null ? "" : a.memberCode(),
                a.preferredLanguage(), "", a.active(), a.version());
    }

    UserChange toChange() {
        Set<Role> set = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return new UserChange(email, displayName, set, memberCode, preferredLanguage, active == null ? Boolean.FALSE : active,
                password, version);
    }

    public boolean has(Role role) {
        return roles != null && roles.contains(role);
    }
}
