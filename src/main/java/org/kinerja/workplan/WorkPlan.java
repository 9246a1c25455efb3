package org.kinerja.workplan;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An annual work plan as its pages and the API show it.
 *
 * @param versionNumber the version being drafted, submitted or (when APPROVED) in force
 * @param approvals     the Co-Managers' approvals of that version, in the order given
 * @param activities    the activities of the plan year, by purpose and sequence
 * @param version       raised by every step, for optimistic locking
 */
public record WorkPlan(long id, String planCode, int year, WorkPlanStatus status, int versionNumber,
                       OffsetDateTime submittedAt, OffsetDateTime approvedAt, List<WorkPlanApproval> approvals,
                       List<ActivityRef> activities, int version) {

    public WorkPlan {
        approvals = List.copyOf(approvals);
        activities = List.copyOf(activities);
    }
}
