package org.kinerja.directory;

/** What a member is in a body. */
public enum BodyMemberRole {
    MEMBER,
    CO_CHAIR,
    CO_MANAGER
}
