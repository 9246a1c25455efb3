package org.kinerja.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.kinerja.workplan.ActivityRef;

/**
 * An engagement of the RSO with an external forum.
 *
 * @param id              its database id
 * @param forumId         the directory forum engaged with
 * @param forumName       that forum's name
 * @param date            when it took place
 * @param type            what form it took
 * @param title           what it was, e.g. the presentation's title
 * @param representatives the RSO staff who represented the RSO, by name
 * @param audienceSize    how many people it reached, where known
 * @param summary         what was said or agreed
 * @param link            a public page about it (http or https), if any
 * @param activity        the work plan activity it belongs to, if any
 * @param version         the version for optimistic locking
 * @param updatedAt       when it was last changed
 */
public record Engagement(long id, long forumId, String forumName, LocalDate date, EngagementType type, String title,
                         List<Representative> representatives, Integer audienceSize, String summary, String link,
                         ActivityRef activity, int version, OffsetDateTime updatedAt) {

    public Engagement {
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }

    /** A user who represented the RSO. */
    public record Representative(long userId, String name) {
    }
}
