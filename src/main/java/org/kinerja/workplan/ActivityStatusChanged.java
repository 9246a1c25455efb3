package org.kinerja.workplan;

/** Published when an activity moves from one status to another; reason is set for POSTPONED and CANCELLED. */
public record ActivityStatusChanged(long activityId, long workPlanId, String code, ActivityStatus from,
        ActivityStatus to, String reason) {
}
