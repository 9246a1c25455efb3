package org.kinerja.directory;

/** A seat in a body, as a body is created or changed with it. */
public record BodyMemberInput(String memberCode, BodyMemberRole role, String term) {
}
