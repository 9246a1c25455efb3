package org.kinerja.workplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated narrative of how an activity is going, by the user who wrote it, with an optional http(s) link. */
public record ProgressUpdate(long id, long activityId, LocalDate reportedOn, String narrative, long authorId,
                             String authorName, String link, OffsetDateTime createdAt) {

    /** What a progress update is written with; the author is whoever is signed in. */
    public record Input(LocalDate reportedOn, String narrative, String link) {
    }
}
