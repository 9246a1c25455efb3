package org.kinerja.request;

import java.time.LocalDate;

/**
 * Which requests a list holds; every part is optional.
 *
 * @param status          in this status
 * @param type            of this type
 * @param requesterKind   made by this kind of requester
 * @param memberCode      made by this member
 * @param bodyId          made by this body
 * @param officerId       assigned to this user
 * @param overdue         {@code true}: only overdue (acknowledgement or delivery); {@code false}: only not overdue
 * @param receivedFrom    received on or after this date
 * @param receivedTo      received on or before this date
 */
public record MemberRequestFilter(MemberRequestStatus status, MemberRequestType type, RequesterKind requesterKind,
                                  String memberCode, Long bodyId, Long officerId, Boolean overdue,
                                  LocalDate receivedFrom, LocalDate receivedTo) {

    public static MemberRequestFilter all() {
        return new MemberRequestFilter(null, null, null, null, null, null, null, null, null);
    }

    /**
     * This filter restricted to one member's requests (what a focal point sees): when it asks for another
     * member's, a body's or the Co-Chairs' requests, it holds none.
     */
    public MemberRequestFilter ofMember(String code) {
        boolean other = (requesterKind != null && requesterKind != RequesterKind.MEMBER)
                || (memberCode != null && !memberCode.equals(code));
        return new MemberRequestFilter(status, type, RequesterKind.MEMBER, other ? NO_MEMBER : code, null, officerId,
                overdue, receivedFrom, receivedTo);
    }

    /** A member code no member has (codes are capital letters): the filter of a request for none. */
    static final String NO_MEMBER = " ";
}
