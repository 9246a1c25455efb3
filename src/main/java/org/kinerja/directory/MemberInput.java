package org.kinerja.directory;

import java.util.List;

/**
 * What a member is created or changed with. {@code code} is read only when a member is created;
 * {@code version} only when it is changed.
 */
public record MemberInput(String code, String name, MemberKind kind, List<MemberRole> roles, String notes,
                          String sources, Integer version) {
}
