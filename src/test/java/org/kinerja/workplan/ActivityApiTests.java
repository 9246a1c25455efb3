package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COMMITMENT;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.directory.Commitment;
import org.kinerja.directory.CommitmentInput;
import org.kinerja.directory.CommitmentService;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.plan.PlanService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class ActivityApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserService users;
    @Autowired
    DSLContext db;
    @Autowired
    PlanService plans;
    @Autowired
    IndicatorService indicators;
    @Autowired
    PartnerService partnerService;
    @Autowired
    ActivityService activities;
    @Autowired
    CommitmentService commitments;
    @Autowired
    UserDetailsService userDetails;

    ActivityFixtures fixtures;
    long plan;
    UserAccount officer;
    UserAccount colleague;

    @BeforeEach
    void setUp() {
        fixtures = new ActivityFixtures(db, plans, indicators);
        plan = fixtures.draftWorkPlan();
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).named("Ola Officer").create();
        colleague = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).named("Ada Example").create();
    }

    private MockHttpServletRequestBuilder as(UserAccount user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.email(), Users.PASSWORD));
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return as(Users.aUser(users).withRole(role).create(), request);
    }

    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private Map<String, Object> minimal(String title, int purpose) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workplanId", plan);
        m.put("title", title);
        m.put("purposeNumber", purpose);
        m.put("type", "TRAINING");
        return m;
    }

    private JsonNode create(Map<String, Object> body) throws Exception {
        String answer = mvc.perform(withJson(as(officer, post("/api/v1/activities")), body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    @Test
    void createsAnActivityWithItsCodeAndAnswersTheIssuesJson() throws Exception {
        Partner partner = partnerService.all().get(0);
        Map<String, Object> body = minimal("Training on fraudulent documents", 2);
        body.put("partners", List.of(Map.of("partnerId", partner.id(), "role", "LEAD", "sharePercent", 70)));
        body.put("requestedBy", Map.of("coChairs", true));
        body.put("countryCodes", List.of("IDN"));
        body.put("plannedStart", "2021-04");
        body.put("plannedEnd", "2021-06");
        body.put("budget", Map.of("amount", 15000));
        body.put("genderMarker", 0);
        mvc.perform(withJson(as(officer, post("/api/v1/activities")), body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("2021-P2-01"))
                .andExpect(jsonPath("$.workplanId").value(plan))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.partners[0].partnerId").value(partner.id()))
                .andExpect(jsonPath("$.partners[0].name").value(partner.name()))
                .andExpect(jsonPath("$.partners[0].role").value("LEAD"))
                .andExpect(jsonPath("$.partners[0].sharePercent").value(70.0))
                .andExpect(jsonPath("$.requestedBy.coChairs").value(true))
                .andExpect(jsonPath("$.plannedStart").value("2021-04"))
                .andExpect(jsonPath("$.budget.currency").value("AUD"))
                .andExpect(jsonPath("$.budget.amount").value(15000.0))
                .andExpect(jsonPath("$.updatedByName").value("Ola Officer"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(withJson(as(officer, post("/api/v1/activities")), minimal("Second", 2)))
                .andExpect(jsonPath("$.code").value("2021-P2-02"));
    }

    @Test
    void invalidInputIs422NamingTheFieldAndWritesNothing() throws Exception {
        Map<String, Object> body = minimal("Over-shared", 2);
        Partner a = partnerService.all().get(0);
        Partner b = partnerService.all().get(1);
        body.put("partners", List.of(Map.of("partnerId", a.id(), "role", "LEAD", "sharePercent", 80),
                Map.of("partnerId", b.id(), "role", "FUNDING", "sharePercent", 30)));
        body.put("budget", Map.of("amount", -5, "currency", "AUD"));
        mvc.perform(withJson(as(officer, post("/api/v1/activities")), body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'partners')].message")
                        .value(hasItem("The partners’ shares add up to 110 %; together they may be at most 100 %.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'budget.amount')].message")
                        .value(hasItem("An amount cannot be below 0.")));
        mvc.perform(withJson(as(officer, post("/api/v1/activities")), Map.of("title", "No plan")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("workplanId"));
        Map<String, Object> badEnum = minimal("Bad type", 2);
        badEnum.put("type", "PICNIC");
        mvc.perform(withJson(as(officer, post("/api/v1/activities")), badEnum))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        assertThat(fixtures.activityCount(plan)).isZero();
    }

    @Test
    void aStalePutIs409NamingWhoChangedItAndWhenAndOverwritesNothing() throws Exception {
        JsonNode created = create(minimal("Original", 1));
        long id = created.get("id").asLong();
        Map<String, Object> first = json.convertValue(created, Map.class);
        first.put("title", "Changed by Ada");
        String answer = mvc.perform(withJson(as(colleague, put("/api/v1/activities/" + id)), first))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString();
        String updatedAt = json.readTree(answer).get("updatedAt").asString();
        Map<String, Object> stale = json.convertValue(created, Map.class);
        stale.put("title", "Changed by Ola");
        mvc.perform(withJson(as(officer, put("/api/v1/activities/" + id)), stale))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Ada Example changed this activity at "
                        + updatedAt.substring(0, 10))))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/activities/" + id))).andExpect(jsonPath("$.title").value("Changed by Ada"));
    }

    @Test
    void anApprovedPlanRefusesPlanningChangesWith409AndAcceptsImplementation() throws Exception {
        JsonNode created = create(minimal("Approved activity", 3));
        long id = created.get("id").asLong();
        fixtures.setStatus(plan, WorkPlanStatus.APPROVED);
        Map<String, Object> planning = json.convertValue(created, Map.class);
        planning.put("plannedStart", "2021-09");
        mvc.perform(withJson(as(officer, put("/api/v1/activities/" + id)), planning))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("open a revision")));
        Map<String, Object> implementation = json.convertValue(created, Map.class);
        implementation.put("expenditure", 420.5);
        implementation.put("actualStart", "2021-05-03");
        mvc.perform(withJson(as(officer, put("/api/v1/activities/" + id)), implementation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expenditure").value(420.5))
                .andExpect(jsonPath("$.plannedStart").doesNotExist());
        mvc.perform(withJson(as(officer, post("/api/v1/activities/" + id + "/status")),
                        Map.of("status", "POSTPONED")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(withJson(as(officer, post("/api/v1/activities/" + id + "/status")),
                        Map.of("status", "POSTPONED", "reason", "Elections in the host country.")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("POSTPONED"))
                .andExpect(jsonPath("$.statusReason").value("Elections in the host country."));
        mvc.perform(withJson(as(officer, post("/api/v1/activities/" + id + "/updates")),
                        Map.of("reportedOn", "2021-05-04", "narrative", "Venue confirmed.", "link", "https://example.org/r")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorName").value("Ola Officer"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/activities/" + id + "/updates")))
                .andExpect(jsonPath("$[0].narrative").value("Venue confirmed."));
        mvc.perform(withJson(as(officer, post("/api/v1/activities/" + id + "/risks")),
                        Map.of("description", "Flood", "likelihood", "LOW", "impact", "HIGH")))
                .andExpect(status().isConflict());
        mvc.perform(as(officer, delete("/api/v1/activities/" + id + "?version=3"))).andExpect(status().isConflict());
    }

    @Test
    void listsArePagedAndFiltered() throws Exception {
        create(minimal("One", 1));
        Map<String, Object> two = minimal("Two", 2);
        two.put("countryCodes", List.of("PHL"));
        create(two);
        create(minimal("Three", 2));
        mvc.perform(as(Role.VIEWER, get("/api/v1/activities?workplan=" + plan + "&purpose=2&size=1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.items[0].code").value("2021-P2-01"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/activities?workplan=" + plan + "&country=phl")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].title").value("Two"));
        mvc.perform(as(Role.VIEWER, get("/api/v1/activities?workplan=" + plan + "&status=COMPLETED")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(as(Role.VIEWER, get("/api/v1/activities?size=501"))).andExpect(status().isUnprocessableContent());
    }

    @Test
    void viewersReadButCannotWriteAndMemberFocalPointsAreRefused() throws Exception {
        long id = create(minimal("Guarded", 4)).get("id").asLong();
        mvc.perform(as(Role.VIEWER, get("/api/v1/activities/" + id))).andExpect(status().isOk());
        mvc.perform(withJson(as(Role.VIEWER, post("/api/v1/activities")), minimal("Viewer's", 1)))
                .andExpect(status().isForbidden());
        mvc.perform(withJson(as(Role.VIEWER, post("/api/v1/activities/" + id + "/status")), Map.of("status", "COMPLETED")))
                .andExpect(status().isForbidden());
        mvc.perform(withJson(as(Role.MEL_OFFICER, post("/api/v1/activities")), minimal("MEL's", 1)))
                .andExpect(status().isForbidden());
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get("/api/v1/activities/" + id))).andExpect(status().isForbidden());
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get("/api/v1/activities"))).andExpect(status().isForbidden());
        assertThat(fixtures.activityCount(plan)).isEqualTo(1);
        mvc.perform(as(Role.VIEWER, get("/api/v1/activities/999999999"))).andExpect(status().isNotFound());
    }

    @Test
    void aCommitmentThatTwoActivitiesAnswerCannotBeDeletedThroughTheApiOrThePage() throws Exception {
        Commitment c = commitments.create(new CommitmentInput("Test declaration " + System.nanoTime(), 2098,
                "para 7", "Share information on smuggling routes.", null, List.of(), null));
        for (String title : List.of("Route analysis workshop", "Information sharing training")) {
            Map<String, Object> body = minimal(title, 2);
            body.put("commitmentIds", List.of(c.id()));
            create(body);
        }
        create(minimal("Unrelated training", 2));
        String message = "2 activities refer to the commitment para 7 of " + c.sourceDocument()
                + " (2098): remove those references first.";

        mvc.perform(as(Users.aUser(users).withRole(Role.ADMIN).create(), delete("/api/v1/commitments/" + c.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(message));
        String html = mvc.perform(post("/directory/commitments/" + c.id() + "/delete")
                        .param("version", String.valueOf(c.version()))
                        .with(user(userDetails.loadUserByUsername(Users.aUser(users).withRole(Role.CO_MANAGER).create()
                                .email()))).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(message);
        assertThat(commitments.find(c.id())).isPresent();
        assertThat(db.fetchCount(ACTIVITY_COMMITMENT, ACTIVITY_COMMITMENT.COMMITMENT_ID.eq(c.id()))).isEqualTo(2);
    }
}
