package org.kinerja.knowledge;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One knowledge product with its partners, languages, stage history (oldest first) and files.
 *
 * @param activity  the work plan activity it belongs to, or {@code null}
 * @param stageDate the date of the current stage
 */
public record KnowledgeProduct(long id, KnowledgeProductType type, String title, String summary,
                               ActivityLink activity, List<PartnerLink> partners, List<String> languages,
                               KnowledgeStage stage, LocalDate stageDate, LocalDate publicationDate, String publicUrl,
                               List<StageEntry> stages, List<KnowledgeFile> files, int version,
                               OffsetDateTime updatedAt) {

    /** The activity a product belongs to, as the work plan names it. */
    public record ActivityLink(long id, String code, String title) {
    }

    /** A partner who produced the product, as the directory names it. */
    public record PartnerLink(long id, String name, String shortName) {
    }

    /** One step of the stage history. */
    public record StageEntry(KnowledgeStage stage, LocalDate date, String note) {
    }

    /** Whether any file's text is still waiting for, or being, extracted. */
    public boolean indexing() {
        return files.stream().anyMatch(f -> f.textState() == TextState.PENDING || f.textState() == TextState.RUNNING);
    }

    public List<Long> partnerIds() {
        return partners.stream().map(PartnerLink::id).toList();
    }
}
