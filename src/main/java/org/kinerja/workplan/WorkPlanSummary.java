package org.kinerja.workplan;

import java.util.List;

/** A line of the list of work plans: where it stands and which sides approved its current version. */
public record WorkPlanSummary(long id, String planCode, int year, WorkPlanStatus status, int versionNumber,
                              List<String> approvedBy, int activityCount, int version) {

    public WorkPlanSummary {
        approvedBy = List.copyOf(approvedBy);
    }
}
