package org.kinerja.directory;

/** What kind of external dialogue a forum is. */
public enum ForumKind {
    REGIONAL_ORGANISATION,
    CONSULTATIVE_PROCESS,
    GLOBAL_FRAMEWORK,
    DIALOGUE,
    CONFERENCE,
    INSTITUTE,
    ASSOCIATION,
    OTHER
}
