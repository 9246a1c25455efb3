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
 * @param openOn          open on this day: received by then, and neither delivered nor closed by then (what the
 *                        performance report counts as open at the end of its period)
 * @param dueBefore       due before this day
 */
public record MemberRequestFilter(MemberRequestStatus status, MemberRequestType type, RequesterKind requesterKind,
                                  String memberCode, Long bodyId, Long officerId, Boolean overdue,
                                  LocalDate receivedFrom, LocalDate receivedTo, LocalDate openOn, LocalDate dueBefore) {

    public static MemberRequestFilter all() {
        return new MemberRequestFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Every request in {@code status}. */
    public static MemberRequestFilter inStatus(MemberRequestStatus status) {
        return new MemberRequestFilter(status, null, null, null, null, null, null, null, null, null, null);
    }

    /** The overdue requests ({@code true}) or the others. */
    public static MemberRequestFilter overdue(boolean overdue) {
        return new MemberRequestFilter(null, null, null, null, null, null, overdue, null, null, null, null);
    }

    /**
     * This filter restricted to one member's requests (what a focal point sees): when it asks for another
     * member's, a body's or the Co-Chairs' requests, it holds none.
     */
    public MemberRequestFilter ofMember(String code) {
        boolean other = (requesterKind != null && requesterKind != RequesterKind.MEMBER)
                || (memberCode != null && !memberCode.equals(code));
        return new MemberRequestFilter(status, type, RequesterKind.MEMBER, other ? NO_MEMBER : code, null, officerId,
                overdue, receivedFrom, receivedTo, openOn, dueBefore);
    }

    /** A member code no member has (codes are capital letters): the filter of a request for none. */
    static final String NO_MEMBER = " ";
}
