package org.kinerja.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A user as administrators see and edit it.
 */
public record UserAccount(long id, String email, String displayName, Set<Role> roles, String memberCode,
                          String preferredLanguage, boolean active, boolean mustChangePassword, int version,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
