package org.kinerja.directory;

/**
 * A directory record that other records may refer to.
 *
 * @param type what kind of record
 * @param id   its database id
 * @param code the member's code when it is a member, else {@code null}
 * @param name its name, as messages show it
 */
public record RecordRef(OrganisationType type, long id, String code, String name) {
}
