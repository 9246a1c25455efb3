package org.kinerja.directory;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A member of the Bali Process: a state, territory or international organisation, or an observer.
 *
 * @param id        its database id
 * @param code      how it is addressed: ISO 3166 alpha-3 for countries, the organisation's own code otherwise
 *                  ({@code IOM}, {@code UNHCR}, {@code UNODC}, {@code ILO}); never changes
 * @param name      its name
 * @param kind      state, territory, international organisation or observer
 * @param alpha2    ISO 3166 alpha-2 code of a country member, else {@code null}
 * @param alpha3    ISO 3166 alpha-3 code of a country member (equal to {@code code}), else {@code null}
 * @param roles     its roles beyond membership, in the order of {@link MemberRole}
 * @param notes     notes
 * @param sources   where the facts come from
 * @param shipped   whether it was loaded from the data shipped with Kinerja
 * @param version   the version for optimistic locking
 * @param updatedAt when it was last changed
 */
public record Member(long id, String code, String name, MemberKind kind, String alpha2, String alpha3,
                     List<MemberRole> roles, String notes, String sources, boolean shipped, int version,
                     OffsetDateTime updatedAt) {

    public Member {
        roles = roles == null ? List.of() : roles.stream().sorted().distinct().toList();
    }

    public boolean hasRole(MemberRole role) {
        return roles.contains(role);
    }
}
