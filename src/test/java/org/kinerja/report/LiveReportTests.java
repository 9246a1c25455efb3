package org.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.delivery.AgencyType;
import org.kinerja.delivery.Attendance;
import org.kinerja.delivery.AttendanceRole;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.PersonInput;
import org.kinerja.delivery.PersonService;
import org.kinerja.delivery.Sex;
import org.kinerja.identity.KinerjaUser;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The live report served from this node's cache on the known year of {@link ReportDataset}: a built report is
 * answered again without reading the data, a committed change or a saved narrative makes the next request read
 * it anew, concurrent requests share one build, and the page shows the build's progress, then the report, or
 * the failure's message.
 */
@SpringBootTest(properties = "kinerja.test.database=wt-live-report")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveReportTests {

    static final int YEAR = ReportDataset.YEAR;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReportService reports;
    @Autowired
    LiveReports live;
    @Autowired
    LiveReportNotices notices;
    @Autowired
    EventService events;
    @Autowired
    PersonService people;
    @Autowired
    ApplicationContext context;

    ReportDataset data;
    UserAccount mel;
    String viewer;

    @BeforeAll
    void dataset() {
        mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
        var officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        data = ReportDataset.in(context, officer.id());
    }

    /** Every test starts from an empty cache. */
    @BeforeEach
    void forget() {
        live.invalidate();
    }

    private ReportRequest annual() {
        return ReportRequest.annual(data.code, YEAR, ReportAudience.INTERNAL);
    }

    private LiveReports.Key annualKey() {
        return live.key(ReportType.ANNUAL, data.code, YEAR, null, ReportAudience.INTERNAL);
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(viewer)))).andReturn().getResponse();
    }

    /** What the annual report's page polls. */
    private MockHttpServletResponse poll() {
        return poll("/reports/annual/" + YEAR + "/live");
    }

    private MockHttpServletResponse poll(String path) {
        try {
            return page(get(path).param("plan", data.code).param("audience", "INTERNAL").header("HX-Request", "true"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String html(MockHttpServletResponse r) {
        try {
            return r.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (at most 30 s) until {@code condition} holds. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Holds the narratives table locked: a report's build waits on it until the connection rolls back. */
    private Connection holdNarratives() throws SQLException {
        Connection hold = dataSource.getConnection();
        hold.setAutoCommit(false);
        try (Statement s = hold.createStatement()) {
            s.execute("lock table report.narrative in access exclusive mode");
        }
        return hold;
    }

    /** How many sessions wait for the narratives table's lock. */
    private long waitingForNarratives() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from pg_locks"
                     + " where relation = 'report.narrative'::regclass and not granted")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the cache ----------------------------------------------------------------------------------------

    @Test
    void aBuiltReportAndItsFilesAreAnsweredAgainWithoutReadingOrRenderingThemAgain() throws Exception {
        long builds = live.builds();
        ReportData first = reports.build(annual());
        ReportData second = reports.build(ReportType.ANNUAL, data.code, YEAR, null, ReportAudience.INTERNAL);
        assertThat(second).isSameAs(first);
        assertThat(first.peopleTrained().total()).isEqualTo(4);
        assertThat(live.builds()).isEqualTo(builds + 1);

        ReportData publicReport = reports.build(ReportRequest.annual(data.code, YEAR, ReportAudience.PUBLIC));
        assertThat(publicReport).isNotSameAs(first);
        assertThat(publicReport.audience()).isEqualTo(ReportAudience.PUBLIC);
        assertThat(live.builds()).isEqualTo(builds + 2);

        long renderings = live.renderings();
        MockHttpServletResponse xlsx = mvc.perform(get("/api/v1/reports/annual/" + YEAR + ".xlsx").param("plan", data.code)
                .with(httpBasic(viewer, Users.PASSWORD))).andReturn().getResponse();
        MockHttpServletResponse again = mvc.perform(get("/api/v1/reports/annual/" + YEAR + ".xlsx").param("plan", data.code)
                .with(httpBasic(viewer, Users.PASSWORD))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeader("Content-Disposition")).contains("annual-report-" + data.code + "-" + YEAR + ".xlsx");
        assertThat(again.getContentAsByteArray()).isEqualTo(xlsx.getContentAsByteArray());
        assertThat(live.renderings()).isEqualTo(renderings + 1);
        assertThat(live.builds()).as("the file is rendered from the cached report").isEqualTo(builds + 2);
    }

    @Test
    void aChangeCommittedThroughAServiceIsInTheNextReport() {
        ReportData before = reports.build(annual());
        assertThat(before.peopleTrained().total()).isEqualTo(4);
        long version = live.version();
        long fay = people.create(new PersonInput("Fay", "Reporttest", Sex.FEMALE, "IDN", "Agency of Fay",
                AgencyType.IMMIGRATION_BORDER, "Officer", null, null)).id();
        Attendance added = ReportDataset.attend(events, data.workshopEvent, fay, AttendanceRole.PARTICIPANT, 2, 50, 70, 5);
        try {
            assertThat(live.version()).isGreaterThan(version);
            ReportData after = reports.build(annual());
            assertThat(after).isNotSameAs(before);
            assertThat(after.peopleTrained().total()).isEqualTo(5);
            assertThat(after.peopleTrained().bySex()).containsEntry("FEMALE", 3L);
        } finally {
            events.deleteAttendance(data.workshopEvent, added.id(), added.version());
        }
        assertThat(reports.build(annual()).peopleTrained().total()).isEqualTo(4);
    }

    @Test
    void aSavedNarrativeIsInTheNextReport() {
        ReportData before = reports.build(annual());
        int version = reports.narrative(data.code, YEAR, null, 0).version();
        reports.saveNarrative(data.code, YEAR, null, 0, "A year of firsts " + version, version,
                (KinerjaUser) details.loadUserByUsername(mel.email()));
        ReportData after = reports.build(annual());
        assertThat(after).isNotSameAs(before);
        assertThat(after.foreword()).isEqualTo("A year of firsts " + version);
    }

    @Test
    void aCommittedChangeIsAnnouncedToTheOtherNodesAndTheirNoticesForgetTheKeptReports() throws Exception {
        await("this node listens", notices::listening);
        try (Connection other = dataSource.getConnection()) {
            try (Statement s = other.createStatement()) {
                s.execute("listen " + LiveReportNotices.CHANNEL);
            }
            PGConnection otherNode = other.unwrap(PGConnection.class);
            assertThat(otherNode.getNotifications()).isNullOrEmpty();
            int version = reports.narrative(data.code, YEAR, null, 1).version();
            reports.saveNarrative(data.code, YEAR, null, 1, "Highlights " + version, version,
                    (KinerjaUser) details.loadUserByUsername(mel.email()));
            PGNotification[] heard = otherNode.getNotifications(10_000);
            assertThat(heard).extracting(PGNotification::getName).containsExactly(LiveReportNotices.CHANNEL);
        }

        ReportData before = reports.build(annual());
        long version = live.version();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_notify('" + LiveReportNotices.CHANNEL + "', 'another-node')");
        }
        await("the other node's notice is heard", () -> live.version() > version);
        ReportData after = reports.build(annual());
        assertThat(after).isNotSameAs(before);
        assertThat(after.purposes().get(0).highlights()).startsWith("Highlights ");
    }

    @Test
    void eightConcurrentRequestsForTheSameReportShareOneBuild() throws Exception {
        long builds = live.builds();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<ReportData>> answers = new ArrayList<>();
        try (Connection hold = holdNarratives()) {
            Callable<ReportData> request = () -> reports.build(annual());
            for (int i = 0; i < 8; i++) {
                answers.add(callers.submit(request));
            }
            // one caller builds (and waits for the lock), the seven others wait for its build
            await("seven callers wait for the one build", () -> live.waiting(annualKey()) == 7);
            assertThat(waitingForNarratives()).isEqualTo(1);
            assertThat(live.builds()).isEqualTo(builds + 1);
            hold.rollback();
        } finally {
            callers.shutdown();
        }
        ReportData first = answers.get(0).get();
        for (Future<ReportData> answer : answers) {
            assertThat(answer.get()).isSameAs(first);
        }
        assertThat(first.peopleTrained().total()).isEqualTo(4);
        assertThat(live.builds()).isEqualTo(builds + 1);
    }

    // ---- the page -----------------------------------------------------------------------------------------

    @Test
    void thePageShowsTheProgressWhileTheReportIsBuiltThenTheReport() throws Exception {
        long builds = live.builds();
        try (Connection hold = holdNarratives()) {
            MockHttpServletResponse building = page(get("/reports/annual/" + YEAR).param("plan", data.code));
            assertThat(building.getStatus()).isEqualTo(200);
            assertThat(html(building)).contains("Annual Performance Report " + YEAR)
                    .contains("id=\"report-live-bar\"")
                    .contains("Reading the report's figures from the current data.")
                    .contains("hx-get=\"/reports/annual/" + YEAR + "/live?plan=" + data.code + "&amp;audience=INTERNAL\"")
                    .contains("/api/v1/reports/annual/" + YEAR + ".pdf?plan=" + data.code + "&amp;audience=INTERNAL")
                    .doesNotContain("r-glance-table");
            await("the build waits for the narratives", () -> waitingForNarratives() == 1);
            MockHttpServletResponse still = poll();
            assertThat(still.getStatus()).isEqualTo(200);
            assertThat(html(still).strip()).startsWith("<div id=\"report-live\" class=\"report-progress\"")
                    .contains("hx-trigger=\"every 1s\"").doesNotContain("<html");
            assertThat(live.builds()).as("the poll joins the build under way").isEqualTo(builds + 1);
            hold.rollback();
        }
        await("the report is built", () -> live.waiting(annualKey()) == 0 && reportIn(html(poll())));
        String ready = html(poll());
        assertThat(ready.strip()).startsWith("<div id=\"report-live\">").contains("id=\"r-glance-table\"")
                .doesNotContain("hx-get").doesNotContain("report-live-bar");

        long bodies = live.bodyRenderings();
        MockHttpServletResponse cached = page(get("/reports/annual/" + YEAR).param("plan", data.code));
        assertThat(html(cached)).contains("id=\"r-glance-table\"").doesNotContain("report-live-bar");
        assertThat(live.builds()).isEqualTo(builds + 1);
        // the body is kept with the report: the page answers again without laying the report out again
        assertThat(live.bodyRenderings()).as("the body kept since the poll rendered it").isEqualTo(bodies);
        assertThat(html(page(get("/reports/annual/" + YEAR).param("plan", data.code))))
                .contains("id=\"r-glance-table\"");
        assertThat(live.bodyRenderings()).isEqualTo(bodies);

        MockHttpServletResponse withoutHtmx = page(get("/reports/annual/" + YEAR + "/live").param("plan", data.code));
        assertThat(html(withoutHtmx)).contains("<html").contains("id=\"r-glance-table\"");
    }

    private static boolean reportIn(String html) {
        return html.contains("id=\"r-glance-table\"");
    }

    @Test
    void aFailedBuildShowsItsMessageAndTheNextVisitTriesAgain() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table report.narrative rename to narrative_away");
            try {
                MockHttpServletResponse first = page(get("/reports/semi-annual/" + YEAR + "/1").param("plan", data.code));
                assertThat(first.getStatus()).isEqualTo(200);
                // the progress, or the failure already when the build failed before the page was answered
                assertThat(html(first)).containsAnyOf("id=\"report-live-bar\"", "role=\"alert\"");
                await("the build fails", () -> html(poll("/reports/semi-annual/" + YEAR + "/1/live"))
                        .contains("role=\"alert\""));
                MockHttpServletResponse failed = poll("/reports/semi-annual/" + YEAR + "/1/live");
                assertThat(failed.getStatus()).isEqualTo(200);
                assertThat(html(failed)).contains("role=\"alert\"")
                        .contains("The report could not be read from the current data.")
                        .contains("href=\"/reports/semi-annual/" + YEAR + "/1?plan=" + data.code + "&amp;audience=INTERNAL\"")
                        .doesNotContain("hx-get");
            } finally {
                s.execute("alter table report.narrative_away rename to narrative");
            }
        }
        long builds = live.builds();
        MockHttpServletResponse again = page(get("/reports/semi-annual/" + YEAR + "/1").param("plan", data.code));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(live.builds()).as("the visit builds the report again").isEqualTo(builds + 1);
        LiveReports.Key key = live.key(ReportType.SEMI_ANNUAL, data.code, YEAR, 1, ReportAudience.INTERNAL);
        await("the report is built", () -> live.waiting(key) == 0
                && reportIn(html(poll("/reports/semi-annual/" + YEAR + "/1/live"))));
    }
}
