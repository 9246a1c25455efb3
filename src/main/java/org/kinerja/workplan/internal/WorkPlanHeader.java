package org.kinerja.workplan.internal;

import org.kinerja.workplan.WorkPlanStatus;

/** What every work plan page shows at its top: which plan and year, where it stands, which version. */
public record WorkPlanHeader(long id, String planCode, int year, WorkPlanStatus status, int versionNumber) {

    /** Whether a revision is being drafted or submitted on top of an approved version. */
    public boolean revisionInProgress() {
        return versionNumber > 1 && status != WorkPlanStatus.APPROVED;
    }
}
