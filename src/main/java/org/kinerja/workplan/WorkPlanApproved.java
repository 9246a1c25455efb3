package org.kinerja.workplan;

/**
 * Published when both Co-Managers have approved a version of a work plan (the first version or a revision).
 *
 * @param versionNumber the version now in force: 1 for the first approval, 2 after the first revision
 */
public record WorkPlanApproved(long workPlanId, String planCode, int year, int versionNumber) {
}
