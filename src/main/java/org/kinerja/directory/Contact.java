package org.kinerja.directory;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person to reach at a member, partner, body or forum. E-mail and phone are personal data: they are
 * {@code null} (and left out of API answers) for readers whose role may not see personal data, which
 * {@code personalDataHidden} then says.
 *
 * @param id                 its database id
 * @param name               the person's name
 * @param title              their position or title
 * @param organisation       the member, partner, body or forum they belong to
 * @param email              their e-mail, or {@code null}
 * @param phone              their phone number, or {@code null}
 * @param focalPoint         whether they are their organisation's focal point for the RSO
 * @param personalDataHidden whether e-mail and phone were withheld from this reader
 * @param version            the version for optimistic locking
 * @param updatedAt          when it was last changed
 */
public record Contact(long id, String name, String title, Organisation organisation,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String email,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
                      boolean focalPoint, boolean personalDataHidden, int version, OffsetDateTime updatedAt) {

    /** This contact without e-mail and phone. */
    public Contact withoutPersonalData() {
        return new Contact(id, name, title, organisation, null, null, focalPoint, true, version, updatedAt);
    }
}
