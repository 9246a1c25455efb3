package org.kinerja.directory;

import java.time.OffsetDateTime;

/**
 * An external dialogue the RSO engages with for outreach, e.g. ASEAN or the Budapest Process.
 *
 * @param id        its database id
 * @param name      its name
 * @param shortName its short name, if any
 * @param kind      what kind of dialogue it is
 * @param website   its website, if known
 * @param notes     notes
 * @param shipped   whether it was loaded from the data shipped with Kinerja
 * @param version   the version for optimistic locking
 * @param updatedAt when it was last changed
 */
public record Forum(long id, String name, String shortName, ForumKind kind, String website, String notes,
                    boolean shipped, int version, OffsetDateTime updatedAt) {
}
