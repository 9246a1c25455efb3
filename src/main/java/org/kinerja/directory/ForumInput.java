package org.kinerja.directory;

/** What a forum is created or changed with. */
public record ForumInput(String name, String shortName, ForumKind kind, String website, String notes, Integer version) {
}
