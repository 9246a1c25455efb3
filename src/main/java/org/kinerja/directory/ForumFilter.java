package org.kinerja.directory;

/**
 * Which forums a list shows, and in which order.
 *
 * @param q    text in the name or short name
 * @param kind only forums of this kind
 * @param sort {@code name} or {@code kind}, with a leading {@code -} for descending; default name
 */
public record ForumFilter(String q, ForumKind kind, String sort) {

    public static ForumFilter all() {
        return new ForumFilter(null, null, null);
    }
}
