package org.kinerja.identity;

import java.util.Set;

/**
 * What an administrator sets on a user. On creation a password is required; on update a password, when
 * given, becomes a temporary one the user must change at next sign-in. {@code version} guards against
 * overwriting someone else's edit; {@code null} skips that check.
 */
public record UserChange(String email, String displayName, Set<Role> roles, String memberCode,
                         String preferredLanguage, Boolean active, String password, Integer version) {
}
