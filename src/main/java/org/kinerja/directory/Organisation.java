package org.kinerja.directory;

/**
 * The record a contact belongs to.
 *
 * @param type what kind of record it is
 * @param id   its database id
 * @param code the member's code when it is a member, else {@code null}
 * @param name its name
 */
public record Organisation(OrganisationType type, long id, String code, String name) {
}
