package org.kinerja.directory;

/**
 * The kinds of directory record that other records may refer to: the organisations a contact can belong to
 * ({@link OrganisationType}) and commitments, which activities contribute to.
 */
public enum RecordKind {
    MEMBER,
    PARTNER,
    BODY,
    FORUM,
    COMMITMENT
}
