package org.kinerja.delivery;

/**
 * Which people a list shows; {@code null} fields do not filter.
 *
 * @param q searches names and e-mail (only for readers who may see them) and agency
 */
public record PersonFilter(String q, String member, AgencyType agencyType, Sex sex) {

    public static PersonFilter all() {
        return new PersonFilter(null, null, null, null);
    }
}
