package org.kinerja.directory;

/**
 * Which partners a list shows, and in which order.
 *
 * @param q           text in the name or short name
 * @param type        only partners of this type
 * @param countryCode only partners seated in this country (ISO alpha-3)
 * @param memberCode  only partners linked to this member
 * @param sort        {@code name}, {@code type} or {@code country}, with a leading {@code -} for descending
 */
public record PartnerFilter(String q, PartnerType type, String countryCode, String memberCode, String sort) {

    public static PartnerFilter all() {
        return new PartnerFilter(null, null, null, null, null);
    }
}
