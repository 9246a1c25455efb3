package org.kinerja.delivery;

import java.time.LocalDate;

/**
 * Which events a list shows; {@code null} fields do not filter.
 *
 * @param from events ending on or after this day
 * @param to   events starting on or before this day
 */
public record EventFilter(Long activityId, EventKind kind, LocalDate from, LocalDate to, String country) {

    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null);
    }
}
