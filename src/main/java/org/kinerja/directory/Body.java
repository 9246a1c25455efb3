package org.kinerja.directory;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A part of the Bali Process architecture: the Ministerial Conference, the Steering Group, the Ad Hoc Group,
 * a Working Group …
 *
 * @param id              its database id
 * @param name            its name
 * @param shortName       its short name, e.g. {@code AHG}, {@code WG-TIP}
 * @param kind            what kind of body it is
 * @param parent          the body it reports to or belongs under, if any
 * @param establishedYear the year it was established, where known
 * @param notes           notes
 * @param sources         where the facts come from
 * @param members         who sits in it, with their role; co-chairs have the role {@link BodyMemberRole#CO_CHAIR}
 * @param shipped         whether it was loaded from the data shipped with Kinerja
 * @param version         the version for optimistic locking
 * @param updatedAt       when it was last changed
 */
public record Body(long id, String name, String shortName, BodyKind kind, BodyRef parent, Integer establishedYear,
                   String notes, String sources, List<BodyMember> members, boolean shipped, int version,
                   OffsetDateTime updatedAt) {

    public Body {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The members that co-chair it (or did, for the term given). */
    @JsonProperty("coChairs")
    public List<BodyMember> coChairs() {
        return members.stream().filter(m -> m.role() == BodyMemberRole.CO_CHAIR).toList();
    }

    public BodyRef ref() {
        return new BodyRef(id, name, shortName);
    }
}
