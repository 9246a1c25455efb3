package org.kinerja.workplan;

/**
 * What another module needs to know of an activity it refers to (an event's activity, a knowledge product's,
 * an engagement's, a member request's linked activities).
 */
public record ActivityRef(long id, String code, String title, ActivityType type, ActivityStatus status,
        int purposeNumber, long workPlanId, String planCode, int year, java.time.YearMonth plannedStart,
        java.time.YearMonth plannedEnd) {
}
