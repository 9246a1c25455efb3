package org.kinerja.workplan;

import java.time.LocalDate;
import java.time.YearMonth;

/** A milestone of an activity: what should be reached by which month, and the day it was. */
public record Milestone(long id, long activityId, String title, YearMonth dueMonth, LocalDate doneOn) {

    /** What a milestone is created or changed with; title and due month are planning, the done date implementation. */
    public record Input(String title, YearMonth dueMonth, LocalDate doneOn) {
    }
}
