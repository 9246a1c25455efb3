package org.kinerja.directory;

/** The kinds of record a contact can belong to. */
public enum OrganisationType {
    MEMBER,
    PARTNER,
    BODY,
    FORUM
}
