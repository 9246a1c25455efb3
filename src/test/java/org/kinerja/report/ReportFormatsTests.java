package org.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.PersonService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.PartnerService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.knowledge.KnowledgeService;
import org.kinerja.outreach.EngagementService;
import org.kinerja.plan.PlanService;
import org.kinerja.request.MemberRequestService;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same figures in every form of the report: for the year with known answers ({@link ReportDataset}, in a
 * database of its own so that no other test's records count), the JSON, the web page, the PDF (PDFBox), the
 * DOCX and the XLSX (POI) carry each key figure with the value the JSON gives, and the PDF every purpose title
 * and the indicator table.
 */
@SpringBootTest(properties = "kinerja.test.database=report-formats")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFormatsTests {

    static final int YEAR = ReportDataset.YEAR;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    PlanService plans;
    @Autowired
    WorkPlanService workPlans;
    @Autowired
    ActivityService activities;
    @Autowired
    EventService events;
    @Autowired
    PersonService people;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    EngagementService engagements;
    @Autowired
    MemberRequestService requests;
    @Autowired
    DirectoryService directory;
    @Autowired
    PartnerService partners;
    @Autowired
    IndicatorService indicators;

    ReportDataset data;
    String viewer;

    @BeforeAll
    void dataset() {
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
        var officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        data = new ReportDataset(plans, workPlans, activities, events, people, knowledge, engagements, requests,
                directory, partners, indicators, officer.id());
    }

    private MockHttpServletResponse api(String suffix) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/api/v1/reports/annual/" + YEAR + suffix).param("plan", data.code)
                .with(httpBasic(viewer, Users.PASSWORD))).andReturn().getResponse();
        assertThat(r.getStatus()).as(suffix).isEqualTo(200);
        return r;
    }

    /** The key figures of the year at a glance as the report prints them, from the JSON. */
    private static Map<String, String> printed(JsonNode r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("People trained", r.get("peopleTrained").get("total").asString());
        m.put("Women among people trained", r.get("womenShare").decimalValue().stripTrailingZeros().toPlainString() + "%");
        m.put("People trained whose sex is not recorded", r.get("sexNotRecorded").asString());
        m.put("Knowledge gain (percentage points)", r.get("knowledgeGain").decimalValue().stripTrailingZeros().toPlainString());
        m.put("Participants satisfied", r.get("satisfiedShare").decimalValue().stripTrailingZeros().toPlainString() + "%");
        m.put("Participant days", r.get("participantDays").asString());
        m.put("Knowledge products published", r.get("productsPublished").asString());
        m.put("Forums engaged", r.get("forumsEngaged").asString());
        m.put("Requests received", r.get("requests").get("received").asString());
        m.put("Requests delivered on time", r.get("requests").get("onTimeShare").decimalValue().stripTrailingZeros()
                .toPlainString() + "%");
        m.put("Median days to deliver a request", r.get("requests").get("medianDays").decimalValue().stripTrailingZeros()
                .toPlainString());
        m.put("Members engaged", r.get("membersEngaged").asString());
        m.put("Expenditure (AUD)", "9,000.00");
        return m;
    }

    private static void assertCarries(String format, String text, Map<String, String> figures) {
        String flat = text.replaceAll("\\s+", " ");
        for (Map.Entry<String, String> e : figures.entrySet()) {
            assertThat(Pattern.compile(Pattern.quote(e.getKey()) + " " + Pattern.quote(e.getValue()) + "( |$)")
                    .matcher(flat).find()).as(format + ": " + e.getKey() + " " + e.getValue()).isTrue();
        }
    }

    @Test
    void theJsonThePageThePdfTheDocxAndTheXlsxCarryTheSameFigures() throws Exception {
        JsonNode report = json.readTree(api("").getContentAsString(StandardCharsets.UTF_8));
        Map<String, String> figures = printed(report);
        assertThat(figures).containsEntry("People trained", "4").containsEntry("Women among people trained", "66.67%")
                .containsEntry("Knowledge gain (percentage points)", "17.5").containsEntry("Participants satisfied", "60%")
                .containsEntry("Requests delivered on time", "50%").containsEntry("Median days to deliver a request", "65")
                .containsEntry("Members engaged", "2").containsEntry("Participant days", "13");

        String page = mvc.perform(get("/reports/annual/" + YEAR).param("plan", data.code)
                .with(user(details.loadUserByUsername(viewer)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String glance = page.substring(page.indexOf("id=\"r-glance-table\""));
        glance = glance.substring(0, glance.indexOf("</table>"));
        assertCarries("page", glance.replaceAll("<[^>]*>", " "), figures);

        String pdf;
        try (PDDocument document = Loader.loadPDF(api(".pdf").getContentAsByteArray())) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertCarries("pdf", pdf, figures);
        for (JsonNode purpose : report.get("purposes")) {
            assertThat(pdf.replaceAll("\\s+", " ")).as("pdf purpose title").contains(purpose.get("title").asString());
        }
        assertThat(pdf).contains("P2.9").contains("People trained in the year");

        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(api(".docx").getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            docx = extractor.getText();
            assertThat(document.getParagraphs().stream().map(p -> String.valueOf(p.getStyle())))
                    .as("docx heading styles").contains("Heading1", "Heading2");
        }
        assertCarries("docx", docx, figures);

        Map<String, Object> sheet = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(api(".xlsx").getContentAsByteArray()))) {
            Sheet glanceSheet = workbook.getSheet("At a glance");
            assertThat(glanceSheet).isNotNull();
            for (Row row : glanceSheet) {
                Cell label = row.getCell(0);
                Cell value = row.getCell(1);
                if (row.getRowNum() > 0 && label != null && value != null) {
                    sheet.put(label.getStringCellValue(), value.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(value.getNumericCellValue()) : value.getStringCellValue());
                }
            }
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(5);
        }
        Map<String, BigDecimal> numbers = Map.ofEntries(
                Map.entry("People trained", report.get("peopleTrained").get("total").decimalValue()),
                Map.entry("Women among people trained", report.get("womenShare").decimalValue()),
                Map.entry("Knowledge gain (percentage points)", report.get("knowledgeGain").decimalValue()),
                Map.entry("Participants satisfied", report.get("satisfiedShare").decimalValue()),
                Map.entry("Participant days", report.get("participantDays").decimalValue()),
                Map.entry("Requests received", report.get("requests").get("received").decimalValue()),
                Map.entry("Requests delivered on time", report.get("requests").get("onTimeShare").decimalValue()),
                Map.entry("Median days to deliver a request", report.get("requests").get("medianDays").decimalValue()),
                Map.entry("Members engaged", report.get("membersEngaged").decimalValue()),
                Map.entry("Expenditure (AUD)", report.get("budget").get("spent").decimalValue()));
        for (Map.Entry<String, BigDecimal> e : numbers.entrySet()) {
            assertThat(sheet.get(e.getKey())).as("xlsx " + e.getKey()).isInstanceOf(BigDecimal.class);
            assertThat((BigDecimal) sheet.get(e.getKey())).as("xlsx " + e.getKey()).isEqualByComparingTo(e.getValue());
        }
        assertThat(List.copyOf(sheet.keySet())).contains("People trained", "Requests received");
    }
}
