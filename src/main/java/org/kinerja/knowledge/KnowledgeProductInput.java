package org.kinerja.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * What a create or update says. {@code conceptDate} is the date of the first stage (CONCEPT) on create
 * (today when absent) and is ignored on update; {@code version} is required on update.
 */
public record KnowledgeProductInput(KnowledgeProductType type, String title, String summary, Long activityId,
                                    List<Long> partnerIds, List<String> languages, String publicUrl,
                                    LocalDate conceptDate, Integer version) {
}
