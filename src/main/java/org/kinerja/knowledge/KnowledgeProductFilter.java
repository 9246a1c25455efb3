package org.kinerja.knowledge;

/**
 * What a list of products is narrowed to. {@code q} is searched in titles, summaries and the text of PDFs
 * (results ranked); {@code year} is the year of the current stage's date (the publication date for published
 * products); {@code publishedOnly} is set for readers who may only see published products.
 */
public record KnowledgeProductFilter(String q, KnowledgeProductType type, KnowledgeStage stage, Long partnerId,
                                     String language, Integer year, Long activityId, boolean publishedOnly) {

    public static KnowledgeProductFilter all() {
        return new KnowledgeProductFilter(null, null, null, null, null, null, null, false);
    }

    public KnowledgeProductFilter onlyPublished(boolean only) {
        return new KnowledgeProductFilter(q, type, stage, partnerId, language, year, activityId, only || publishedOnly);
    }
}
