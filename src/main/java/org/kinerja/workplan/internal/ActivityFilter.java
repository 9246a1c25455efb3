package org.kinerja.workplan.internal;

import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;

/**
 * Which activities of a work plan the work plan views show; {@code null} fields do not filter.
 *
 * @param purpose       the purpose number
 * @param status        the activity status
 * @param type          the activity type
 * @param partnerId     a partner of the activity (any role)
 * @param countryCode   a country the activity targets (ISO 3166 alpha-3)
 * @param leadOfficerId the lead officer (a user id)
 */
public record ActivityFilter(Integer purpose, ActivityStatus status, ActivityType type, Long partnerId,
                             String countryCode, Long leadOfficerId) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null, null);
    }
}
