package org.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.AttendanceRole;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.PersonInput;
import org.kinerja.delivery.PersonService;
import org.kinerja.delivery.Sex;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Annual Performance Report over {@code /api/v1/reports}, on a year with known answers ({@link ReportDataset})
 * in a database of its own: the live figures, issuing frozen versioned snapshots, conflicts, bad input, who may
 * read and issue, and PUBLIC suppression.
 */
@SpringBootTest(properties = "kinerja.test.database=report")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTests {

    static final int YEAR = ReportDataset.YEAR;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserService users;
    @Autowired
    DSLContext db;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventService events;
    @Autowired
    PersonService people;
    @Autowired
    PlanService plans;
    @Autowired
    WorkPlanService workPlans;
    @Autowired
    ActivityService activities;
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
    String coManager;
    String mel;
    String viewer;
    String officer;
    String focalPoint;
    String admin;

    @BeforeAll
    void dataset() {
        coManager = Users.aUser(users).withRole(Role.CO_MANAGER).create().email();
        admin = Users.aUser(users).withRole(Role.ADMIN).create().email();
        mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create().email();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
        var officerAccount = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        officer = officerAccount.email();
        focalPoint = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).withMember("IDN").create().email();
        data = new ReportDataset(plans, workPlans, activities, events, people, knowledge, engagements, requests,
                directory, partners, indicators, officerAccount.id());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private MockHttpServletResponse call(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(email, Users.PASSWORD))).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse r) throws Exception {
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode live(String email, String audience) throws Exception {
        MockHttpServletResponse r = call(email, get("/api/v1/reports/annual/" + YEAR).param("plan", data.code)
                .param("audience", audience));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return body(r);
    }

    private MockHttpServletResponse issue(String email, String type, Integer half, String audience) throws Exception {
        return call(email, post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("""
                {"type": "%s", "planCode": "%s", "year": %d, "half": %s, "audience": "%s"}"""
                .formatted(type, data.code, YEAR, half, audience)));
    }

    private long issued(MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(202);
        JsonNode b = body(r);
        assertThat(b.get("status").asString()).isIn("QUEUED", "RUNNING");
        return b.get("id").asLong();
    }

    /** Polls the issued report until it is no longer queued or generating (at most 60 s). */
    private JsonNode waitUntilFinished(long id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode r = body(call(coManager, get("/api/v1/reports/" + id)));
            String status = r.get("status").asString();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return r;
            }
            assertThat(System.currentTimeMillis()).as("report " + id + " finished in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }

    private static JsonNode withoutTimestamp(JsonNode report) {
        ObjectNode copy = (ObjectNode) report.deepCopy();
        copy.remove("generatedAt");
        return copy;
    }

    // ---- live figures -------------------------------------------------------------------------------------

    @Test
    void theAnnualReportOfAYearCarriesItsKnownFigures() throws Exception {
        JsonNode r = live(viewer, "INTERNAL");
        assertThat(r.get("year").asInt()).isEqualTo(YEAR);
        assertThat(r.get("planCode").asString()).isEqualTo(data.code);
        assertThat(r.get("generatedAt").asString()).isNotBlank();
        assertThat(r.get("type").asString()).isEqualTo("ANNUAL");

        JsonNode delivery = r.get("delivery");
        assertThat(List.of(delivery.get("planned").asLong(), delivery.get("completed").asLong(),
                delivery.get("inProgress").asLong(), delivery.get("postponed").asLong(),
                delivery.get("cancelled").asLong())).containsExactly(5L, 1L, 1L, 1L, 1L);

        JsonNode purposes = r.get("purposes");
        assertThat(purposes.size()).isEqualTo(4);
        List<String> perPurpose = new ArrayList<>();
        for (JsonNode p : purposes) {
            JsonNode a = p.get("activities");
            perPurpose.add(p.get("number").asInt() + ":" + a.get("planned").asLong() + "/" + a.get("completed").asLong()
                    + "/" + a.get("inProgress").asLong() + "/" + a.get("postponed").asLong() + "/"
                    + a.get("cancelled").asLong());
            assertThat(p.get("title").asString()).isNotBlank();
        }
        assertThat(perPurpose).containsExactly("1:1/0/0/0/0", "2:2/1/1/0/0", "3:1/0/0/1/0", "4:1/0/0/0/1");
        JsonNode indicator = purposes.get(1).get("indicators").get(0);
        assertThat(indicator.get("code").asString()).isEqualTo("P2.9");
        assertThat(indicator.get("name").asString()).isEqualTo("People trained in the year");
        assertThat(decimal(indicator.get("baseline"))).isEqualByComparingTo("1");
        assertThat(decimal(indicator.get("target"))).isEqualByComparingTo("8");
        assertThat(decimal(indicator.get("actual"))).isEqualByComparingTo("4");
        assertThat(indicator.get("status").asString()).isIn("ACHIEVED", "ON_TRACK", "BEHIND");
        assertThat(purposes.get(0).get("indicators").size()).isZero();

        JsonNode trained = r.get("peopleTrained");
        assertThat(trained.get("total").asLong()).isEqualTo(4);
        JsonNode bySex = trained.get("bySex");
        assertThat(List.of(bySex.get("FEMALE").asLong(), bySex.get("MALE").asLong(), bySex.get("OTHER").asLong(),
                bySex.get("NOT_RECORDED").asLong())).containsExactly(2L, 1L, 0L, 1L);
        assertThat(decimal(r.get("womenShare"))).isEqualByComparingTo("66.67");
        assertThat(r.get("sexNotRecorded").asLong()).isEqualTo(1);
        assertThat(decimal(r.get("knowledgeGain"))).isEqualByComparingTo("17.50");
        assertThat(decimal(r.get("satisfiedShare"))).isEqualByComparingTo("60.00");
        assertThat(r.get("capacityEventsHeld").asLong()).isEqualTo(2);
        assertThat(r.get("participantDays").asLong()).isEqualTo(13);
        assertThat(r.get("productsPublished").asLong()).isEqualTo(2);
        assertThat(r.get("engagements").asLong()).isEqualTo(3);
        assertThat(r.get("forumsEngaged").asLong()).isEqualTo(2);
        JsonNode req = r.get("requests");
        assertThat(req.get("received").asLong()).isEqualTo(4);
        assertThat(req.get("delivered").asLong()).isEqualTo(2);
        assertThat(decimal(req.get("onTimeShare"))).isEqualByComparingTo("50.00");
        assertThat(decimal(req.get("medianDays"))).isEqualByComparingTo("65");
        assertThat(r.get("membersEngaged").asLong()).isEqualTo(2);
        JsonNode budget = r.get("budget");
        assertThat(decimal(budget.get("planned"))).isEqualByComparingTo("15000");
        assertThat(decimal(budget.get("spent"))).isEqualByComparingTo("9000");
        assertThat(budget.get("currency").asString()).isEqualTo("AUD");
        assertThat(decimal(budget.get("executionShare"))).isEqualByComparingTo("60.00");
        assertThat(budget.get("otherCurrencies").get(0).get("currency").asString()).isEqualTo("USD");
        assertThat(decimal(budget.get("otherCurrencies").get(0).get("planned"))).isEqualByComparingTo("2000");
    }

    @Test
    void theReportsTablesListTheYearsRecords() throws Exception {
        JsonNode r = live(mel, "INTERNAL");
        JsonNode section = r.get("requestSection");
        assertThat(section.get("open").asLong()).isEqualTo(2);
        assertThat(section.get("overdue").asLong()).isEqualTo(1);
        // the page links them to the register as of the year's last day, which lists exactly those requests
        String asOf = YEAR + "-12-31";
        assertThat(body(call(mel, get("/api/v1/requests").param("openOn", asOf))).get("total").asLong()).isEqualTo(2);
        assertThat(body(call(mel, get("/api/v1/requests").param("openOn", asOf).param("dueBefore", asOf)))
                .get("total").asLong()).isEqualTo(1);
        MockHttpServletResponse badDay = call(mel, get("/api/v1/requests").param("openOn", "31/12/2003"));
        assertThat(badDay.getStatus()).isEqualTo(422);
        assertThat(body(badDay).get("errors").get(0).get("field").asString()).isEqualTo("openOn");
        assertThat(counts(section.get("byRequester")))
                .containsExactly("IDN=2", "BODY-" + data.adHocGroup + "=1", "AUS=1");
        assertThat(texts(section.get("byRequester"), "label")).containsExactly("Indonesia", "Ad Hoc Group", "Australia");
        assertThat(counts(section.get("byType"))).containsExactly("TECHNICAL_ASSISTANCE=3", "RESEARCH=1");
        JsonNode training = r.get("training");
        assertThat(texts(training.get("events"), "title"))
                .containsExactly("Investigations training", "Victim identification workshop");
        assertThat(training.get("events").get(0).get("participants").asLong()).isEqualTo(3);
        assertThat(counts(training.get("byMember"))).containsExactlyInAnyOrder("IDN=2", "AUS=1", "NONE=1");
        assertThat(counts(training.get("byAgencyType")))
                .containsExactlyInAnyOrder("IMMIGRATION_BORDER=2", "POLICE_LAW_ENFORCEMENT=1", "CIVIL_SOCIETY=1");
        assertThat(counts(r.get("members"))).containsExactlyInAnyOrder("IDN=2", "AUS=1");
        assertThat(texts(r.get("products"), "title")).containsExactly("Investigations toolkit",
                "Policy guide on victim support");
        assertThat(counts(r.get("engagementsByType"))).containsExactlyInAnyOrder("PRESENTATION=2", "PANEL=1");
        assertThat(r.get("engagementsByForum").size()).isEqualTo(2);
        assertThat(texts(r.get("partners"), "name")).containsExactly("Report test partner " + data.code);
        assertThat(counts(r.get("principles").get("genderMarker")))
                .containsExactly("0=0", "1=1", "2=1", "NOT_RATED=3");
        JsonNode evidence = r.get("principles").get("principles").get(0).get("evidence");
        assertThat(evidence.size()).isEqualTo(1);
        assertThat(evidence.get(0).get("evidence").asString()).isEqualTo("Designed with member agencies.");
        assertThat(r.get("activities").size()).isEqualTo(5);
        assertThat(texts(r.get("budgetByPurpose"), "currency")).containsExactly("AUD", "USD");
        assertThat(r.get("definitions").size()).isEqualTo(17);
    }

    @Test
    void eachLineOfTheGenderMarkerAndRequestTablesDrillsDownToExactlyItsRecords() throws Exception {
        JsonNode r = live(mel, "INTERNAL");
        List<String> lines = new ArrayList<>();
        for (JsonNode line : r.get("principles").get("genderMarker")) {
            lines.add(drillDown("ACTIVITIES_PLANNED", "GENDER_MARKER", line));
        }
        for (JsonNode line : r.get("requestSection").get("byType")) {
            lines.add(drillDown("REQUESTS_RECEIVED", "REQUEST_TYPE", line));
        }
        for (JsonNode line : r.get("requestSection").get("byRequester")) {
            lines.add(drillDown("REQUESTS_RECEIVED", "REQUESTER", line));
        }
        assertThat(lines).containsExactly("0: 0 of 0", "1: 1 of 1", "2: 1 of 1", "NOT_RATED: 3 of 3",
                "TECHNICAL_ASSISTANCE: 3 of 3", "RESEARCH: 1 of 1", "IDN: 2 of 2",
                "BODY-" + data.adHocGroup + ": 1 of 1", "AUS: 1 of 1");
        JsonNode body = body(call(mel, get("/api/v1/figures/REQUESTS_RECEIVED/records").param("plan", data.code)
                .param("period", String.valueOf(YEAR)).param("by", "REQUESTER").param("key", "BODY-" + data.adHocGroup)));
        assertThat(body.get("items").get(0).get("label").asString()).isEqualTo("Request of the Ad Hoc Group");
        // the budget in a second currency links to the year's activities budgeted in it: the one USD activity
        assertThat(r.get("budget").get("otherCurrencies").get(0).get("currency").asString()).isEqualTo("USD");
        long usd = currencyRecords("USD");
        assertThat(usd).isEqualTo(1);
        assertThat(currencyRecords("AUD") + usd + currencyRecords("NONE")).isEqualTo(r.get("activities").size());
    }

    private long currencyRecords(String currency) throws Exception {
        return body(call(mel, get("/api/v1/figures/ACTIVITIES_PLANNED/records").param("plan", data.code)
                .param("period", String.valueOf(YEAR)).param("by", "CURRENCY").param("key", currency)))
                .get("total").asLong();
    }

    /** {@code key: n of m}: the records the line's drill-down lists beside the count the report prints. */
    private String drillDown(String source, String by, JsonNode line) throws Exception {
        String key = line.get("key").asString();
        MockHttpServletResponse response = call(mel, get("/api/v1/figures/" + source + "/records").param("plan", data.code)
                .param("period", String.valueOf(YEAR)).param("by", by).param("key", key));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return key + ": " + body(response).get("total").asLong() + " of " + line.get("count").asLong();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    private static List<String> counts(JsonNode lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(n -> out.add(n.get("key").asString() + "=" + (n.get("count").isNull() ? "null" : n.get("count").asLong())));
        return out;
    }

    @Test
    void aPublicReportSuppressesSmallDisaggregatedCountsButNotTotals() throws Exception {
        JsonNode r = live(coManager, "PUBLIC");
        assertThat(r.get("audience").asString()).isEqualTo("PUBLIC");
        assertThat(r.get("suppressedBelow").asInt()).isEqualTo(5);
        JsonNode bySex = r.get("peopleTrained").get("bySex");
        assertThat(bySex.get("FEMALE").isNull()).isTrue();
        assertThat(bySex.get("MALE").isNull()).isTrue();
        assertThat(bySex.get("NOT_RECORDED").isNull()).isTrue();
        assertThat(bySex.get("OTHER").asLong()).isZero();
        assertThat(r.get("peopleTrained").get("total").asLong()).isEqualTo(4);
        assertThat(r.get("sexNotRecorded").isNull()).isTrue();
        assertThat(counts(r.get("members"))).containsExactlyInAnyOrder("IDN=null", "AUS=null");
        assertThat(r.get("training").get("events").get(0).get("participants").isNull()).isTrue();
        assertThat(r.get("requests").get("received").asLong()).isEqualTo(4);
        assertThat(live(coManager, "INTERNAL").get("suppressedBelow").isNull()).isTrue();
    }

    @Test
    void theSemiAnnualReportCountsTheFirstHalfOnly() throws Exception {
        MockHttpServletResponse response = call(viewer, get("/api/v1/reports/semi-annual/" + YEAR + "/1")
                .param("plan", data.code));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode r = body(response);
        assertThat(r.get("half").asInt()).isEqualTo(1);
        assertThat(r.get("periodTo").asString()).isEqualTo(YEAR + "-06-30");
        assertThat(r.get("peopleTrained").get("total").asLong()).isEqualTo(4);
        assertThat(r.get("productsPublished").asLong()).isEqualTo(1);
        assertThat(r.get("engagements").asLong()).isEqualTo(1);
        assertThat(r.get("requests").get("received").asLong()).isEqualTo(3);
    }

    @Test
    void aSemiAnnualReportsActivityCountsAreThoseTheYearsDrillDownsList() throws Exception {
        JsonNode d = body(call(viewer, get("/api/v1/reports/semi-annual/" + YEAR + "/1").param("plan", data.code)))
                .get("delivery");
        // the year's work plan as it stands: 5 activities, though 2 of them are planned to end in the first half
        assertThat(List.of(d.get("planned").asLong(), d.get("completed").asLong(), d.get("inProgress").asLong(),
                d.get("postponed").asLong(), d.get("cancelled").asLong())).containsExactly(5L, 1L, 1L, 1L, 1L);
        assertThat(List.of(yearTotal("ACTIVITIES_PLANNED", ""), yearTotal("ACTIVITIES_PLANNED", "COMPLETED"),
                yearTotal("ACTIVITIES_PLANNED", "IN_PROGRESS"), yearTotal("ACTIVITIES_PLANNED", "POSTPONED"),
                yearTotal("ACTIVITIES_PLANNED", "CANCELLED"))).containsExactly(5L, 1L, 1L, 1L, 1L);
    }

    /** How many records the drill-down of the year lists: all of the source's, or those of one activity status. */
    private long yearTotal(String source, String status) throws Exception {
        var request = get("/api/v1/figures/" + source + "/records").param("plan", data.code)
                .param("period", String.valueOf(YEAR));
        if (!status.isEmpty()) {
            request.param("by", "ACTIVITY_STATUS").param("key", status);
        }
        return body(call(mel, request)).get("total").asLong();
    }

    // ---- bad input and roles ------------------------------------------------------------------------------

    @Test
    void aYearOutsideThePlanIsRefusedNamingTheYear() throws Exception {
        MockHttpServletResponse r = call(viewer, get("/api/v1/reports/annual/" + (YEAR + 5)).param("plan", data.code));
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(body(r).get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(body(r).get("detail").asString()).contains(String.valueOf(YEAR + 5)).contains(data.code);

        long before = db.fetchCount(db.selectFrom("report.issued_report"));
        MockHttpServletResponse issue = call(coManager, post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "ANNUAL", "planCode": "%s", "year": %d, "audience": "INTERNAL"}"""
                        .formatted(data.code, YEAR + 5)));
        assertThat(issue.getStatus()).isEqualTo(422);
        assertThat(body(issue).get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(db.fetchCount(db.selectFrom("report.issued_report"))).isEqualTo(before);
    }

    @Test
    void badReportRequestsNameTheirField() throws Exception {
        assertThat(body(call(viewer, get("/api/v1/reports/annual/abc"))).get("errors").get(0).get("field").asString())
                .isEqualTo("year");
        MockHttpServletResponse half = call(viewer, get("/api/v1/reports/semi-annual/" + YEAR + "/3").param("plan", data.code));
        assertThat(half.getStatus()).isEqualTo(422);
        assertThat(body(half).get("errors").get(0).get("field").asString()).isEqualTo("half");
        MockHttpServletResponse plan = call(viewer, get("/api/v1/reports/annual/" + YEAR).param("plan", "NO-SUCH-PLAN"));
        assertThat(plan.getStatus()).isEqualTo(422);
        assertThat(body(plan).get("errors").get(0).get("field").asString()).isEqualTo("planCode");
        MockHttpServletResponse audience = call(viewer, get("/api/v1/reports/annual/" + YEAR).param("plan", data.code)
                .param("audience", "EVERYONE"));
        assertThat(audience.getStatus()).isEqualTo(422);
        assertThat(body(audience).get("errors").get(0).get("field").asString()).isEqualTo("audience");
        MockHttpServletResponse semi = call(coManager, post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "SEMI_ANNUAL", "planCode": "%s", "year": %d, "audience": "INTERNAL"}"""
                        .formatted(data.code, YEAR)));
        assertThat(semi.getStatus()).isEqualTo(422);
        assertThat(body(semi).get("errors").get(0).get("field").asString()).isEqualTo("half");
    }

    @Test
    void onlyCoManagersAndAdministratorsIssueReports() throws Exception {
        for (String email : List.of(mel, viewer, officer, focalPoint)) {
            assertThat(issue(email, "ANNUAL", null, "INTERNAL").getStatus()).as(email).isEqualTo(403);
        }
    }

    @Test
    void memberFocalPointsReadNoLiveReport() throws Exception {
        assertThat(call(focalPoint, get("/api/v1/reports/annual/" + YEAR).param("plan", data.code)).getStatus())
                .isEqualTo(403);
        assertThat(call(focalPoint, get("/api/v1/reports/annual/" + YEAR + ".pdf").param("plan", data.code)).getStatus())
                .isEqualTo(403);
        assertThat(call(focalPoint, get("/api/v1/reports/semi-annual/" + YEAR + "/1").param("plan", data.code))
                .getStatus()).isEqualTo(403);
    }

    // ---- narratives ---------------------------------------------------------------------------------------

    @Test
    void theForewordAndHighlightsWrittenAppearInTheReportAndAStaleSaveIsAConflict() throws Exception {
        String path = "/api/v1/reports/semi-annual/" + YEAR + "/2/narratives/";
        MockHttpServletResponse first = call(coManager, put(path + "0").param("plan", data.code)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"A year of <b>firsts</b>.\", \"version\": 0}"));
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
        assertThat(body(first).get("version").asInt()).isEqualTo(1);
        MockHttpServletResponse highlights = call(mel, put(path + "2").param("plan", data.code)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Four people trained.\", \"version\": 0}"));
        assertThat(highlights.getStatus()).isEqualTo(200);

        MockHttpServletResponse stale = call(mel, put(path + "0").param("plan", data.code)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Overwritten\", \"version\": 0}"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(call(viewer, put(path + "0").param("plan", data.code).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"x\", \"version\": 1}")).getStatus()).isEqualTo(403);
        MockHttpServletResponse unknownPurpose = call(mel, put(path + "9").param("plan", data.code)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"x\", \"version\": 0}"));
        assertThat(unknownPurpose.getStatus()).isEqualTo(404);
        MockHttpServletResponse tooLong = call(mel, put(path + "3").param("plan", data.code)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"" + "x".repeat(ReportService.NARRATIVE_MAX + 1) + "\", \"version\": 0}"));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(body(tooLong).get("errors").get(0).get("field").asString()).isEqualTo("text");

        JsonNode read = body(call(viewer, get(path + "0").param("plan", data.code)));
        assertThat(read.get("text").asString()).isEqualTo("A year of <b>firsts</b>.");
        JsonNode report = body(call(viewer, get("/api/v1/reports/semi-annual/" + YEAR + "/2").param("plan", data.code)));
        assertThat(report.get("foreword").asString()).isEqualTo("A year of <b>firsts</b>.");
        assertThat(report.get("purposes").get(1).get("highlights").asString()).isEqualTo("Four people trained.");
        assertThat(report.get("purposes").get(0).get("highlights").asString()).isEmpty();
    }

    // ---- issuing ------------------------------------------------------------------------------------------

    @Test
    void anIssuedReportKeepsItsSnapshotAndFilesWhileTheLiveReportMovesOnAndIssuingAgainMakesVersion2()
            throws Exception {
        JsonNode liveAtIssue = live(coManager, "INTERNAL");
        long id = issued(issue(coManager, "ANNUAL", null, "INTERNAL"));
        JsonNode done = waitUntilFinished(id);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("version").asInt()).isEqualTo(1);
        assertThat(done.get("planCode").asString()).isEqualTo(data.code);
        assertThat(done.get("year").asInt()).isEqualTo(YEAR);
        assertThat(done.get("issuedBy").asString()).isNotBlank();
        assertThat(done.get("issuedAt").asString()).isNotBlank();
        assertThat(withoutTimestamp(done.get("snapshot"))).isEqualTo(withoutTimestamp(liveAtIssue));
        byte[] pdf = call(viewer, get("/api/v1/reports/" + id + ".pdf")).getContentAsByteArray();
        byte[] docx = call(viewer, get("/api/v1/reports/" + id + ".docx")).getContentAsByteArray();
        byte[] xlsx = call(viewer, get("/api/v1/reports/" + id + ".xlsx")).getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(docx).startsWith((byte) 'P', (byte) 'K');
        assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
        JsonNode lockedIndicator = live(coManager, "INTERNAL").get("purposes").get(1).get("indicators").get(0);
        assertThat(lockedIndicator.get("valueStatus").asString()).as("indicator value locked by the issue")
                .isEqualTo("LOCKED");

        // a sixth person trained at the workshop: the live report moves on, the issued one does not
        long fay = people.create(new PersonInput("Fay", "Reporttest", Sex.FEMALE, "AUS", "Agency of Fay", null,
                "Officer", null, null)).id();
        Attendance added = ReportDataset.attend(events, data.workshopEvent, fay, AttendanceRole.PARTICIPANT, 2, 50, 70, 5);
        try {
            assertThat(live(coManager, "INTERNAL").get("peopleTrained").get("total").asLong()).isEqualTo(5);
            JsonNode again = body(call(coManager, get("/api/v1/reports/" + id)));
            assertThat(again.get("snapshot")).isEqualTo(done.get("snapshot"));
            assertThat(again.get("snapshot").get("peopleTrained").get("total").asLong()).isEqualTo(4);
            assertThat(call(viewer, get("/api/v1/reports/" + id + ".pdf")).getContentAsByteArray()).isEqualTo(pdf);
            assertThat(call(viewer, get("/api/v1/reports/" + id + ".docx")).getContentAsByteArray()).isEqualTo(docx);
            assertThat(call(viewer, get("/api/v1/reports/" + id + ".xlsx")).getContentAsByteArray()).isEqualTo(xlsx);

            long second = issued(issue(admin, "ANNUAL", null, "INTERNAL"));
            JsonNode v2 = waitUntilFinished(second);
            assertThat(v2.get("status").asString()).isEqualTo("DONE");
            assertThat(v2.get("version").asInt()).isEqualTo(2);
            assertThat(v2.get("snapshot").get("peopleTrained").get("total").asLong()).isEqualTo(5);
        } finally {
            events.deleteAttendance(data.workshopEvent, added.id(), added.version());
        }
    }

    @Test
    void issuingWhileTheSameReportIsGeneratingIsAConflictNamingIt() throws Exception {
        long first;
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (Statement s = hold.createStatement()) {
                // the generation reads the narratives first: while this lock is held it waits, still RUNNING
                s.execute("lock table report.narrative in access exclusive mode");
            }
            first = issued(issue(coManager, "SEMI_ANNUAL", 1, "INTERNAL"));
            MockHttpServletResponse second = issue(coManager, "SEMI_ANNUAL", 1, "INTERNAL");
            assertThat(second.getStatus()).isEqualTo(409);
            assertThat(body(second).get("detail").asString()).contains("report " + first).contains("version 1");
            MockHttpServletResponse files = call(coManager, get("/api/v1/reports/" + first + ".pdf"));
            assertThat(files.getStatus()).isEqualTo(409);
            MockHttpServletResponse pending = call(coManager, get("/api/v1/reports/" + first));
            assertThat(body(pending).get("status").asString()).isIn("QUEUED", "RUNNING");
            assertThat(body(pending).get("snapshot").isNull()).isTrue();
            hold.rollback();
        }
        assertThat(waitUntilFinished(first).get("status").asString()).isEqualTo("DONE");
        long next = issued(issue(coManager, "SEMI_ANNUAL", 1, "INTERNAL"));
        assertThat(waitUntilFinished(next).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void memberFocalPointsReadIssuedPublicReportsOnly() throws Exception {
        long internal = issued(issue(coManager, "SEMI_ANNUAL", 2, "INTERNAL"));
        long published = issued(issue(coManager, "SEMI_ANNUAL", 1, "PUBLIC"));
        waitUntilFinished(internal);
        assertThat(waitUntilFinished(published).get("status").asString()).isEqualTo("DONE");

        assertThat(call(focalPoint, get("/api/v1/reports/" + internal)).getStatus()).isEqualTo(403);
        assertThat(call(focalPoint, get("/api/v1/reports/" + internal + ".pdf")).getStatus()).isEqualTo(403);
        MockHttpServletResponse open = call(focalPoint, get("/api/v1/reports/" + published));
        assertThat(open.getStatus()).isEqualTo(200);
        assertThat(body(open).get("snapshot").get("peopleTrained").get("bySex").get("FEMALE").isNull()).isTrue();
        assertThat(call(focalPoint, get("/api/v1/reports/" + published + ".xlsx")).getStatus()).isEqualTo(200);
        JsonNode list = body(call(focalPoint, get("/api/v1/reports").param("size", "500")));
        List<String> audiences = texts(list.get("items"), "audience");
        assertThat(audiences).isNotEmpty().containsOnly("PUBLIC");
        JsonNode all = body(call(viewer, get("/api/v1/reports").param("size", "500")));
        assertThat(texts(all.get("items"), "audience")).contains("INTERNAL", "PUBLIC");
        assertThat(call(viewer, get("/api/v1/reports/999999999")).getStatus()).isEqualTo(404);

        // the list as a file holds the same reports as the list each reader sees
        String focalCsv = call(focalPoint, get("/api/v1/reports").param("format", "csv"))
                .getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        assertThat(focalCsv).startsWith("Id,Type,Plan,Year,Half,Audience,Version,Status,Issued at,Issued by")
                .contains(published + ",SEMI_ANNUAL,").doesNotContain(internal + ",SEMI_ANNUAL,");
        assertThat(focalCsv.lines().skip(1).filter(l -> !l.isBlank()).toList()).allMatch(l -> l.contains(",PUBLIC,"));
        MockHttpServletResponse viewerCsv = call(viewer, get("/reports/export.csv"));
        assertThat(viewerCsv.getStatus()).isEqualTo(200);
        assertThat(viewerCsv.getContentAsString(StandardCharsets.UTF_8))
                .contains(internal + ",SEMI_ANNUAL,").contains(published + ",SEMI_ANNUAL,");
    }
}
