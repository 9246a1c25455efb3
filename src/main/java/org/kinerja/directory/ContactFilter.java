package org.kinerja.directory;

/**
 * Which contacts a list shows, and in which order.
 *
 * @param q                text in the name, title or organisation name (and the e-mail, for readers who may
 *                         see it)
 * @param organisationType only contacts of members, partners, bodies or forums
 * @param memberCode       only contacts of this member
 * @param partnerId        only contacts of this partner
 * @param bodyId           only contacts of this body
 * @param forumId          only contacts of this forum
 * @param focalPoint       only focal points ({@code true}) or only others ({@code false})
 * @param sort             {@code name} or {@code organisation}, with a leading {@code -} for descending
 */
public record ContactFilter(String q, OrganisationType organisationType, String memberCode, Long partnerId,
                            Long bodyId, Long forumId, Boolean focalPoint, String sort) {

    public static ContactFilter all() {
        return new ContactFilter(null, null, null, null, null, null, null, null);
    }

    public static ContactFilter ofMember(String code) {
        return new ContactFilter(null, null, code, null, null, null, null, null);
    }

    public static ContactFilter ofPartner(long id) {
        return new ContactFilter(null, null, null, id, null, null, null, null);
    }

    public static ContactFilter ofBody(long id) {
        return new ContactFilter(null, null, null, null, id, null, null, null);
    }

    public static ContactFilter ofForum(long id) {
        return new ContactFilter(null, null, null, null, null, id, null, null);
    }
}
