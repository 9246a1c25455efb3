package org.kinerja.workplan;

import java.time.OffsetDateTime;

/**
 * A revision of an approved work plan, the RSO's adaptive-management record.
 *
 * @param versionNumber the version the revision produces (2 for the first)
 * @param changes       what changed against the last approved version, computed when it was submitted;
 *                      null while it was never submitted
 * @param approvedAt    when both Co-Managers approved it; null while it is open
 */
public record WorkPlanRevision(int versionNumber, String reason, RevisionChanges changes, long openedBy,
                               String openedByName, OffsetDateTime openedAt, OffsetDateTime approvedAt) {
}
