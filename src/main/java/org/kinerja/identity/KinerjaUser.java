package org.kinerja.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinerja.shared.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security layer holds it (and as the session stores it).
 */
public final class KinerjaUser implements UserDetails, CredentialsContainer, SignedInUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final String memberCode;
    private final String preferredLanguage;
    private final boolean active;
    private final boolean mustChangePassword;
    private String passwordHash;

    KinerjaUser(long id, String email, String displayName, Set<Role> roles, String memberCode,
                String preferredLanguage, boolean active, boolean mustChangePassword, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.memberCode = memberCode;
        this.preferredLanguage = preferredLanguage;
        this.active = active;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    @Override
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String memberCode() {
        return memberCode;
    }

    @Override
    public String preferredLanguage() {
        return preferredLanguage;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KinerjaUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "KinerjaUser[" + id + ", " + email + "]";
    }
}
