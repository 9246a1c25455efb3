package org.kinerja.directory;

/** A member's seat in a body, as the member's page lists it. */
public record Membership(long bodyId, String bodyName, String bodyShortName, BodyMemberRole role, String term) {
}
