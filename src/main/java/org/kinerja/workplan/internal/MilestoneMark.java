package org.kinerja.workplan.internal;

import java.time.LocalDate;

/** A milestone of an activity: due in a month (its first day), done on a date or not yet. */
public record MilestoneMark(long id, long activityId, String title, LocalDate dueMonth, LocalDate doneOn) {

    public boolean done() {
        return doneOn != null;
    }
}
