package org.kinerja.knowledge.web;

import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;
import org.kinerja.knowledge.KnowledgeProductFilter;
import org.kinerja.knowledge.KnowledgeProductSummary;
import org.kinerja.knowledge.KnowledgeService;

/**
 * The product list as exported by {@code GET /api/v1/knowledge-products?format=csv|xlsx} and the list page's
 * export links: every row of the filtered list, headers from {@code messages/knowledge.properties}.
 */
final class KnowledgeExports {

    static final ExportTable<KnowledgeProductSummary> PRODUCTS = ExportTable.<KnowledgeProductSummary>builder("knowledge.products")
            .number("knowledge.field.id", KnowledgeProductSummary::id)
            .text("knowledge.field.type", p -> p.type().name())
            .text("knowledge.field.title", KnowledgeProductSummary::title)
            .text("knowledge.field.stage", p -> p.stage().name())
            .date("knowledge.field.stageDate", KnowledgeProductSummary::stageDate)
            .date("knowledge.field.publicationDate", KnowledgeProductSummary::publicationDate)
            .text("knowledge.field.activity", KnowledgeProductSummary::activityCode)
            .text("knowledge.field.partners", p -> String.join(", ", p.partners()))
            .text("knowledge.field.languages", p -> String.join(", ", p.languages()))
            .number("knowledge.field.files", KnowledgeProductSummary::files)
            .number("knowledge.field.downloads", KnowledgeProductSummary::downloads)
            .build();

    private KnowledgeExports() {
    }

    static RowSource<KnowledgeProductSummary> products(KnowledgeService service, KnowledgeProductFilter filter) {
        return RowSource.paged(page -> service.list(filter, page).items());
    }
}
