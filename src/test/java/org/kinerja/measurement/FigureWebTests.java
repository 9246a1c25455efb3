package org.kinerja.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.measurement.FigureDataset.YEAR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures API ({@code /api/v1/figures/{source}}) and drill-down page ({@code /figures/{source}}) on the known
 * answers of {@link FigureDataset}: figures, breakdowns and records, no personal names, focal points refused,
 * unreadable periods and unsupported breakdowns answered with 422 naming the parameter.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    JsonMapper json;

    FigureDataset data;
    String viewer;
    String focalPoint;
    String officer;

    @BeforeAll
    void dataset() {
        data = FigureDataset.get(context);
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
        focalPoint = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).withMember("IDN").create().email();
        officer = Users.aUser(users).withRole(Role.MEL_OFFICER).create().email();
    }

    private MockHttpServletResponse api(String email, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(email, Users.PASSWORD))).andReturn().getResponse();
    }

    private MockHttpServletResponse page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(user(details.loadUserByUsername(email)))).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String q(String more) {
        return "?plan=" + data.planCode + "&period=" + more;
    }

    @Test
    void answersAFigureWithItsPartsAndDefinition() throws Exception {
        MockHttpServletResponse r = api(viewer, "/api/v1/figures/WOMEN_SHARE" + q(YEAR + ""));
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode f = body(r);
        assertThat(f.get("source").asString()).isEqualTo("WOMEN_SHARE");
        assertThat(f.get("value").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(f.get("numerator").decimalValue()).isEqualByComparingTo("2");
        assertThat(f.get("denominator").decimalValue()).isEqualByComparingTo("4");
        assertThat(f.get("notRecorded").asLong()).isEqualTo(1);
        assertThat(f.get("period").asString()).isEqualTo(YEAR + "");
        assertThat(f.get("from").asString()).isEqualTo(YEAR + "-01-01");
        assertThat(f.get("name").asString()).isEqualTo("Women among people trained");
    }

    @Test
    void answersAQuarterAndAPurpose() throws Exception {
        assertThat(body(api(viewer, "/api/v1/figures/WOMEN_SHARE" + q(YEAR + "-Q3"))).get("value").decimalValue())
                .isEqualByComparingTo("100.00");
        assertThat(body(api(viewer, "/api/v1/figures/PEOPLE_TRAINED" + q(YEAR + "-H1") + "&purpose=3")).get("value")
                .decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void answersABreakdownWithBy() throws Exception {
        JsonNode b = body(api(officer, "/api/v1/figures/PEOPLE_TRAINED" + q(YEAR + "") + "&by=SEX"));
        assertThat(b.get("by").asString()).isEqualTo("SEX");
        JsonNode rows = b.get("rows");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("key").asString()).isEqualTo("FEMALE");
        assertThat(rows.get(0).get("value").decimalValue()).isEqualByComparingTo("2");
        assertThat(rows.get(3).get("key").asString()).isEqualTo("NOT_RECORDED");
        assertThat(rows.get(3).get("value").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void answersTheRequestsReceivedByRequesterAndTheRecordsOfOneTypeAndOneBody() throws Exception {
        JsonNode b = body(api(officer, "/api/v1/figures/REQUESTS_RECEIVED" + q(YEAR + "") + "&by=REQUESTER"));
        assertThat(b.get("by").asString()).isEqualTo("REQUESTER");
        assertThat(b.get("rows").valueStream().map(row -> row.get("key").asString() + "="
                + row.get("value").decimalValue().toPlainString()).toList())
                .containsExactly("AUS=2", "BODY-" + data.ahg + "=1", "CO_CHAIRS=1", "PHL=1");
        JsonNode types = body(api(viewer, "/api/v1/figures/REQUESTS_RECEIVED/records" + q(YEAR + "")
                + "&by=REQUEST_TYPE&key=TECHNICAL_ASSISTANCE"));
        assertThat(types.get("total").asLong()).isEqualTo(3);
        assertThat(types.get("items").valueStream().map(item -> item.get("id").asLong()).toList())
                .containsExactly(data.r1, data.r3, data.r7);
        JsonNode body = body(api(viewer, "/api/v1/figures/REQUESTS_RECEIVED/records" + q(YEAR + "")
                + "&by=REQUESTER&key=BODY-" + data.ahg));
        assertThat(body.get("items").valueStream().map(item -> item.get("id").asLong()).toList()).containsExactly(data.r2);
    }

    @Test
    void showsThePlannedActivitiesOfOneGenderMarkerWithTheBreakdownBeside() throws Exception {
        MockHttpServletResponse r = page(viewer, "/figures/ACTIVITIES_PLANNED" + q(YEAR + "") + "&by=GENDER_MARKER&key=NOT_RATED");
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"breakdown-table\"").contains("Breakdown by GENDER_MARKER")
                .contains("id=\"figure-total\">2 in total</p>")
                .contains("href=\"/figures/ACTIVITIES_PLANNED?plan=" + data.planCode + "&amp;period=" + YEAR
                        + "&amp;by=GENDER_MARKER&amp;key=2\">2</a>")
                .contains("href=\"/activities/" + data.a4 + "\"").contains("href=\"/activities/" + data.a5 + "\"")
                .doesNotContain("href=\"/activities/" + data.a1 + "\"").doesNotContain("href=\"/activities/" + data.a3 + "\"");
        assertThat(html.split("class=\"record-row\"", -1)).hasSize(3);
    }

    @Test
    void listsTheRecordsOfOneBreakdownLineWithoutNames() throws Exception {
        MockHttpServletResponse r = api(viewer, "/api/v1/figures/PEOPLE_TRAINED/records" + q(YEAR + "")
                + "&by=SEX&key=MALE");
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode page = body(r);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("PERSON");
        assertThat(item.get("id").asLong()).isEqualTo(data.p2);
        assertThat(item.get("label").asString()).isEqualTo("IDN · IMMIGRATION_BORDER");
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(data.p2Family).doesNotContain("Budi");
    }

    @Test
    void bindsABreakdownKeyAsAValueNeverAsSql() throws Exception {
        JsonNode page = body(api(viewer, "/api/v1/figures/PEOPLE_TRAINED/records" + q(YEAR + "")
                + "&by=SEX&key=MALE'%20or%20'1'='1"));
        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("items")).isEmpty();
    }

    @Test
    void pagesTheRecords() throws Exception {
        JsonNode page = body(api(viewer, "/api/v1/figures/REQUESTS_DELIVERED/records" + q(YEAR + "") + "&page=1&size=3"));
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(data.r3);
    }

    @Test
    void refusesMemberFocalPoints() throws Exception {
        assertThat(api(focalPoint, "/api/v1/figures/PEOPLE_TRAINED" + q(YEAR + "")).getStatus()).isEqualTo(403);
        assertThat(api(focalPoint, "/api/v1/figures/PEOPLE_TRAINED/records" + q(YEAR + "")).getStatus()).isEqualTo(403);
        assertThat(page(focalPoint, "/figures/PEOPLE_TRAINED" + q(YEAR + "")).getStatus()).isEqualTo(403);
    }

    @Test
    void answers422NamingAnUnreadablePeriod() throws Exception {
        MockHttpServletResponse r = api(viewer, "/api/v1/figures/PEOPLE_TRAINED" + q(YEAR + "-H3"));
        assertThat(r.getStatus()).isEqualTo(422);
        JsonNode error = body(r).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("period");
        assertThat(error.get("message").asString()).contains("2021-H1");
    }

    @Test
    void answers422NamingABreakdownTheSourceDoesNotSupport() throws Exception {
        MockHttpServletResponse r = api(viewer, "/api/v1/figures/ENGAGEMENTS" + q(YEAR + "") + "&by=SEX");
        assertThat(r.getStatus()).isEqualTo(422);
        JsonNode error = body(r).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("by");
        assertThat(error.get("message").asString()).isEqualTo("ENGAGEMENTS cannot be broken down by SEX.");
        assertThat(api(viewer, "/api/v1/figures/ENGAGEMENTS" + q(YEAR + "") + "&by=COLOUR").getStatus()).isEqualTo(422);
        assertThat(api(viewer, "/api/v1/figures/ENGAGEMENTS/records" + q(YEAR + "") + "&key=3").getStatus()).isEqualTo(422);
    }

    @Test
    void answers404ForAnUnknownSourceOrPlan() throws Exception {
        assertThat(api(viewer, "/api/v1/figures/HAPPINESS" + q(YEAR + "")).getStatus()).isEqualTo(404);
        MockHttpServletResponse r = api(viewer, "/api/v1/figures/PEOPLE_TRAINED?plan=NO-SUCH-PLAN&period=" + YEAR);
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(body(r).get("detail").asString()).contains("NO-SUCH-PLAN");
    }

    @Test
    void showsTheRecordsBehindAFigureLinkedToTheirPagesWithoutNames() throws Exception {
        MockHttpServletResponse r = page(viewer, "/figures/PEOPLE_TRAINED" + q(YEAR + "") + "&by=SEX&key=FEMALE");
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("People trained: " + YEAR)
                .contains("<dd id=\"figure-value\">5 people</dd>")
                .contains("href=\"/people/" + data.p1 + "\"").contains("href=\"/people/" + data.p4 + "\"")
                .doesNotContain("href=\"/people/" + data.p2 + "\"")
                .doesNotContain("Alice").doesNotContain(data.p2Family)
                .contains("/figures/PEOPLE_TRAINED/export.csv?plan=" + data.planCode + "&amp;period=" + YEAR
                        + "&amp;by=SEX&amp;key=FEMALE");
    }

    @Test
    void linksEachKindOfRecordToItsOwnPage() throws Exception {
        assertThat(page(viewer, "/figures/CAPACITY_EVENTS_HELD" + q(YEAR + "")).getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/events/" + data.e1 + "\"").doesNotContain("href=\"/events/" + data.e3 + "\"");
        assertThat(page(viewer, "/figures/ACTIVITIES_COMPLETED" + q(YEAR + "")).getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/activities/" + data.a1 + "\"");
        assertThat(page(viewer, "/figures/PRODUCTS_PUBLISHED" + q(YEAR + "")).getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/knowledge/" + data.k1 + "\"").doesNotContain("href=\"/knowledge/" + data.k4 + "\"");
        assertThat(page(viewer, "/figures/FORUMS_ENGAGED" + q(YEAR + "")).getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/directory/forums/" + data.forum2 + "\"");
        assertThat(page(viewer, "/figures/REQUESTS_RECEIVED" + q(YEAR + "")).getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/requests/" + data.r5 + "\"");
        assertThat(page(viewer, "/figures/MEMBERS_ENGAGED" + q(YEAR + "")).getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/directory/members/PHL\"");
        assertThat(page(viewer, "/figures/ENGAGEMENTS" + q(YEAR + "") + "&by=FORUM").getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/outreach/engagements/").contains("id=\"breakdown-table\"");
    }

    @Test
    void pageAnswers422SayingWhatCannotBeRead() throws Exception {
        MockHttpServletResponse r = page(viewer, "/figures/PEOPLE_TRAINED" + q("next-year") + "&by=FORUM");
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8))
                .contains("period: Write the period as a year (2021), a half (2021-H1) or a quarter (2021-Q3).")
                .contains("by: PEOPLE_TRAINED cannot be broken down by FORUM.");
    }

    @Test
    void exportsTheRecordsAsCsvAndXlsx() throws Exception {
        MockHttpServletResponse csv = page(viewer, "/figures/REQUESTS_DELIVERED/export.csv" + q(YEAR + ""));
        assertThat(csv.getStatus()).isEqualTo(200);
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("REQUEST," + data.r2 + ",").contains("Figures request two");
        assertThat(text.lines().filter(l -> l.startsWith("REQUEST,")).count()).isEqualTo(4);
        MockHttpServletResponse xlsx = page(viewer, "/figures/PEOPLE_TRAINED/export.xlsx" + q(YEAR + ""));
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("PERSON");
        }
    }
}
