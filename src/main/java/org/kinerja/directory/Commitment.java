package org.kinerja.directory;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A commitment from a ministerial declaration, a co-chairs' statement or a work plan, to which the RSO's
 * work contributes.
 *
 * @param id             its database id
 * @param sourceDocument the document it comes from
 * @param year           the year of that document
 * @param reference      where in the document (paragraph, priority …), if known
 * @param text           what it says, summarised
 * @param sourceUrl      where to read it; several addresses are separated by {@code " ; "}
 * @param purposes       the plan purposes it is linked to
 * @param shipped        whether it was loaded from the data shipped with Kinerja
 * @param version        the version for optimistic locking
 * @param updatedAt      when it was last changed
 */
public record Commitment(long id, String sourceDocument, int year, String reference, String text, String sourceUrl,
                         List<PurposeLink> purposes, boolean shipped, int version, OffsetDateTime updatedAt) {

    public Commitment {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }
}
