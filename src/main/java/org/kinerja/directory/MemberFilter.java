package org.kinerja.directory;

/**
 * Which members a list shows, and in which order.
 *
 * @param q    text in the name or code
 * @param kind only members of this kind
 * @param role only members holding this role
 * @param sort {@code name}, {@code code} or {@code kind}, with a leading {@code -} for descending; default name
 */
public record MemberFilter(String q, MemberKind kind, MemberRole role, String sort) {

    public static MemberFilter all() {
        return new MemberFilter(null, null, null, null);
    }
}
