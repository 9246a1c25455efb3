package org.kinerja.workplan;

import java.time.OffsetDateTime;

/** One Co-Manager's approval of a version: who, for which co-managing member (the side), when. */
public record WorkPlanApproval(long userId, String userName, String memberCode, OffsetDateTime at) {
}
