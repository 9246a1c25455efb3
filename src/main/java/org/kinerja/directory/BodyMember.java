package org.kinerja.directory;

/**
 * A member's seat in a body.
 *
 * @param memberCode the member's code
 * @param memberName the member's name
 * @param role       what it is in the body
 * @param term       when, if the role was held for a period (e.g. {@code 2022-2024}); else {@code null}
 */
public record BodyMember(String memberCode, String memberName, BodyMemberRole role, String term) {
}
