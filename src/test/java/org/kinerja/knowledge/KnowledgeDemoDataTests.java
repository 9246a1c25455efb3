package org.kinerja.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kinerja.directory.PartnerService;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo profile's knowledge products, added once, at their stages, and found by the text of their PDFs. */
@SpringBootTest
class KnowledgeDemoDataTests {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    ActivityLookup activities;
    @Autowired
    PartnerService partners;

    @Test
    void addsTheSeedsProductsOnceWithTheirStageHistoriesPartnersAndSearchablePdfs() throws Exception {
        KnowledgeDemoData demo = new KnowledgeDemoData(knowledge, activities, partners);
        demo.run(null);
        long after = knowledge.list(KnowledgeProductFilter.all(), PageQuery.of(0, 1)).total();
        demo.run(null);
        assertThat(knowledge.list(KnowledgeProductFilter.all(), PageQuery.of(0, 1)).total()).isEqualTo(after);

        KnowledgeProduct toolkit = knowledge.get(knowledge.findByTitle("Civil Registration and Vital Statistics Toolkit")
                .orElseThrow());
        assertThat(toolkit.stage()).isEqualTo(KnowledgeStage.PUBLISHED);
        assertThat(toolkit.publicationDate()).isEqualTo(LocalDate.of(2021, 9, 6));
        assertThat(toolkit.stages()).hasSize(5);
        assertThat(toolkit.partners()).extracting(KnowledgeProduct.PartnerLink::shortName).containsExactly("UNHCR");

        KnowledgeProduct protocol = knowledge.get(knowledge.findByTitle("Understanding the Smuggling of Migrants Protocol")
                .orElseThrow());
        assertThat(protocol.stage()).isEqualTo(KnowledgeStage.MEMBER_CLEARANCE);
        assertThat(protocol.publicationDate()).isNull();
        assertThat(protocol.partners()).extracting(KnowledgeProduct.PartnerLink::shortName).containsExactly("UNODC ROSEAP");

        long guides = knowledge.findByTitle(KnowledgeDemoData.PRODUCTS.get(0).title()).orElseThrow();
        for (int i = 0; i < 300 && knowledge.get(guides).indexing(); i++) {
            Thread.sleep(100);
        }
        assertThat(knowledge.get(guides).files()).singleElement()
                .satisfies(f -> assertThat(f.textState()).isEqualTo(TextState.DONE));
        var found = knowledge.list(new KnowledgeProductFilter("trauma-informed questioning", null, null, null, null,
                null, null, false), PageQuery.of(0, 10));
        assertThat(found.items()).extracting(KnowledgeProductSummary::id).contains(guides);
    }
}
