package org.kinerja.workplan;

import java.time.OffsetDateTime;

/**
 * One step of a work plan's life: created, submitted, approved by one side, approved, returned, revision
 * opened, carried over; with who took it (and for which member) and the comment or reason given.
 */
public record WorkPlanStep(int versionNumber, Action action, Long userId, String userName, String memberCode,
                           String comment, OffsetDateTime at) {

    public enum Action { CREATED, SUBMITTED, APPROVED_BY_SIDE, APPROVED, RETURNED, REVISION_OPENED, CARRIED_OVER }
}
