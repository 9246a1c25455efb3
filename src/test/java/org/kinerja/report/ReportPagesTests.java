package org.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The report pages on the shipped plan SP-2021-22 (2021), in the report tests' own database: the list with the
 * issue form, the live report with its narrative links and issue button, the narrative form, and an issued
 * report's progress bar that polls until the report is ready.
 */
@SpringBootTest(properties = "kinerja.test.database=report")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTests {

    static final String PLAN = "SP-2021-22";

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

    String coManager;
    String mel;
    String viewer;
    String focalPoint;

    @BeforeAll
    void accounts() {
        coManager = Users.aUser(users).withRole(Role.CO_MANAGER).create().email();
        mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create().email();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create().email();
        focalPoint = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).create().email();
    }

    private MockHttpServletResponse page(String email, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(email))).with(csrf())).andReturn().getResponse();
    }

    private static String html(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theListOffersTheIssueFormToCoManagersOnly() throws Exception {
        MockHttpServletResponse asCoManager = page(coManager, get("/reports"));
        assertThat(asCoManager.getStatus()).isEqualTo(200);
        assertThat(html(asCoManager)).contains("action=\"/reports\"").contains("Issue a report")
                .contains("/reports/annual/2021?plan=SP-2021-22");
        MockHttpServletResponse asViewer = page(viewer, get("/reports"));
        assertThat(html(asViewer)).doesNotContain("action=\"/reports\"").contains("/reports/annual/2022?plan=SP-2021-22");
        MockHttpServletResponse asFocalPoint = page(focalPoint, get("/reports"));
        assertThat(asFocalPoint.getStatus()).isEqualTo(200);
        assertThat(html(asFocalPoint)).contains("issued for the public").doesNotContain("/reports/annual/2021");
    }

    @Test
    void theLiveReportPageLinksItsNarrativesAndFilesAndOffersIssuingToCoManagers() throws Exception {
        MockHttpServletResponse asMel = page(mel, get("/reports/annual/2021").param("plan", PLAN));
        assertThat(asMel.getStatus()).isEqualTo(200);
        assertThat(html(asMel)).contains("Annual Performance Report 2021")
                .contains("/reports/annual/2021/narratives/0/edit?plan=SP-2021-22")
                .contains("/reports/annual/2021/narratives/4/edit?plan=SP-2021-22")
                .contains("/api/v1/reports/annual/2021.pdf?plan=SP-2021-22&amp;audience=INTERNAL")
                .doesNotContain("Issue this report");
        MockHttpServletResponse asCoManager = page(coManager, get("/reports/semi-annual/2021/2").param("plan", PLAN)
                .param("audience", "PUBLIC"));
        assertThat(html(asCoManager)).contains("Performance Report 2021, half 2").contains("Issue this report (Public)")
                .contains("name=\"half\" value=\"2\"");
        MockHttpServletResponse asViewer = page(viewer, get("/reports/annual/2021").param("plan", PLAN));
        assertThat(html(asViewer)).doesNotContain("/narratives/0/edit");
        assertThat(page(focalPoint, get("/reports/annual/2021").param("plan", PLAN)).getStatus()).isEqualTo(403);
        assertThat(page(viewer, get("/reports/annual/2031").param("plan", PLAN)).getStatus()).isEqualTo(422);
    }

    @Test
    void theForewordIsWrittenOnItsFormAndAStaleFormIsRefused() throws Exception {
        MockHttpServletResponse form = page(mel, get("/reports/annual/2022/narratives/0/edit").param("plan", PLAN));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(html(form)).contains("Co-Managers' foreword").contains("<textarea").contains("name=\"version\" value=\"0\"");
        MockHttpServletResponse saved = page(mel, post("/reports/annual/2022/narratives/0/edit").param("plan", PLAN)
                .param("text", "Our <first> foreword.").param("version", "0"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/reports/annual/2022?plan=SP-2021-22");
        assertThat(reports.narrative(PLAN, 2022, null, 0).text()).isEqualTo("Our <first> foreword.");
        MockHttpServletResponse stale = page(coManager, post("/reports/annual/2022/narratives/0/edit").param("plan", PLAN)
                .param("text", "Another").param("version", "0"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(html(stale)).contains("Another").contains("role=\"alert\"");
        assertThat(reports.narrative(PLAN, 2022, null, 0).text()).isEqualTo("Our <first> foreword.");
        assertThat(page(viewer, get("/reports/annual/2022/narratives/0/edit").param("plan", PLAN)).getStatus())
                .isEqualTo(403);
    }

    @Test
    void issuingFromThePageShowsAProgressBarThatPollsUntilTheReportIsReady() throws Exception {
        long id;
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (Statement s = hold.createStatement()) {
                s.execute("lock table report.narrative in access exclusive mode");
            }
            MockHttpServletResponse issued = page(coManager, post("/reports").param("type", "ANNUAL")
                    .param("planCode", PLAN).param("year", "2021").param("half", "").param("audience", "PUBLIC"));
            assertThat(issued.getStatus()).isEqualTo(302);
            id = Long.parseLong(issued.getRedirectedUrl().substring("/reports/".length()));
            String pending = html(page(coManager, get("/reports/" + id)));
            assertThat(pending).contains("id=\"report-progress-bar\"").contains("hx-trigger=\"every 1s\"")
                    .contains("hx-get=\"/reports/" + id + "/progress\"");
            MockHttpServletResponse poll = page(coManager, get("/reports/" + id + "/progress").header("HX-Request", "true"));
            assertThat(poll.getHeader("HX-Refresh")).isNull();
            assertThat(html(poll)).contains("report-progress-bar").doesNotContain("<html");
            hold.rollback();
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (reports.get(id).status().pending()) {
            assertThat(System.currentTimeMillis()).as("report ready in time").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(reports.get(id).status()).isEqualTo(IssueStatus.DONE);
        MockHttpServletResponse done = page(coManager, get("/reports/" + id + "/progress").header("HX-Request", "true"));
        assertThat(done.getHeader("HX-Refresh")).isEqualTo("true");
        String ready = html(page(focalPoint, get("/reports/" + id)));
        assertThat(ready).contains("/api/v1/reports/" + id + ".pdf").contains("/api/v1/reports/" + id + ".docx")
                .contains("/api/v1/reports/" + id + ".xlsx").doesNotContain("report-progress-bar");
    }

    @Test
    void anIssueFormWithAYearOutsideThePlanIsShownAgainNamingTheYear() throws Exception {
        MockHttpServletResponse r = page(coManager, post("/reports").param("type", "ANNUAL").param("planCode", PLAN)
                .param("year", "2030").param("half", "").param("audience", "INTERNAL"));
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(html(r)).contains("id=\"year-error\"").contains("2030 is outside plan SP-2021-22");
        assertThat(page(mel, post("/reports").param("type", "ANNUAL").param("planCode", PLAN).param("year", "2021")
                .param("audience", "INTERNAL")).getStatus()).isEqualTo(403);
    }
}
