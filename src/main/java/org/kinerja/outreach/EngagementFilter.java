package org.kinerja.outreach;

import java.time.LocalDate;

/**
 * Which engagements a list holds; every part is optional.
 *
 * @param forumId    engagements with this forum
 * @param type       of this type
 * @param year       in this calendar year
 * @param activityId belonging to this activity
 * @param from       on or after this date (periods of the measurement module)
 * @param to         on or before this date
 */
public record EngagementFilter(Long forumId, EngagementType type, Integer year, Long activityId, LocalDate from,
                               LocalDate to) {

    public static EngagementFilter all() {
        return new EngagementFilter(null, null, null, null, null, null);
    }

    /** The engagements dated within {@code from} … {@code to}, both included. */
    public static EngagementFilter between(LocalDate from, LocalDate to) {
        return new EngagementFilter(null, null, null, null, from, to);
    }
}
