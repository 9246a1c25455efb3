package org.kinerja.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.directory.Forum;
import org.kinerja.directory.ForumInput;
import org.kinerja.directory.ForumKind;
import org.kinerja.directory.ForumService;
import org.kinerja.exchange.csv.CsvReader;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ActivityReferenceCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/** Engagements with forums: API, validation, roles, pages, exports and the references they hold. */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    JsonMapper json;
    @Autowired
    ForumService forums;
    @Autowired
    EngagementService engagements;
    @Autowired
    List<ActivityReferenceCheck> activityChecks;
    @Autowired
    DSLContext dsl;

    private UserAccount officer;
    private UserAccount viewer;
    private Forum forum;

    @BeforeEach
    void setUp() {
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).named("Olive Officer").create();
        viewer = Users.aUser(users).withRole(Role.VIEWER).named("Vic Viewer").create();
        forum = forums.create(new ForumInput("Test dialogue " + UUID.randomUUID(), null, ForumKind.DIALOGUE, null, "", null));
    }

    private MockHttpServletRequestBuilder api(UserAccount who, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(who.email(), Users.PASSWORD));
    }

    private MockHttpServletRequestBuilder page(UserAccount who, MockHttpServletRequestBuilder request) {
        return request.with(user(details.loadUserByUsername(who.email()))).with(csrf());
    }

    private UserAccount as(Role role) {
        return Users.aUser(users).withRole(role).create();
    }

    private Map<String, Object> body(String title) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("forumId", forum.id());
        b.put("date", "2022-05-17");
        b.put("type", "SIDE_EVENT");
        b.put("title", title);
        b.put("representativeIds", List.of(officer.id()));
        b.put("audienceSize", 160);
        b.put("summary", "Shared the regional picture.");
        b.put("link", "https://example.org/side-event");
        return b;
    }

    private long create(Map<String, Object> body) throws Exception {
        String answer = mvc.perform(api(officer, post("/api/v1/engagements")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    @Test
    void anOfficerRecordsAnEngagementThatTheListFindsByForumTypeAndYear() throws Exception {
        long id = create(body("Side event at the review forum"));
        mvc.perform(api(viewer, get("/api/v1/engagements/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forumName").value(forum.name()))
                .andExpect(jsonPath("$.type").value("SIDE_EVENT"))
                .andExpect(jsonPath("$.representatives[0].name").value("Olive Officer"))
                .andExpect(jsonPath("$.audienceSize").value(160))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(api(viewer, get("/api/v1/engagements?forum=" + forum.id() + "&type=SIDE_EVENT&year=2022")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.size").value(50));
        mvc.perform(api(viewer, get("/api/v1/engagements?forum=" + forum.id() + "&year=2021")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(api(viewer, get("/api/v1/engagements?forum=" + forum.id() + "&type=PANEL")))
                .andExpect(jsonPath("$.total").value(0));
        assertThat(engagements.count(new EngagementFilter(forum.id(), null, null, null, LocalDate.of(2022, 5, 17),
                LocalDate.of(2022, 5, 17)))).isEqualTo(1);
    }

    @Test
    void refusesEveryBrokenFieldAtOnceAndWritesNothing() throws Exception {
        int before = engagements.count(EngagementFilter.all());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("forumId", 999_999_999L);
        b.put("date", LocalDate.now().plusDays(1).toString());
        b.put("title", " ");
        b.put("representativeIds", List.of(viewer.id(), 999_999_999L));
        b.put("audienceSize", -1);
        b.put("link", "ftp://example.org/file");
        b.put("activityId", 999_999_999L);
        b.put("summary", "x".repeat(EngagementService.SUMMARY_MAX + 1));
        mvc.perform(api(officer, post("/api/v1/engagements")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(b)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='forumId')].message").value("There is no forum 999999999."))
                .andExpect(jsonPath("$.errors[?(@.field=='date')].message").value("The date may not be in the future."))
                .andExpect(jsonPath("$.errors[?(@.field=='type')].message").value("This field is required."))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("This field is required."))
                .andExpect(jsonPath("$.errors[?(@.field=='representativeIds')].message").value(org.hamcrest.Matchers
                        .containsInAnyOrder("Vic Viewer is not RSO staff and cannot represent the RSO.",
                                "There is no user 999999999.")))
                .andExpect(jsonPath("$.errors[?(@.field=='audienceSize')].message").value("Must be between 0 and 100000000."))
                .andExpect(jsonPath("$.errors[?(@.field=='link')].message")
                        .value("Enter a web address starting with http:// or https://."))
                .andExpect(jsonPath("$.errors[?(@.field=='activityId')].message").value("There is no activity 999999999."))
                .andExpect(jsonPath("$.errors[?(@.field=='summary')].message").value("At most 4000 characters."));
        b = body("No representative");
        b.put("representativeIds", List.of());
        mvc.perform(api(officer, post("/api/v1/engagements")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(b)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("representativeIds"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose at least one RSO representative."));
        b = body("Unknown type");
        b.put("type", "KEYNOTE");
        mvc.perform(api(officer, post("/api/v1/engagements")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(b)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("type")));
        assertThat(engagements.count(EngagementFilter.all())).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsRefusedAndTheChangeIsKept() throws Exception {
        long id = create(body("Panel on returns"));
        Map<String, Object> change = body("Panel on returns and reintegration");
        change.put("version", 0);
        mvc.perform(api(officer, put("/api/v1/engagements/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        change.put("title", "Overwritten");
        mvc.perform(api(officer, put("/api/v1/engagements/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(change)))
                .andExpect(status().isConflict());
        assertThat(engagements.get(id).title()).isEqualTo("Panel on returns and reintegration");
        mvc.perform(api(officer, delete("/api/v1/engagements/" + id + "?version=0"))).andExpect(status().isConflict());
        mvc.perform(api(officer, delete("/api/v1/engagements/" + id + "?version=1"))).andExpect(status().isNoContent());
        mvc.perform(api(viewer, get("/api/v1/engagements/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void aForumOrActivityWithEngagementsCannotBeDeleted() throws Exception {
        Long planId = dsl.resultQuery("insert into workplan.work_plan (plan_code, year) values (?, 2099) returning id",
                "T-" + UUID.randomUUID().toString().substring(0, 8)).fetchOne(0, Long.class);
        Long activityId = dsl.resultQuery("insert into workplan.activity (work_plan_id, code, purpose_number, sequence, "
                + "title, type) values (?, '2099-P4-01', 4, 1, 'Outreach with forums', 'OUTREACH') returning id", planId)
                .fetchOne(0, Long.class);
        Map<String, Object> b = body("Presentation of the toolkit");
        b.put("activityId", activityId);
        create(b);
        mvc.perform(api(as(Role.ADMIN), delete("/api/v1/forums/" + forum.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 engagement")));
        List<String> phrases = new ArrayList<>();
        activityChecks.forEach(c -> phrases.addAll(c.referencesTo(activityId, Locale.ENGLISH)));
        assertThat(phrases).containsExactly("1 engagement");
    }

    @Test
    void onlyOfficersCoManagersAndAdministratorsWriteAndFocalPointsDoNotRead() throws Exception {
        String body = json.writeValueAsString(body("Role check"));
        for (Role role : new Role[] {Role.VIEWER, Role.MEL_OFFICER, Role.MEMBER_FOCAL_POINT}) {
            mvc.perform(api(as(role), post("/api/v1/engagements")).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(api(as(Role.CO_MANAGER), post("/api/v1/engagements")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
        mvc.perform(api(as(Role.MEL_OFFICER), get("/api/v1/engagements"))).andExpect(status().isOk());
        mvc.perform(api(as(Role.MEMBER_FOCAL_POINT), get("/api/v1/engagements"))).andExpect(status().isForbidden());
        mvc.perform(page(as(Role.MEMBER_FOCAL_POINT), get("/outreach/engagements"))).andExpect(status().isForbidden());
        mvc.perform(page(viewer, get("/outreach/engagements/new"))).andExpect(status().isForbidden());
    }

    @Test
    void exportsReReadWithTheListsFilters() throws Exception {
        create(body("=HYPERLINK(\"http://evil\") launch"));
        Map<String, Object> other = body("Panel kept out by the filter");
        other.put("type", "PANEL");
        create(other);
        MockHttpServletResponse csv = mvc.perform(api(viewer, get("/api/v1/engagements?format=csv&forum=" + forum.id()
                + "&type=SIDE_EVENT"))).andExpect(status().isOk()).andReturn().getResponse();
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(new ByteArrayInputStream(csv.getContentAsByteArray()))) {
            List<String> r;
            while ((r = reader.next()) != null) {
                rows.add(r);
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("Date", "Forum", "Type", "Title", "RSO representatives", "Audience size",
                "Activity", "Link", "Summary");
        assertThat(rows.get(1)).containsExactly("2022-05-17", forum.name(), "SIDE_EVENT",
                "'=HYPERLINK(\"http://evil\") launch", "Olive Officer", "160", "", "https://example.org/side-event",
                "Shared the regional picture.");
        MockHttpServletResponse xlsx = mvc.perform(page(viewer, get("/outreach/engagements/export.xlsx?forum="
                + forum.id()))).andExpect(status().isOk()).andReturn().getResponse();
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray())).getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Title");
        assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(160.0);
    }

    @Test
    void pagesListFilterAndShowFieldErrors() throws Exception {
        long id = create(body("Briefing to the regional forum"));
        mvc.perform(page(viewer, get("/outreach/engagements?forum=" + forum.id() + "&year=2022")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Briefing to the regional forum")))
                .andExpect(content().string(containsString("/outreach/engagements/export.csv?forum=" + forum.id() + "&amp;year=2022")));
        mvc.perform(page(viewer, get("/outreach/engagements?forum=" + forum.id() + "&year=2021")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("No engagement matches these filters.")));
        mvc.perform(page(viewer, get("/outreach/engagements?year=soon"))).andExpect(status().isBadRequest());
        mvc.perform(page(viewer, get("/outreach/engagements/" + id)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Olive Officer")));
        mvc.perform(page(viewer, get("/outreach/engagements/999999999"))).andExpect(status().isNotFound());
        int before = engagements.count(EngagementFilter.all());
        mvc.perform(page(officer, post("/outreach/engagements")).param("forumId", String.valueOf(forum.id()))
                        .param("date", "2022-13-01").param("type", "PANEL").param("title", "")
                        .param("representativeIds", String.valueOf(officer.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
        mvc.perform(page(officer, post("/outreach/engagements")).param("forumId", String.valueOf(forum.id()))
                        .param("date", "2022-03-01").param("type", "PANEL").param("title", "")
                        .param("link", "example.org").param("representativeIds", String.valueOf(officer.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This field is required.")))
                .andExpect(content().string(containsString("Enter a web address starting with http:// or https://.")));
        assertThat(engagements.count(EngagementFilter.all())).isEqualTo(before);
        mvc.perform(page(officer, post("/outreach/engagements")).param("forumId", String.valueOf(forum.id()))
                        .param("date", "2022-03-01").param("type", "PANEL").param("title", "Panel typed in the form")
                        .param("representativeIds", String.valueOf(officer.id())))
                .andExpect(status().is3xxRedirection());
        assertThat(engagements.count(EngagementFilter.all())).isEqualTo(before + 1);
    }
}
