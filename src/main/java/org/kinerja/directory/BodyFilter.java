package org.kinerja.directory;

/**
 * Which bodies a list shows, and in which order.
 *
 * @param q          text in the name or short name
 * @param kind       only bodies of this kind
 * @param parentId   only the bodies under this one
 * @param memberCode only the bodies in which this member sits
 * @param sort       {@code name}, {@code shortName}, {@code kind} or {@code established}, with a leading {@code -}
 *                   for descending; default name
 */
public record BodyFilter(String q, BodyKind kind, Long parentId, String memberCode, String sort) {

    public static BodyFilter all() {
        return new BodyFilter(null, null, null, null, null);
    }
}
