package org.kinerja.workplan;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An approved version of a work plan as it was approved: the work plan, the approvals and every activity
 * with all its fields. Kept for ever in {@code workplan.version_snapshot}.
 */
public record WorkPlanVersion(long workPlanId, String planCode, int year, int versionNumber,
                              OffsetDateTime approvedAt, List<WorkPlanApproval> approvals,
                              List<VersionActivity> activities) {

    public WorkPlanVersion {
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** The activities of one purpose, in sequence. */
    public List<VersionActivity> ofPurpose(int purposeNumber) {
        return activities.stream().filter(a -> a.purposeNumber() == purposeNumber).toList();
    }

    /** The purposes that have activities, in order. */
    public List<Integer> purposeNumbers() {
        return activities.stream().map(VersionActivity::purposeNumber).distinct().sorted().toList();
    }
}
