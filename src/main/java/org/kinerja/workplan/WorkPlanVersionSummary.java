package org.kinerja.workplan;

import java.time.OffsetDateTime;

/** An approved version of a work plan in the list of versions. */
public record WorkPlanVersionSummary(int versionNumber, OffsetDateTime approvedAt, int activityCount) {
}
