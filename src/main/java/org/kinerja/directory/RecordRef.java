package org.kinerja.directory;

/**
 * A directory record that other records may refer to.
 *
 * @param kind what kind of record
 * @param id   its database id
 * @param code the member's code when it is a member, else {@code null}
 * @param name its name, as messages show it ("Indonesia", "the commitment 5 of Bali Declaration (2023)")
 */
public record RecordRef(RecordKind kind, long id, String code, String name) {
}
