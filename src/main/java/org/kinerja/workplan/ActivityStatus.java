package org.kinerja.workplan;

/** Where an activity stands; POSTPONED and CANCELLED need a reason. */
public enum ActivityStatus {
    PLANNED, IN_PROGRESS, COMPLETED, POSTPONED, CANCELLED;

    /** Whether an activity in this status still needs a reason to be recorded with it. */
    public boolean needsReason() {
        return this == POSTPONED || this == CANCELLED;
    }

    /** Whether the activity is unfinished: carried over to the next year's work plan. */
    public boolean unfinished() {
        return this == PLANNED || this == IN_PROGRESS || this == POSTPONED;
    }
}
