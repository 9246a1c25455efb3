package org.kinerja.directory;

import java.util.List;

/** What a body is created or changed with; {@code members} replaces the body's seats. */
public record BodyInput(String name, String shortName, BodyKind kind, Long parentId, Integer establishedYear,
                        String notes, String sources, List<BodyMemberInput> members, Integer version) {
}
