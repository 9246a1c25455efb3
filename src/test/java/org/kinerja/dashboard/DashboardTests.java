package org.kinerja.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.delivery.AttendanceRole;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.PersonService;
import org.kinerja.delivery.AgencyType;
import org.kinerja.delivery.EventInput;
import org.kinerja.delivery.EventKind;
import org.kinerja.delivery.EventStatus;
import org.kinerja.delivery.PersonInput;
import org.kinerja.delivery.Sex;
import org.kinerja.directory.ForumService;
import org.kinerja.identity.Role;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.knowledge.KnowledgeService;
import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.measurement.IpttRow;
import org.kinerja.measurement.Period;
import org.kinerja.outreach.EngagementService;
import org.kinerja.identity.UserService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Purpose;
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
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard on a dataset with known answers (see {@link DashboardDataset}): the page and the API show the
 * same figures, read from the rollups, which a change rebuilds; the page never reads the attendances; a member
 * focal point sees only their own member's figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    DSLContext db;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;
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
    MemberRequestService requests;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    ForumService forums;
    @Autowired
    EngagementService engagements;
    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorValueService values;
    @Autowired
    DashboardService dashboards;
    @Autowired
    RollupRefresher refresher;
    @Autowired
    TransactionTemplate transactions;

    DashboardDataset data;
    String viewer;

    @BeforeAll
    void dataset() throws InterruptedException {
        data = new DashboardDataset(plans, workPlans, activities, events, people, requests, knowledge, forums,
                engagements, indicators, Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create().id());
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
        DashboardDataset.await(dashboards, db, DashboardDataset.YEAR, DashboardDataset.now(db));
    }

    private MockHttpServletResponse page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(user(details.loadUserByUsername(email)))).andReturn().getResponse();
    }

    private String html(String email, String path) throws Exception {
        MockHttpServletResponse response = page(email, path);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode api(String email, String query) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/dashboard" + query)
                .with(httpBasic(email, Users.PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The number in the row {@code data-figure} of the table {@code id} of a page. */
    private static String cell(String html, String tableId, String figure) {
        int table = html.indexOf("id=\"" + tableId + "\"");
        assertThat(table).as("table " + tableId).isPositive();
        int end = html.indexOf("</table>", table);
        Matcher m = Pattern.compile("data-figure=\"" + figure + "\">\\s*<th[^>]*>[^<]*</th>\\s*<td class=\"num\">\\s*(?:<a href=\"([^\"]*)\">)?(\\d+)")
                .matcher(html.substring(table, end));
        assertThat(m.find()).as(figure + " in " + tableId).isTrue();
        return m.group(2) + (m.group(1) == null ? "" : " " + m.group(1).replace("&amp;", "&"));
    }

    private static long n(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.get(p);
        }
        return n.asLong();
    }

    private static JsonNode purpose(JsonNode body, int number) {
        for (JsonNode p : body.get("purposes")) {
            if (p.get("number").asInt() == number) {
                return p.get("figures");
            }
        }
        throw new AssertionError("no purpose " + number);
    }

    @Test
    void countsTheYearsActivitiesEventsPeopleAndRequestsInTheApiAndOnThePage() throws Exception {
        JsonNode body = api(viewer, "?year=2006");
        assertThat(body.get("year").asInt()).isEqualTo(2006);
        assertThat(body.get("plan").get("code").asString()).isEqualTo(data.planCode);
        assertThat(body.get("asOf").asString()).isNotBlank();
        assertThat(body.get("workPlanId").asLong()).isEqualTo(data.workPlanId);
        JsonNode total = body.get("total");
        assertThat(n(total, "activitiesTotal")).isEqualTo(6);
        assertThat(n(total, "activities", "PLANNED")).isEqualTo(4);
        assertThat(n(total, "activities", "COMPLETED")).isEqualTo(1);
        assertThat(n(total, "activities", "CANCELLED")).isEqualTo(1);
        assertThat(n(total, "eventsHeld")).isEqualTo(2);
        // Ana counts once though she was trained at both events
        assertThat(n(total, "peopleTrainedTotal")).isEqualTo(4);
        assertThat(n(total, "peopleTrained", "FEMALE")).isEqualTo(2);
        assertThat(n(total, "peopleTrained", "MALE")).isEqualTo(1);
        assertThat(n(total, "peopleTrained", "OTHER")).isEqualTo(0);
        assertThat(n(total, "peopleTrained", "NOT_RECORDED")).isEqualTo(1);
        JsonNode p1 = purpose(body, 1);
        assertThat(n(p1, "activitiesTotal")).isEqualTo(2);
        assertThat(n(p1, "eventsHeld")).isEqualTo(1);
        assertThat(n(p1, "peopleTrainedTotal")).isEqualTo(2);
        assertThat(n(p1, "peopleTrained", "MALE")).isEqualTo(1);
        JsonNode p2 = purpose(body, 2);
        assertThat(n(p2, "activitiesTotal")).isEqualTo(3);
        assertThat(n(p2, "activities", "CANCELLED")).isEqualTo(1);
        assertThat(n(p2, "eventsHeld")).isEqualTo(1);
        assertThat(n(p2, "peopleTrained", "FEMALE")).isEqualTo(2);
        assertThat(n(p2, "peopleTrained", "NOT_RECORDED")).isEqualTo(1);
        assertThat(n(p2, "peopleTrainedTotal")).isEqualTo(3);
        assertThat(n(purpose(body, 4), "activitiesTotal")).isEqualTo(0);
        assertThat(n(total, "productsPublished")).isEqualTo(2);
        assertThat(n(purpose(body, 3), "productsPublished")).isEqualTo(1);
        assertThat(n(p1, "productsPublished")).isEqualTo(0);
        assertThat(n(total, "engagements")).isEqualTo(2);
        assertThat(n(p1, "engagements")).isEqualTo(1);
        assertThat(n(p2, "engagements")).isEqualTo(0);
        JsonNode requestsOf2006 = body.get("requests");
        assertThat(n(requestsOf2006, "received")).isEqualTo(4);
        assertThat(n(requestsOf2006, "open")).isEqualTo(3);
        assertThat(n(requestsOf2006, "openByStatus", "RECEIVED")).isEqualTo(1);
        assertThat(n(requestsOf2006, "openByStatus", "ACCEPTED")).isEqualTo(1);
        assertThat(n(requestsOf2006, "openByStatus", "IN_PROGRESS")).isEqualTo(1);
        assertThat(n(requestsOf2006, "overdue")).isEqualTo(2);

        String html = html(viewer, "/?year=2006");
        assertThat(html).contains("<h1>Dashboard 2006</h1>").contains("Figures as of ").doesNotContain("??");
        assertThat(cell(html, "figures-year", "activities")).isEqualTo("6 /workplans/" + data.workPlanId);
        assertThat(cell(html, "figures-year", "activities-COMPLETED"))
                .isEqualTo("1 /workplans/" + data.workPlanId + "?status=COMPLETED");
        assertThat(cell(html, "figures-year", "events"))
                .isEqualTo("2 /figures/CAPACITY_EVENTS_HELD?plan=" + data.planCode + "&period=2006");
        assertThat(cell(html, "figures-year", "people")).startsWith("4 /figures/PEOPLE_TRAINED?");
        assertThat(cell(html, "figures-year", "people-FEMALE"))
                .isEqualTo("2 /figures/PEOPLE_TRAINED?plan=" + data.planCode + "&period=2006&by=SEX&key=FEMALE");
        assertThat(cell(html, "figures-purpose-2", "activities-CANCELLED"))
                .isEqualTo("1 /workplans/" + data.workPlanId + "?purpose=2&status=CANCELLED");
        assertThat(cell(html, "figures-purpose-2", "people"))
                .isEqualTo("3 /figures/PEOPLE_TRAINED?plan=" + data.planCode + "&period=2006&purpose=2");
        assertThat(cell(html, "figures-purpose-1", "people-MALE")).startsWith("1 ");
        assertThat(cell(html, "figures-year", "products"))
                .isEqualTo("2 /figures/PRODUCTS_PUBLISHED?plan=" + data.planCode + "&period=2006");
        assertThat(cell(html, "figures-purpose-1", "engagements"))
                .isEqualTo("1 /figures/ENGAGEMENTS?plan=" + data.planCode + "&period=2006&purpose=1");
        assertThat(cell(html, "figures-requests", "requests-received")).isEqualTo("4 /requests?from=2006-01-01&to=2006-12-31");
        assertThat(cell(html, "figures-requests", "requests-open")).isEqualTo("3");
        assertThat(cell(html, "figures-requests", "requests-overdue"))
                .isEqualTo("2 /requests?overdue=true&from=2006-01-01&to=2006-12-31");
        assertThat(html).contains("<option value=\"2006\" selected>2006</option>");
    }

    @Test
    void countsThePlansIndicatorsByTheirStatusAgainstTheYearsTarget() throws Exception {
        List<IpttRow> iptt = values.iptt(data.planCode, Period.ofYear(2006));
        assertThat(iptt).hasSize(3);

        JsonNode body = api(viewer, "?year=2006");

        JsonNode failure = body.path("indicatorsFailure");
        assertThat(failure.isNull() || failure.isMissingNode()).as("indicator statuses counted: " + failure).isTrue();
        assertThat(n(body.get("total"), "indicatorsTotal")).isEqualTo(iptt.size());
        for (int purpose = 1; purpose <= 4; purpose++) {
            for (String status : List.of("ACHIEVED", "ON_TRACK", "BEHIND", "NO_DATA")) {
                int p = purpose;
                long expected = iptt.stream().filter(r -> r.purposeNumber() == p && r.status().name().equals(status)).count();
                assertThat(n(purpose(body, purpose), "indicators", status)).as("P" + purpose + " " + status)
                        .isEqualTo(expected);
            }
        }
        assertThat(n(body.get("total"), "indicators", "NO_DATA")).as("the manual indicator without a value").isPositive();
        String html = html(viewer, "/?year=2006");
        assertThat(cell(html, "figures-year", "indicators"))
                .isEqualTo(iptt.size() + " /plans/" + data.planCode + "/iptt?year=2006");
        long noData = iptt.stream().filter(r -> r.purposeNumber() == 2 && r.status().name().equals("NO_DATA")).count();
        assertThat(cell(html, "figures-purpose-2", "indicators-NO_DATA")).startsWith(noData + " ");
    }

    @Test
    void theRequestLinksOfTheDashboardListTheRequestsTheyCount() throws Exception {
        String list = html(viewer, "/requests?overdue=true&from=2006-01-01&to=2006-12-31");
        assertThat(list.split("Dashboard request 2006-", -1)).hasSize(3);
        assertThat(list).contains("Dashboard request 2006-02-01").contains("Dashboard request 2006-03-01");
    }

    @Test
    void anAddedAttendanceIsCountedAfterTheRollupIsRebuilt() throws Exception {
        assertThat(n(api(viewer, "?year=2007").get("total"), "peopleTrainedTotal")).isEqualTo(1);
        DashboardDataset.attend(events, data.crossingYear, data.secondPerson, AttendanceRole.PARTICIPANT);
        OffsetDateTime added = DashboardDataset.now(db);

        Dashboard rebuilt = DashboardDataset.await(dashboards, db, DashboardDataset.NEXT_YEAR, added);

        assertThat(rebuilt.total().peopleTrainedTotal()).isEqualTo(2);
        assertThat(rebuilt.total().peopleTrained().get("FEMALE")).isEqualTo(2);
        String html = html(viewer, "/?year=2007");
        assertThat(cell(html, "figures-year", "people")).startsWith("2 ");
        assertThat(cell(html, "figures-purpose-2", "people-FEMALE")).startsWith("2 ");
    }

    @Test
    void anImportOfManyAttendancesInOneTransactionCostsOneRebuild() throws Exception {
        long runsBefore = refresher.runs();
        // like an attendance import: one transaction writes 25 people and their attendances at a training of 2008
        transactions.executeWithoutResult(s -> {
            long training = events.create(new EventInput(events.get(data.trainingP2).activityId(), EventKind.TRAINING,
                    "Imported training " + data.planCode, java.time.LocalDate.parse("2008-05-05"),
                    java.time.LocalDate.parse("2008-05-06"), "Suva", "FJI", false, EventStatus.HELD, List.of("en"),
                    List.of(), "", null)).id();
            for (int i = 0; i < 25; i++) {
                long person = people.create(new PersonInput("Imported" + i, data.planCode, i % 2 == 0 ? Sex.FEMALE : Sex.MALE,
                        "FJI", "Agency", AgencyType.IMMIGRATION_BORDER, "", null, null)).id();
                DashboardDataset.attend(events, training, person, AttendanceRole.PARTICIPANT);
            }
        });
        OffsetDateTime committed = DashboardDataset.now(db);

        Dashboard of2008 = DashboardDataset.await(dashboards, db, 2008, committed);

        assertThat(refresher.runs() - runsBefore).as("rebuilds after 51 changes in one commit").isEqualTo(1);
        assertThat(of2008.plan()).isNull();
        assertThat(of2008.total().peopleTrainedTotal()).isEqualTo(25);
        assertThat(of2008.total().peopleTrained().get("FEMALE")).isEqualTo(13);
        assertThat(of2008.total().eventsHeld()).isEqualTo(1);
        assertThat(dashboards.years()).contains(2008, 2007, 2006);
    }

    @Test
    void thePageAndTheApiNeverReadTheAttendances() throws Exception {
        // warm up: the first rendering loads classes and templates, not data
        html(viewer, "/?year=2006");
        for (int attempt = 1; ; attempt++) {
            String rebuildsBefore = rebuilds();
            long before = attendanceReads();
            html(viewer, "/?year=2006");
            html(viewer, "/");
            api(viewer, "?year=2006");
            long after = attendanceReads();
            if (rebuilds().equals(rebuildsBefore)) {
                assertThat(after).as("scans of delivery.attendance while showing the dashboard").isEqualTo(before);
                break;
            }
            // a rebuild (which does read the attendances) ran meanwhile: measure again
            assertThat(attempt).as("attempts to measure without a rebuild").isLessThan(5);
            Thread.sleep(3000);
        }
        // the measurement sees a page that does read them: a member's participation
        long before = attendanceReads();
        html(viewer, "/participation?member=FJI");
        assertThat(attendanceReads()).isGreaterThan(before);
    }

    /** Every rollup's build time: changes when any node rebuilds any year. */
    private String rebuilds() {
        return db.fetchOne("select count(*) || ':' || coalesce(sum(extract(epoch from built_at)), 0) "
                + "from dashboard.rollup_build").get(0, String.class);
    }

    /**
     * Sequential and index scans of delivery.attendance so far. Each backend reports its statistics when it goes
     * idle, at most once a second unless asked to: ask every connection of the pool (holding all of them at once,
     * so none is left out) to report now, then read the totals afresh.
     */
    private long attendanceReads() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                Connection c = pool.getConnection();
                held.add(c);
                try (Statement s = c.createStatement()) {
                    s.execute("select pg_stat_force_next_flush()");
                    // the flush happens when the backend goes idle after that statement; this one finds it done
                    s.execute("select 1");
                }
            }
            try (Statement s = held.get(0).createStatement()) {
                s.execute("select pg_stat_clear_snapshot()");
                try (ResultSet r = s.executeQuery("select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) "
                        + "from pg_stat_user_tables where schemaname = 'delivery' and relname = 'attendance'")) {
                    r.next();
                    return r.getLong(1);
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    @Test
    void aFocalPointSeesTheirOwnMembersRequestsAndNotTheDashboard() throws Exception {
        String focal = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).withMember("FJI").create().email();
        long open = requests.count(org.kinerja.request.MemberRequestFilter.all().ofMember("FJI"))
                - requests.count(org.kinerja.request.MemberRequestFilter.inStatus(
                org.kinerja.request.MemberRequestStatus.DELIVERED).ofMember("FJI"));

        String html = html(focal, "/");

        assertThat(html).contains("<h1>Home of FJI</h1>").contains("href=\"/participation\"")
                .doesNotContain("figures-year").doesNotContain("figures-purpose").doesNotContain("??");
        Matcher m = Pattern.compile("data-figure=\"requests-open\">(\\d+)<").matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(open).isGreaterThanOrEqualTo(3);
        assertThat(html).containsPattern("data-figure=\"requests-overdue\"><a href=\"/requests\\?overdue=true\">\\d+</a>");
        assertThat(mvc.perform(get("/api/v1/dashboard").with(httpBasic(focal, Users.PASSWORD))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void opensOnTheCurrentPlansYearWithItsPurposes() throws Exception {
        Plan current = plans.current().orElseThrow();
        int year = dashboards.defaultYear();
        assertThat(year).isBetween(current.startYear(), current.endYear());

        String html = html(viewer, "/");

        assertThat(html).contains("<h1>Dashboard " + year + "</h1>")
                .contains("<a href=\"/plans/" + current.code() + "\">" + current.title() + "</a>");
        assertThat(html.split("class=\"card purpose\"", -1)).hasSize(current.purposes().size() + 1);
        for (Purpose purpose : current.purposes()) {
            assertThat(html).contains("href=\"/plans/" + current.code() + "/purposes/" + purpose.number() + "\"");
        }
        assertThat(html).contains("<a href=\"/\" aria-current=\"page\">Dashboard</a>").doesNotContain("??");
    }

    @Test
    void refusesAYearThatIsNotOne() throws Exception {
        MockHttpServletResponse words = mvc.perform(get("/api/v1/dashboard?year=soon")
                .with(httpBasic(viewer, Users.PASSWORD))).andReturn().getResponse();
        assertThat(words.getStatus()).isEqualTo(422);
        JsonNode problem = json.readTree(words.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("year");
        MockHttpServletResponse early = mvc.perform(get("/api/v1/dashboard?year=1999")
                .with(httpBasic(viewer, Users.PASSWORD))).andReturn().getResponse();
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString(StandardCharsets.UTF_8)).contains("The year must be from 2000 to 2100.");
        assertThat(page(viewer, "/?year=1999").getStatus()).isEqualTo(422);
    }
}
