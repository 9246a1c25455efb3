package org.kinerja.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member request stands. A request only moves forward:
 * <ul>
 *   <li>RECEIVED → ACCEPTED, IN_PROGRESS, DELIVERED, DECLINED, WITHDRAWN</li>
 *   <li>ACCEPTED → IN_PROGRESS, DELIVERED, DECLINED, WITHDRAWN</li>
 *   <li>IN_PROGRESS → DELIVERED, DECLINED, WITHDRAWN</li>
 *   <li>DELIVERED, DECLINED and WITHDRAWN are final.</li>
 * </ul>
 */
public enum MemberRequestStatus {
    RECEIVED, ACCEPTED, IN_PROGRESS, DELIVERED, DECLINED, WITHDRAWN;

    /** The statuses a request in this status may move to. */
    public Set<MemberRequestStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACCEPTED, IN_PROGRESS, DELIVERED, DECLINED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, DELIVERED, DECLINED, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(DELIVERED, DECLINED, WITHDRAWN);
            case DELIVERED, DECLINED, WITHDRAWN -> EnumSet.noneOf(MemberRequestStatus.class);
        };
    }

    public boolean canMoveTo(MemberRequestStatus to) {
        return next().contains(to);
    }

    /** Whether the RSO still owes an answer. */
    public boolean open() {
        return this == RECEIVED || this == ACCEPTED || this == IN_PROGRESS;
    }

    /** Whether the move needs a reason: declining does. */
    public boolean needsReason() {
        return this == DECLINED;
    }
}
