package org.kinerja.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserChange;
import org.kinerja.identity.UserService;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

@SpringBootTest
@AutoConfigureMockMvc
class AuditWebTests {

    static final String ADMIN = "admin@kinerja.test";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditService audit;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void failedApiSignInIsRecordedWithTheTypedEmail() throws Exception {
        String email = "viewer-" + UUID.randomUUID() + "@kinerja.test";
        long userId = users.create(new UserChange(email, "Vera Viewer", EnumSet.of(Role.VIEWER), null, "en", true,
                PASSWORD, null), false).id();

        mvc.perform(get("/api/v1/audit").with(httpBasic(email.toUpperCase(), "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        List<AuditEntry> history = audit.historyOf("User", Long.toString(userId));
        assertThat(history).extracting(AuditEntry::action)
                .containsExactly(AuditAction.SIGN_IN_FAILURE, AuditAction.CREATE);
        AuditEntry failure = history.get(0);
        assertThat(failure.actorId()).isEqualTo(userId);
        assertThat(failure.actorEmail()).isEqualTo(email);
        assertThat(failure.remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(failure.changes()).isEmpty();
    }

    @Test
    void failedSignInWithUnknownEmailIsRecordedUnderThatEmail() throws Exception {
        String typed = "nobody-" + UUID.randomUUID() + "@example.org";

        mvc.perform(get("/api/v1/audit").with(httpBasic(typed, "whatever-password")))
                .andExpect(status().isUnauthorized());

        assertThat(audit.historyOf("User", typed)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN_FAILURE);
            assertThat(e.actorId()).isNull();
            assertThat(e.actorEmail()).isEqualTo(typed);
        });
    }

    @Test
    void fifthFailureLocksAndLaterAttemptsAreRecordedAsLocked() throws Exception {
        String typed = "locked-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/v1/audit").with(httpBasic(typed, "wrong-password-" + i)))
                    .andExpect(status().isUnauthorized());
        }

