package org.kinerja.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class KnowledgePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    org.jooq.DSLContext db;

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse page(Role role, B request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(KnowledgeTestSupport.user(users, role))))
                .with(csrf())).andReturn().getResponse();
    }

    private KnowledgeProduct aProduct(String title, String summary) {
        return knowledge.create(new KnowledgeProductInput(KnowledgeProductType.THEMATIC_BRIEFING_NOTE, title, summary,
                null, List.of(), List.of("en"), "https://www.example.org/note", LocalDate.of(2021, 3, 1), null));
    }

    private long total() {
        return knowledge.list(KnowledgeProductFilter.all(), PageQuery.of(0, 1)).total();
    }

    @Test
    void theListSearchesSummariesAndMarksTheMatchedWordAsPageAndAsHtmxFragment() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Briefing on boat departures"),
                "Departure points of vellutinous vessels along the coast.");
        MockHttpServletResponse full = page(Role.VIEWER, get("/knowledge").param("q", "vellutinous").param("type",
                "THEMATIC_BRIEFING_NOTE"));
        assertThat(full.getStatus()).isEqualTo(200);
        String html = full.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<html").contains(p.title()).contains("<mark>vellutinous</mark>")
                .contains("href=\"/knowledge/export.csv?q=vellutinous&amp;type=THEMATIC_BRIEFING_NOTE\"");
        MockHttpServletResponse fragment = page(Role.VIEWER, get("/knowledge").param("q", "vellutinous")
                .header("HX-Request", "true"));
        assertThat(fragment.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<html").contains(p.title())
                .contains("1 in total");
        assertThat(page(Role.VIEWER, get("/knowledge").param("stage", "NOT_A_STAGE")).getStatus()).isEqualTo(400);
        assertThat(page(Role.VIEWER, get("/knowledge").param("year", "99999999999")).getStatus()).isEqualTo(400);
        assertThat(page(Role.VIEWER, get("/knowledge/export.csv").param("year", "3000")).getStatus()).isEqualTo(400);
    }

    @Test
    void theProductPageShowsTheStagesAndEachFilesSizeShaAndDownloads() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Briefing with a Word file"), "");
        KnowledgeFile f = knowledge.addFile(p.id(), "note.docx", new ByteArrayInputStream(KnowledgeTestSupport.zip(true)));
        knowledge.download(p.id(), f.id(), false).content().close();
        String html = page(Role.MEL_OFFICER, get("/knowledge/" + p.id())).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(p.title()).contains("Concept since 2021-03-01").contains(f.sha256())
                .contains(f.size() + " bytes").contains("<td class=\"downloads\">1</td>")
                .contains("Not searched (DOCX)").doesNotContain("id=\"stage-form\"");
    }

    @Test
    void theStageFormOverHtmxAnswersTheHistoryOrItsErrors() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Briefing staged by htmx"), "");
        MockHttpServletResponse refused = page(Role.PROGRAMME_OFFICER, post("/knowledge/" + p.id() + "/stage")
                .header("HX-Request", "true").param("stage", "DRAFTING")
                .param("date", LocalDate.now().plusDays(3).toString()).param("version", "0"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<html")
                .contains("The date may not be in the future.");
        assertThat(knowledge.get(p.id()).stages()).hasSize(1);

        MockHttpServletResponse moved = page(Role.PROGRAMME_OFFICER, post("/knowledge/" + p.id() + "/stage")
                .header("HX-Request", "true").param("stage", "DRAFTING").param("date", "2021-04-06").param("version", "0"));
        assertThat(moved.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<html")
                .contains("Drafting since 2021-04-06").contains("<time datetime=\"2021-04-06\">");
        assertThat(knowledge.get(p.id()).stage()).isEqualTo(KnowledgeStage.DRAFTING);

        MockHttpServletResponse withoutHtmx = page(Role.PROGRAMME_OFFICER, post("/knowledge/" + p.id() + "/stage")
                .param("stage", "CONCEPT").param("date", "2021-04-07").param("version", "1"));
        assertThat(withoutHtmx.getStatus()).isEqualTo(422);
        assertThat(withoutHtmx.getContentAsString(StandardCharsets.UTF_8))
                .contains("Moving back to an earlier stage (or out of withdrawal) needs a note saying why.");
    }

    @Test
    void theFormShowsFieldErrorsAndWritesNothing() throws Exception {
        long before = total();
        MockHttpServletResponse response = page(Role.CO_MANAGER, post("/knowledge").param("type", "TOOLKIT")
                .param("title", "").param("languages", "en, xx").param("publicUrl", "www.example.org")
                .param("activityId", "abc"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Enter a whole number.");
        response = page(Role.CO_MANAGER, post("/knowledge").param("type", "TOOLKIT")
                .param("title", "").param("languages", "en, xx").param("publicUrl", "www.example.org"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"title-error\"").contains("Not an ISO 639-1 language code: xx.")
                .contains("Enter a web address starting with https:// or http://.");
        assertThat(total()).isEqualTo(before);

        String title = KnowledgeTestSupport.unique("Toolkit made in the form");
        MockHttpServletResponse created = page(Role.CO_MANAGER, post("/knowledge").param("type", "TOOLKIT")
                .param("title", title).param("languages", "en th").param("conceptDate", "2022-01-03"));
        assertThat(created.getStatus()).isEqualTo(302);
        long id = knowledge.findByTitle(title).orElseThrow();
        assertThat(created.getRedirectedUrl()).isEqualTo("/knowledge/" + id + "?saved");
        assertThat(knowledge.get(id).languages()).containsExactly("en", "th");
    }

    @Test
    void theUploadFormRefusesATextFileNamedPdfAndAcceptsAPdf() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Briefing uploaded from the page"), "");
        MockHttpServletResponse refused = page(Role.ADMIN, multipart("/knowledge/" + p.id() + "/files")
                .file(new MockMultipartFile("file", "note.pdf", "application/pdf", "plain text".getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"file-error\"")
                .contains("Only PDF and DOCX files are accepted, and this file is neither (judged by its content).");
        assertThat(knowledge.get(p.id()).files()).isEmpty();

        MockHttpServletResponse accepted = page(Role.ADMIN, multipart("/knowledge/" + p.id() + "/files")
                .file(new MockMultipartFile("file", "note.pdf", "application/octet-stream",
                        KnowledgeTestSupport.pdf("Note", "Sea routes."))));
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(knowledge.get(p.id()).files()).extracting(KnowledgeFile::fileName).containsExactly("note.pdf");
    }

    @Test
    void memberFocalPointsSeePublishedProductsAndNoDrafts() throws Exception {
        KnowledgeProduct draft = aProduct(KnowledgeTestSupport.unique("Draft briefing for focal points"), "");
        KnowledgeProduct published = aProduct(KnowledgeTestSupport.unique("Published briefing for focal points"), "");
        knowledge.changeStage(published.id(), new StageChange(KnowledgeStage.PUBLISHED, LocalDate.of(2021, 4, 1), null, null));
        assertThat(page(Role.MEMBER_FOCAL_POINT, get("/knowledge/" + draft.id())).getStatus()).isEqualTo(404);
        assertThat(page(Role.MEMBER_FOCAL_POINT, get("/knowledge/" + published.id())).getStatus()).isEqualTo(200);
        String list = page(Role.MEMBER_FOCAL_POINT, get("/knowledge").param("q", "focal points"))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains(published.title()).doesNotContain(draft.title());
        assertThat(page(Role.VIEWER, get("/knowledge/" + draft.id())).getStatus()).isEqualTo(200);
    }

    @Test
    void whileAPdfsTextIsBeingIndexedThePageSaysSoAndReloadsTheFileList() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Briefing being indexed"), "");
        // a file another node is extracting right now (claimed a moment ago): this node leaves it alone
        db.execute("insert into knowledge.product_file (product_id, file_name, kind, size, sha256, text_state, claimed_at)"
                + " values (?, 'big.pdf', 'PDF', 1000, ?, 'RUNNING', now())", p.id(), "a".repeat(64));
        String html = page(Role.VIEWER, get("/knowledge/" + p.id())).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Text being indexed").contains("hx-get=\"/knowledge/" + p.id() + "/files\"")
                .contains("hx-trigger=\"every 3s\"").contains("Being indexed");
        db.execute("update knowledge.product_file set text_state = 'DONE', claimed_at = null where product_id = ?", p.id());
        String fragment = page(Role.VIEWER, get("/knowledge/" + p.id() + "/files")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).doesNotContain("<html").doesNotContain("Text being indexed").doesNotContain("hx-trigger")
                .contains("Indexed");
    }
}
