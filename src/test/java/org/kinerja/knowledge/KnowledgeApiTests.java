package org.kinerja.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerService;
import org.kinerja.exchange.csv.CsvReader;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityReferenceCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class KnowledgeApiTests {

    private static final String API = "/api/v1/knowledge-products";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JsonMapper json;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    PartnerService partners;
    @Autowired
    DSLContext db;
    @Autowired
    List<ActivityReferenceCheck> activityChecks;
    @Autowired
    org.kinerja.audit.AuditService audit;

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(KnowledgeTestSupport.user(users, role), KnowledgeTestSupport.PASSWORD));
    }

    private MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private Partner partner(String shortName) {
        return partners.all().stream().filter(p -> shortName.equals(p.shortName())).findFirst().orElseThrow();
    }

    private Map<String, Object> validBody(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "PRACTITIONER_GUIDE");
        body.put("title", title);
        body.put("summary", "A guide for front-line officials.");
        body.put("partnerIds", List.of(partner("NEXUS").id()));
        body.put("languages", List.of("en", "ID"));
        body.put("publicUrl", "https://www.example.org/guide");
        body.put("conceptDate", "2021-02-01");
        return body;
    }

    private KnowledgeProduct aProduct(String title, String summary) {
        return knowledge.create(new KnowledgeProductInput(KnowledgeProductType.RESEARCH_REPORT, title, summary, null,
                List.of(), List.of("en"), null, LocalDate.of(2021, 1, 4), null));
    }

    private long total() {
        return knowledge.list(KnowledgeProductFilter.all(), PageQuery.of(0, 1)).total();
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    /** Waits for the background extraction of the product's files (at most 30 s), then answers the product. */
    private KnowledgeProduct indexed(long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            KnowledgeProduct p = knowledge.get(id);
            if (!p.indexing()) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the text of product " + id + " was not indexed in 30 s");
    }

    // --- products --------------------------------------------------------------------------------------

    @Test
    void createsAProductWithPartnerLanguagesAndItsConceptStage() throws Exception {
        String title = KnowledgeTestSupport.unique("Practitioner guide on victim identification");
        mvc.perform(as(Role.PROGRAMME_OFFICER, jsonBody(post(API), validBody(title))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/knowledge-products/\\d+")))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.type").value("PRACTITIONER_GUIDE"))
                .andExpect(jsonPath("$.stage").value("CONCEPT"))
                .andExpect(jsonPath("$.stageDate").value("2021-02-01"))
                .andExpect(jsonPath("$.stages.length()").value(1))
                .andExpect(jsonPath("$.languages").value(contains("en", "id")))
                .andExpect(jsonPath("$.partners[0].shortName").value("NEXUS"))
                .andExpect(jsonPath("$.publicationDate").doesNotExist())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void refusesEveryInvalidFieldAtOnceAndWritesNothing() throws Exception {
        long before = total();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "   ");
        body.put("activityId", 987654321L);
        body.put("partnerIds", List.of(987654321L));
        body.put("languages", List.of("en", "xx", "english"));
        body.put("publicUrl", "javascript:alert(1)");
        body.put("conceptDate", LocalDate.now().plusDays(2).toString());
        JsonNode problem = read(mvc.perform(as(Role.ADMIN, jsonBody(post(API), body)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse());
        assertThat(fields(problem)).containsExactlyInAnyOrder("type", "title", "activityId", "partnerIds", "languages",
                "publicUrl", "conceptDate");
        assertThat(problem.toString()).contains("Not an ISO 639-1 language code: xx, english.")
                .contains("There is no activity 987654321.").contains("Unknown partner: 987654321.")
                .contains("The date may not be in the future.");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void refusesATooLongTitleATooLongSummaryAndAnFtpAddress() throws Exception {
        long before = total();
        Map<String, Object> body = validBody("x".repeat(301));
        body.put("summary", "y".repeat(5001));
        body.put("publicUrl", "ftp://files.example.org/guide.pdf");
        JsonNode problem = read(mvc.perform(as(Role.ADMIN, jsonBody(post(API), body)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse());
        assertThat(fields(problem)).containsExactlyInAnyOrder("title", "summary", "publicUrl");
        assertThat(problem.toString()).contains("Enter a web address starting with https:// or http://.");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedWith409AndChangesNothing() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Research on document fraud"), "first summary");
        Map<String, Object> body = validBody(p.title() + " (revised)");
        body.put("version", p.version());
        mvc.perform(as(Role.CO_MANAGER, jsonBody(put(API + "/" + p.id()), body)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.title").value(p.title() + " (revised)"));
        body.put("title", "Lost update");
        mvc.perform(as(Role.CO_MANAGER, jsonBody(put(API + "/" + p.id()), body)))
                .andExpect(status().isConflict());
        assertThat(knowledge.get(p.id()).title()).isEqualTo(p.title() + " (revised)");
    }

    // --- stages ----------------------------------------------------------------------------------------

    @Test
    void keepsADatedStageHistoryAndSetsThePublicationDateWhenPublished() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Briefing note on maritime smuggling"), "");
        for (String[] step : new String[][] {{"DRAFTING", "2021-02-01"}, {"PEER_REVIEW", "2021-03-01"},
                {"MEMBER_CLEARANCE", "2021-04-01"}}) {
            mvc.perform(as(Role.PROGRAMME_OFFICER, jsonBody(post(API + "/" + p.id() + "/stage"),
                    Map.of("stage", step[0], "date", step[1])))).andExpect(status().isOk());
        }
        mvc.perform(as(Role.PROGRAMME_OFFICER, jsonBody(post(API + "/" + p.id() + "/stage"),
                        Map.of("stage", "PUBLISHED", "date", "2021-05-03"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PUBLISHED"))
                .andExpect(jsonPath("$.publicationDate").value("2021-05-03"))
                .andExpect(jsonPath("$.stages[*].stage").value(contains("CONCEPT", "DRAFTING", "PEER_REVIEW",
                        "MEMBER_CLEARANCE", "PUBLISHED")))
                .andExpect(jsonPath("$.stages[*].date").value(contains("2021-01-04", "2021-02-01", "2021-03-01",
                        "2021-04-01", "2021-05-03")));
    }

    @Test
    void refusesAFutureDateADateBeforeThePreviousStageAndTheSameStage() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Toolkit on legal identity"), "");
        String stage = API + "/" + p.id() + "/stage";
        JsonNode future = read(mvc.perform(as(Role.ADMIN, jsonBody(post(stage),
                Map.of("stage", "DRAFTING", "date", LocalDate.now().plusDays(2).toString()))))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse());
        assertThat(fields(future)).containsExactly("date");
        JsonNode before = read(mvc.perform(as(Role.ADMIN, jsonBody(post(stage),
                Map.of("stage", "DRAFTING", "date", "2021-01-03"))))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse());
        assertThat(before.toString()).contains("The date may not be before the current stage's date (2021-01-04).");
        JsonNode same = read(mvc.perform(as(Role.ADMIN, jsonBody(post(stage),
                Map.of("stage", "CONCEPT", "date", "2021-01-05"))))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse());
        assertThat(same.toString()).contains("The product is at this stage already.");
        JsonNode missing = read(mvc.perform(as(Role.ADMIN, jsonBody(post(stage), Map.of())))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse());
        assertThat(fields(missing)).containsExactlyInAnyOrder("stage", "date");
        assertThat(knowledge.get(p.id()).stages()).hasSize(1);
    }

    @Test
    void movingBackwardsNeedsANoteAndLeavingPublicationClearsTheDate() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Policy guide on reintegration"), "");
        knowledge.changeStage(p.id(), new StageChange(KnowledgeStage.PUBLISHED, LocalDate.of(2021, 6, 1), null, null));
        assertThatThrownBy(() -> knowledge.changeStage(p.id(),
                new StageChange(KnowledgeStage.DRAFTING, LocalDate.of(2021, 7, 1), " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("note", "knowledge.stage.backwardsNeedsNote")));
        assertThat(knowledge.get(p.id()).stage()).isEqualTo(KnowledgeStage.PUBLISHED);

        KnowledgeProduct back = knowledge.changeStage(p.id(), new StageChange(KnowledgeStage.DRAFTING,
                LocalDate.of(2021, 7, 1), "A member asked for a correction of chapter 3.", null));
        assertThat(back.publicationDate()).isNull();
        assertThat(back.stages().get(2).note()).isEqualTo("A member asked for a correction of chapter 3.");

        KnowledgeProduct withdrawn = knowledge.changeStage(p.id(),
                new StageChange(KnowledgeStage.WITHDRAWN, LocalDate.of(2021, 8, 2), null, null));
        assertThat(withdrawn.stage()).isEqualTo(KnowledgeStage.WITHDRAWN);
        assertThat(withdrawn.stages()).extracting(KnowledgeProduct.StageEntry::stage).containsExactly(
                KnowledgeStage.CONCEPT, KnowledgeStage.PUBLISHED, KnowledgeStage.DRAFTING, KnowledgeStage.WITHDRAWN);
        assertThatThrownBy(() -> knowledge.changeStage(p.id(),
                new StageChange(KnowledgeStage.DRAFTING, LocalDate.of(2021, 9, 1), null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStageChangeFromAStaleVersionIsRefusedWith409() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Training module on corruption"), "");
        knowledge.changeStage(p.id(), new StageChange(KnowledgeStage.DRAFTING, LocalDate.of(2021, 2, 1), null, p.version()));
        mvc.perform(as(Role.ADMIN, jsonBody(post(API + "/" + p.id() + "/stage"),
                        Map.of("stage", "PEER_REVIEW", "date", "2021-03-01", "version", p.version()))))
                .andExpect(status().isConflict());
        assertThat(knowledge.get(p.id()).stage()).isEqualTo(KnowledgeStage.DRAFTING);
    }

    // --- files -----------------------------------------------------------------------------------------

    @Test
    void storesAPdfWithItsSha256AndCountsEveryDownload() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Guide with a file"), "");
        byte[] pdf = KnowledgeTestSupport.pdf("Guide", "Some text about screening interviews.");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        JsonNode file = read(mvc.perform(as(Role.PROGRAMME_OFFICER, post(API + "/" + p.id() + "/files")
                        .param("name", "guide.pdf").contentType(MediaType.APPLICATION_PDF).content(pdf)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("PDF"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.downloads").value(0))
                .andReturn().getResponse());
        long fileId = file.get("id").asLong();
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse download = mvc.perform(as(Role.VIEWER, get(API + "/" + p.id() + "/files/" + fileId)))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
            assertThat(download.getContentType()).isEqualTo("application/pdf");
            assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"guide.pdf\"");
        }
        mvc.perform(as(Role.VIEWER, get(API + "/" + p.id() + "/files")))
                .andExpect(jsonPath("$[0].downloads").value(2))
                .andExpect(jsonPath("$[0].sha256").value(sha));
    }

    @Test
    void aFileOfSeveralChunksComesBackByteForByte() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Guide with a long file"), "");
        byte[] big = new byte[FileRepository.CHUNK_SIZE * 2 + 1234];
        new java.util.Random(7).nextBytes(big);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        KnowledgeFile f = knowledge.addFile(p.id(), "long.pdf", new ByteArrayInputStream(big));
        assertThat(db.fetchCount(db.selectFrom("knowledge.file_chunk").where("file_id = ?", f.id()))).isEqualTo(3);
        try (InputStream in = knowledge.download(p.id(), f.id(), false).content()) {
            assertThat(in.readAllBytes()).isEqualTo(big);
        }
        assertThat(f.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big)));
    }

    @Test
    void aTextFileNamedPdfIsRefusedByItsContentAndNothingIsStored() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Guide with a fake file"), "");
        JsonNode problem = read(mvc.perform(as(Role.ADMIN, post(API + "/" + p.id() + "/files").param("name", "report.pdf")
                        .contentType(MediaType.APPLICATION_PDF).content("just some text, not a PDF")))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse());
        assertThat(fields(problem)).containsExactly("file");
        assertThat(problem.toString()).contains("Only PDF and DOCX files are accepted");
        assertThat(knowledge.get(p.id()).files()).isEmpty();
        assertThat(db.fetchCount(db.selectFrom("knowledge.product_file").where("product_id = ?", p.id()))).isZero();
    }

    @Test
    void aDocxIsRecognisedByWordDocumentXmlAndAnyOtherZipIsRefused() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Guide in Word"), "");
        KnowledgeFile docx = knowledge.addFile(p.id(), "guide", new ByteArrayInputStream(KnowledgeTestSupport.zip(true)));
        assertThat(docx.kind()).isEqualTo(FileKind.DOCX);
        assertThat(docx.fileName()).isEqualTo("guide.docx");
        assertThat(docx.textState()).isEqualTo(TextState.NOT_INDEXED);
        assertThatThrownBy(() -> knowledge.addFile(p.id(), "sheet.docx",
                new ByteArrayInputStream(KnowledgeTestSupport.zip(false))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("knowledge.file.type"));
        assertThatThrownBy(() -> knowledge.addFile(p.id(), "guide.docx",
                new ByteArrayInputStream(KnowledgeTestSupport.pdf("A PDF", "named as a Word file"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("knowledge.file.extension"));
        assertThat(knowledge.get(p.id()).files()).hasSize(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingStored() {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Guide with a huge file"), "");
        long limit = knowledge.maxFileSize();
        InputStream huge = new InputStream() {
            long served;

            @Override
            public int read() {
                return served++ < limit + 1 ? (served <= 5 ? "%PDF-".charAt((int) served - 1) : 'a') : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served >= limit + 1) {
                    return -1;
                }
                int n = (int) Math.min(len, limit + 1 - served);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                served += n;
                return n;
            }
        };
        assertThatThrownBy(() -> knowledge.addFile(p.id(), "huge.pdf", huge))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).messageKey()).isEqualTo("knowledge.file.tooLarge");
                    assertThat(e.violations().get(0).args()).containsExactly("50");
                });
        assertThat(knowledge.get(p.id()).files()).isEmpty();
    }

    @Test
    void aFileNameWithQuotesAndLettersBeyondAsciiIsEscapedInTheDownloadHeader() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Guide with an odd name"), "");
        KnowledgeFile f = knowledge.addFile(p.id(), "C:\\drafts\\Panduan \"final\"\r\n ñ.pdf",
                new ByteArrayInputStream(KnowledgeTestSupport.pdf("Panduan", "Teks")));
        assertThat(f.fileName()).isEqualTo("Panduan \"final\" ñ.pdf");
        String disposition = mvc.perform(as(Role.VIEWER, get(API + "/" + p.id() + "/files/" + f.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(disposition).doesNotContain("\r").doesNotContain("\n")
                .startsWith("attachment; filename=\"").contains("filename*=UTF-8''Panduan%20%22final%22%20%C3%B1.pdf");
    }

    // --- search ----------------------------------------------------------------------------------------

    @Test
    void searchFindsAWordOfAPdfsTextAndAWordOfASummaryWithHighlightedSnippets() throws Exception {
        String word = "zanzibarite" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        KnowledgeProduct withPdf = aProduct(KnowledgeTestSupport.unique("Research with a searchable file"), "");
        knowledge.addFile(withPdf.id(), "research.pdf", new ByteArrayInputStream(KnowledgeTestSupport.pdf(
                "Research", "Smuggling networks use " + word + " routes across the archipelago.")));
        KnowledgeProduct p = indexed(withPdf.id());
        assertThat(p.files().get(0).textState()).isEqualTo(TextState.DONE);

        KnowledgeProduct withSummary = aProduct(KnowledgeTestSupport.unique("Briefing with a summary"),
                "Summary mentioning quorvexian patterns & risks at sea <script>alert(1)</script>.");

        mvc.perform(as(Role.VIEWER, get(API).param("q", word)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(withPdf.id()))
                .andExpect(jsonPath("$.items[0].snippet").value(org.hamcrest.Matchers.containsString(word)));
        var found = knowledge.list(new KnowledgeProductFilter("quorvexian", null, null, null, null, null, null, false),
                PageQuery.of(0, 10));
        assertThat(found.items()).extracting(KnowledgeProductSummary::id).containsExactly(withSummary.id());
        assertThat(found.items().get(0).snippet().html())
                .contains("<mark>quorvexian</mark>").contains("patterns &amp; risks").doesNotContain("<script>");
    }

    @Test
    void aBrokenPdfLeavesTheTextEmptyWithANoteAndThePageStillAnswers() throws Exception {
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Guide with a broken file"), "");
        knowledge.addFile(p.id(), "broken.pdf", new ByteArrayInputStream(
                "%PDF-1.7\nthis is not a PDF body at all".getBytes(StandardCharsets.US_ASCII)));
        KnowledgeFile f = indexed(p.id()).files().get(0);
        assertThat(f.textState()).isEqualTo(TextState.FAILED);
        assertThat(f.textNote()).isEqualTo("knowledge.text.unreadable");
        mvc.perform(as(Role.VIEWER, get(API + "/" + p.id()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[0].textState").value("FAILED"));
    }

    @Test
    void filtersByTypeStagePartnerLanguageAndYear() throws Exception {
        String tag = KnowledgeTestSupport.unique("Filtered");
        Map<String, Object> body = validBody(tag + " toolkit");
        body.put("type", "TOOLKIT");
        body.put("partnerIds", List.of(partner("UNHCR").id()));
        body.put("languages", List.of("th"));
        long id = read(mvc.perform(as(Role.ADMIN, jsonBody(post(API), body))).andReturn().getResponse()).get("id").asLong();
        knowledge.changeStage(id, new StageChange(KnowledgeStage.PUBLISHED, LocalDate.of(2022, 3, 1), null, null));
        mvc.perform(as(Role.VIEWER, get(API).param("type", "TOOLKIT").param("stage", "PUBLISHED")
                        .param("partner", String.valueOf(partner("UNHCR").id())).param("language", "th").param("year", "2022")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(as(Role.VIEWER, get(API).param("type", "TOOLKIT").param("year", "2021")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(as(Role.VIEWER, get(API).param("language", "ms").param("type", "TOOLKIT")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
        mvc.perform(as(Role.VIEWER, get(API).param("year", "2147483647")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a year from 1990 to 2100."));
    }

    // --- roles -----------------------------------------------------------------------------------------

    @Test
    void onlyAdministratorsCoManagersAndProgrammeOfficersWrite() throws Exception {
        long before = total();
        for (Role role : new Role[] {Role.VIEWER, Role.MEL_OFFICER, Role.MEMBER_FOCAL_POINT}) {
            mvc.perform(as(role, jsonBody(post(API), validBody(KnowledgeTestSupport.unique("Refused")))))
                    .andExpect(status().isForbidden());
        }
        assertThat(total()).isEqualTo(before);
        for (Role role : new Role[] {Role.ADMIN, Role.CO_MANAGER, Role.PROGRAMME_OFFICER}) {
            mvc.perform(as(role, jsonBody(post(API), validBody(KnowledgeTestSupport.unique("Allowed")))))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void memberFocalPointsReadPublishedProductsOnly() throws Exception {
        KnowledgeProduct draft = aProduct(KnowledgeTestSupport.unique("Draft guide"), "");
        KnowledgeProduct published = aProduct(KnowledgeTestSupport.unique("Published guide"), "");
        knowledge.changeStage(published.id(), new StageChange(KnowledgeStage.PUBLISHED, LocalDate.of(2021, 3, 1), null, null));
        KnowledgeFile f = knowledge.addFile(draft.id(), "draft.docx", new ByteArrayInputStream(KnowledgeTestSupport.zip(true)));

        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get(API + "/" + draft.id()))).andExpect(status().isNotFound());
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get(API + "/" + draft.id() + "/files/" + f.id())))
                .andExpect(status().isNotFound());
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get(API + "/" + published.id()))).andExpect(status().isOk());
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get(API).param("size", "500")))
                .andExpect(jsonPath("$.items[*].stage").value(not(hasItem("CONCEPT"))))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) published.id())));
        mvc.perform(as(Role.VIEWER, get(API + "/" + draft.id()))).andExpect(status().isOk());
        assertThat(knowledge.get(draft.id()).files().get(0).downloads()).isZero();
    }

    // --- references ------------------------------------------------------------------------------------

    @Test
    void aProductKeepsItsActivityAndItsPartnerFromBeingDeleted() throws Exception {
        long activity = KnowledgeTestSupport.activity(db, "2030-P3-41", "Practitioner guides (test)");
        Partner partner = partners.create(new org.kinerja.directory.PartnerInput(
                KnowledgeTestSupport.unique("Test research institute"), null,
                org.kinerja.directory.PartnerType.RESEARCH_INSTITUTE, null, null, null, null, null, null, null));
        assertThat(activityChecks).anySatisfy(c -> assertThat(c.referencesTo(activity, java.util.Locale.ENGLISH)).isEmpty());
        KnowledgeProduct p = knowledge.create(new KnowledgeProductInput(KnowledgeProductType.PRACTITIONER_GUIDE,
                KnowledgeTestSupport.unique("Guide of an activity"), "", activity, List.of(partner.id()), List.of("en"),
                null, LocalDate.of(2021, 1, 4), null));
        assertThat(p.activity().code()).isEqualTo("2030-P3-41");
        assertThat(p.activity().title()).isEqualTo("Practitioner guides (test)");
        assertThat(activityChecks.stream().flatMap(c -> c.referencesTo(activity, java.util.Locale.ENGLISH).stream()))
                .containsExactly("1 knowledge product");
        assertThatThrownBy(() -> partners.delete(partner.id(), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.args()).containsExactly("1 knowledge product", partner.name()));
        mvc.perform(as(Role.ADMIN, delete(API + "/" + p.id()).param("version", String.valueOf(p.version()))))
                .andExpect(status().isNoContent());
        partners.delete(partner.id(), null);
    }

    // --- exports ---------------------------------------------------------------------------------------

    @Test
    void theFilteredListReadsBackFromCsvAndXlsx() throws Exception {
        String tag = KnowledgeTestSupport.unique("Exported");
        KnowledgeProduct p = aProduct(tag + " =HYPERLINK(\"http://evil.example\")", "");
        String q = tag.substring(tag.indexOf(' ') + 1);
        MockHttpServletResponse csv = mvc.perform(as(Role.VIEWER, get(API).param("format", "csv").param("q", q)))
                .andExpect(status().isOk()).andReturn().getResponse();
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(csv.getContentAsByteArray()))) {
            for (List<String> r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsExactly("ID", "Type", "Title", "Stage", "Stage date", "Publication date",
                "Activity", "Partners", "Languages", "Files", "Downloads");
        assertThat(records.get(1)).containsExactly(String.valueOf(p.id()), "RESEARCH_REPORT", p.title(), "CONCEPT",
                "2021-01-04", "", "", "", "en", "0", "0");

        MockHttpServletResponse xlsx = mvc.perform(as(Role.VIEWER, get(API).param("format", "xlsx").param("q", q)))
                .andExpect(status().isOk()).andReturn().getResponse();
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray())).getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(p.title());
        assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo((double) p.id());
    }

    @Test
    void everyChangeIsAuditedAndADeletedFilesTextLeavesTheSearch() throws Exception {
        String word = "quillimantic" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        KnowledgeProduct p = aProduct(KnowledgeTestSupport.unique("Audited research"), "");
        knowledge.changeStage(p.id(), new StageChange(KnowledgeStage.DRAFTING, LocalDate.of(2021, 2, 1), null, null));
        KnowledgeFile f = knowledge.addFile(p.id(), "audited.pdf", new ByteArrayInputStream(
                KnowledgeTestSupport.pdf("Audited", "The " + word + " corridor.")));
        indexed(p.id());
        KnowledgeProductFilter search = new KnowledgeProductFilter(word, null, null, null, null, null, null, false);
        assertThat(knowledge.list(search, PageQuery.of(0, 10)).total()).isEqualTo(1);

        mvc.perform(as(Role.PROGRAMME_OFFICER, delete(API + "/" + p.id() + "/files/" + f.id())))
                .andExpect(status().isNoContent());
        assertThat(knowledge.list(search, PageQuery.of(0, 10)).total()).isZero();
        assertThat(knowledge.get(p.id()).files()).isEmpty();

        var history = audit.historyOf("KnowledgeProduct", String.valueOf(p.id()));
        assertThat(history).extracting(org.kinerja.audit.AuditEntry::action).containsExactlyInAnyOrder(
                org.kinerja.audit.AuditAction.CREATE, org.kinerja.audit.AuditAction.UPDATE);
        assertThat(history).anySatisfy(e -> assertThat(e.changes()).containsKey("stage"));
        assertThat(audit.historyOf("KnowledgeFile", String.valueOf(f.id())))
                .extracting(org.kinerja.audit.AuditEntry::action).containsExactlyInAnyOrder(
                        org.kinerja.audit.AuditAction.CREATE, org.kinerja.audit.AuditAction.DELETE);
    }
}