        assertThat(audit.historyOf("User", typed)).extracting(AuditEntry::action).containsExactly(
                AuditAction.SIGN_IN_LOCKED, AuditAction.SIGN_IN_LOCKED, AuditAction.SIGN_IN_FAILURE,
                AuditAction.SIGN_IN_FAILURE, AuditAction.SIGN_IN_FAILURE, AuditAction.SIGN_IN_FAILURE);
    }

    @Test
    void successfulApiSignInIsNotRecorded() throws Exception {
        String email = "reader-" + UUID.randomUUID() + "@kinerja.test";
        long userId = users.create(new UserChange(email, "Rita Reader", EnumSet.of(Role.VIEWER), null, "en", true,
                PASSWORD, null), false).id();

        mvc.perform(get("/api/v1/audit").with(httpBasic(email, PASSWORD))).andExpect(status().isForbidden());

        assertThat(audit.historyOf("User", Long.toString(userId))).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void apiListsEntriesWithTheirChangesNewestFirst() throws Exception {
        String type = probeType();
        record(EntityChanged.created(type, "P-1").field("title", null, "Plan").build());
        record(EntityChanged.updated(type, "P-1").field("title", "Plan", "Strategic Plan").build());

        mvc.perform(get("/api/v1/audit").param("entityType", type).param("size", "1")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").isNumber())
                .andExpect(jsonPath("$.items[0].occurredAt").value(containsString("T")))
                .andExpect(jsonPath("$.items[0].actorId").value(nullValue()))
                .andExpect(jsonPath("$.items[0].actorEmail").value(nullValue()))
                .andExpect(jsonPath("$.items[0].entityType").value(type))
                .andExpect(jsonPath("$.items[0].entityId").value("P-1"))
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].changes.title.before").value("Plan"))
                .andExpect(jsonPath("$.items[0].changes.title.after").value("Strategic Plan"))
                .andExpect(jsonPath("$.items[0].remoteAddress").value(nullValue()));
    }

    @Test
    void apiFiltersByActionAndByEntity() throws Exception {
        String type = probeType();
        record(EntityChanged.created(type, "A").field("n", null, 1).build());
        record(EntityChanged.updated(type, "A").field("n", 1, 2).build());
        record(EntityChanged.created(type, "B").field("n", null, 3).build());
        record(EntityChanged.deleted(type, "B").field("n", 3, null).build());

        mvc.perform(get("/api/v1/audit").param("entityType", type).param("action", "CREATE")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].entityId").value("B"))
                .andExpect(jsonPath("$.items[1].entityId").value("A"));
        mvc.perform(get("/api/v1/audit").param("entityType", type).param("entityId", "B")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].action").value("DELETE"))
                .andExpect(jsonPath("$.items[0].changes.n.before").value(3))
                .andExpect(jsonPath("$.items[1].action").value("CREATE"));
    }

    @Test
    void apiFindsAdministratorsFailedSignInsByActor() throws Exception {
        String typed = "actor-" + UUID.randomUUID() + "@example.org";
        mvc.perform(get("/api/v1/audit").with(httpBasic(typed, "wrong-password")));

        mvc.perform(get("/api/v1/audit").param("actor", typed.substring(0, 20).toUpperCase())
                        .param("action", "SIGN_IN_FAILURE").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].entityType").value("User"))
                .andExpect(jsonPath("$.items[0].entityId").value(typed))
                .andExpect(jsonPath("$.items[0].remoteAddress").value("127.0.0.1"));
    }

    @Test
    void apiRefusesViewerWith403ProblemJson() throws Exception {
        String email = "viewer-" + UUID.randomUUID() + "@kinerja.test";
        users.create(new UserChange(email, "Victor Viewer", EnumSet.of(Role.VIEWER), null, "en", true, PASSWORD, null), false);

        mvc.perform(get("/api/v1/audit").with(httpBasic(email, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("Your role does not allow this."));
    }

    @Test
    void apiAnswers401ProblemJsonWithoutCredentials() throws Exception {
        mvc.perform(get("/api/v1/audit"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void apiRejectsMalformedFromNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "31/03/2022").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a date as YYYY-MM-DD, e.g. 2022-03-31."));
    }

    @Test
    void apiRejectsUnknownActionAndBadPagingNamingEachField() throws Exception {
        mvc.perform(get("/api/v1/audit").param("action", "PUBLISH").param("page", "first")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("action"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("SIGN_IN_LOCKED")))
                .andExpect(jsonPath("$.errors[1].field").value("page"));
        mvc.perform(get("/api/v1/audit").param("size", "501").with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void apiRejectsLastDayBeforeFirstDay() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "2022-03-31").param("to", "2022-03-01")
                        .with(httpBasic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("The last day must not be before the first day."));
    }

    @Test
    void pageRendersFiltersTableAndEscapedValuesForAdmin() throws Exception {
        String type = probeType();
        record(EntityChanged.updated(type, "R&D").field("title", "<b>old</b>", "<script>alert(1)</script>").build());

        mvc.perform(get("/admin/audit").param("entityType", type).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("<title>Audit trail · Kinerja</title>")))
                .andExpect(content().string(containsString("hx-get=\"/admin/audit\"")))
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("<option value=\"" + type + "\" selected>")))
                .andExpect(content().string(containsString("1 in total")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;b&gt;old&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString(
                        "href=\"/admin/audit?entityType=" + type + "&amp;entityId=R%26D\"")));
    }

    @Test
    void returnsFragmentForHtmxRequest() throws Exception {
        String type = probeType();
        record(EntityChanged.created(type, "F-1").field("title", null, "Fragment").build());

        mvc.perform(get("/admin/audit").param("entityType", type).header("HX-Request", "true").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<table id=\"audit-table\">")))
                .andExpect(content().string(containsString("F-1")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<form"))));
    }

    @Test
    void pagesWithLinksThatKeepTheFilters() throws Exception {
        String type = probeType();
        for (int i = 1; i <= 3; i++) {
            record(EntityChanged.created(type, "N" + i).field("n", null, i).build());
        }

        mvc.perform(get("/admin/audit").param("entityType", type).param("size", "1").param("page", "1")
                        .header("HX-Request", "true").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 of 3")))
                .andExpect(content().string(containsString("3 in total")))
                .andExpect(content().string(containsString(" N2</a>")))
                .andExpect(content().string(containsString(
                        "href=\"/admin/audit?entityType=" + type + "&amp;size=1&amp;page=0\"")))
                .andExpect(content().string(containsString(
                        "href=\"/admin/audit?entityType=" + type + "&amp;size=1&amp;page=2\"")));
    }

    @Test
    void pageShowsMessageNextToMalformedFrom() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "yesterday").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"error\" id=\"from-error\">Enter a date as YYYY-MM-DD, e.g. 2022-03-31.</p>")))
                .andExpect(content().string(containsString("value=\"yesterday\"")))
                .andExpect(content().string(not(containsString("audit-table"))));
    }

    @Test
    void pageRefusesViewer() throws Exception {
        String email = "viewer-" + UUID.randomUUID() + "@kinerja.test";
        users.create(new UserChange(email, "Valerie Viewer", EnumSet.of(Role.VIEWER), null, "en", true, PASSWORD, null), false);

        mvc.perform(get("/admin/audit").with(user(details.loadUserByUsername(email))))
                .andExpect(status().isForbidden());
    }

    @Test
    void firstAdministratorsCreationIsRecordedAsDoneByTheSystem() {
        SignedInUser admin = (SignedInUser) details.loadUserByUsername(ADMIN);
        assertThat(audit.search(new AuditQuery("User", Long.toString(admin.id()), AuditAction.CREATE, null, null,
                null, null), PageQuery.of(0, 10)).items()).singleElement().satisfies(e -> {
                    assertThat(e.actorId()).isNull();
                    assertThat(e.changes().get("email").after()).isEqualTo(ADMIN);
                    assertThat(e.changes().get("roles").after()).isEqualTo("[ADMIN]");
                });
    }

    /** The test framework binds a mock request to the test thread; events recorded here come from no request. */
    @BeforeEach
    void outsideAnyRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private RequestPostProcessor admin() {
        UserDetails principal = details.loadUserByUsername(ADMIN);
        return user(principal);
    }

    private void record(EntityChanged event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private static String probeType() {
        return "Probe" + UUID.randomUUID().toString().substring(0, 8);
    }
}
