package org.kinerja.workplan;

/**
 * Which activities a list shows; every criterion left {@code null} matches all.
 *
 * @param workplanId    of this work plan
 * @param purposeNumber under this purpose
 * @param status        in this status
 * @param type          of this type
 * @param partnerId     delivered with this partner
 * @param countryCode   targeting this country (ISO 3166 alpha-3)
 * @param leadOfficerId led by this user
 */
public record ActivityFilter(Long workplanId, Integer purposeNumber, ActivityStatus status, ActivityType type,
                             Long partnerId, String countryCode, Long leadOfficerId) {

    public static ActivityFilter all() {
        return new ActivityFilter(null, null, null, null, null, null, null);
    }

    public static ActivityFilter ofWorkPlan(long workplanId) {
        return new ActivityFilter(workplanId, null, null, null, null, null, null);
    }
}
