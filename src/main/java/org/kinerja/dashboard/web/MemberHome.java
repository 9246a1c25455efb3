package org.kinerja.dashboard.web;

import org.kinerja.plan.Plan;

/**
 * The home page of a member focal point: their own member's requests, open and overdue, and where to read the
 * member's participation — nothing of other members.
 *
 * @param memberCode the focal point's member
 * @param plan       the current plan, or {@code null}
 * @param open       the member's requests still open
 * @param overdue    of those, overdue today
 */
public record MemberHome(String memberCode, Plan plan, long open, long overdue) {
}
