package org.kinerja.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * An engagement as typed: what {@link EngagementService#create} and {@link EngagementService#update} check.
 * {@code version} is required for updates.
 */
public record EngagementInput(Long forumId, LocalDate date, EngagementType type, String title,
                              List<Long> representativeIds, Integer audienceSize, String summary, String link,
                              Long activityId, Integer version) {
}
