package org.kinerja.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A product as lists show it. {@code snippet} is a passage of the matching text when the list was searched
 * (plain text; {@link #snippetHtml()} marks the matched words for pages), else {@code null}.
 */
public record KnowledgeProductSummary(long id, KnowledgeProductType type, String title, KnowledgeStage stage,
                                      LocalDate stageDate, LocalDate publicationDate, Long activityId,
                                      String activityCode, List<String> partners, List<String> languages,
                                      int files, long downloads, Snippet snippet) {
}
