package org.kinerja.request;

import java.util.Collection;

import org.kinerja.identity.Role;

/**
 * Who reads or submits requests. A member focal point (with no other role) sees and submits only their own
 * member's requests; everyone else who may read requests sees them all.
 *
 * @param userId     the user's id
 * @param memberCode the member the user is restricted to, or {@code null}
 */
public record RequestViewer(long userId, String memberCode) {

    /** The viewpoint of a user with these roles and affiliated member. */
    public static RequestViewer of(long userId, Collection<Role> roles, String memberCode) {
        boolean focalPointOnly = roles.contains(Role.MEMBER_FOCAL_POINT) && roles.stream()
                .allMatch(r -> r == Role.MEMBER_FOCAL_POINT);
        return new RequestViewer(userId, focalPointOnly ? (memberCode == null ? "" : memberCode) : null);
    }

    /** Whether this viewer is restricted to one member's requests. */
    public boolean restricted() {
        return memberCode != null;
    }
}
