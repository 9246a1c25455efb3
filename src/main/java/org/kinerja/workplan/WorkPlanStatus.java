package org.kinerja.workplan;

/** Where a work plan (or the revision open on it) stands: drafted, submitted to the Co-Managers, approved by both. */
public enum WorkPlanStatus {
    DRAFT, SUBMITTED, APPROVED
}
