package org.kinerja.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.EntityChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PlanApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    UserService users;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(PlanTestUsers.ADMIN, PlanTestUsers.ADMIN_PASSWORD));
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(PlanTestUsers.user(users, role), PlanTestUsers.PASSWORD));
    }

    private String body(Object value) {
        return json.writeValueAsString(value);
    }

    private Plan newPlan() {
        return plans.create(new NewPlan(PlanTestUsers.uniqueCode(), "A plan for API tests", 2031, 2032, null));
    }

    private static Map<String, Object> change(Plan plan, Map<String, Object> overrides) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("title", plan.title());
        body.put("startYear", plan.startYear());
        body.put("endYear", plan.endYear());
        body.put("foreword", plan.foreword());
        body.put("description", plan.description());
        body.put("mission", plan.mission());
        body.put("version", plan.version());
        body.putAll(overrides);
        return body;
    }

    @Test
    void listsPlansAsAPageOfSummaries() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/plans").param("size", "500")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(500))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[?(@.code == 'SP-2021-22')].title")
                        .value(hasItem("Regional Support Office Strategic Plan 2021-22")))
                .andExpect(jsonPath("$.items[?(@.code == 'SP-2021-22')].startYear").value(hasItem(2021)))
                .andExpect(jsonPath("$.items[?(@.code == 'SP-2021-22')].endYear").value(hasItem(2022)))
                .andExpect(jsonPath("$.items[0].version").isNumber())
                .andExpect(jsonPath("$.items[0].foreword").doesNotExist());
    }

    @Test
    void filtersTheListByAYearOfThePeriod() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/plans").param("year", "2022")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code").value(hasItem("SP-2021-22")))
                .andExpect(jsonPath("$.items[?(@.startYear > 2022)]").isEmpty());
    }

    @Test
    void returnsThePlanWithForewordPrinciplesAndPurposes() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/plans/SP-2021-22")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value("SP-2021-22"))
                .andExpect(jsonPath("$.title").value("Regional Support Office Strategic Plan 2021-22"))
                .andExpect(jsonPath("$.startYear").value(2021))
                .andExpect(jsonPath("$.endYear").value(2022))
                .andExpect(jsonPath("$.version").isNumber())
                .andExpect(jsonPath("$.foreword").value(startsWith("This Strategic Plan 2021-22 is the primary planning document")))
                .andExpect(jsonPath("$.description").value(startsWith("The Regional Support Office to the Bali Process (RSO)")))
                .andExpect(jsonPath("$.mission").value(startsWith("The Strategic Plan 2021-22 reaffirms the RSO's mission")))
                .andExpect(jsonPath("$.signatories.length()").value(2))
                .andExpect(jsonPath("$.signatories[1].name").value("Dicky KOMAR"))
                .andExpect(jsonPath("$.signatories[1].countryName").value("Indonesia"))
                .andExpect(jsonPath("$.principles.length()").value(4))
                .andExpect(jsonPath("$.principles[3].number").value(4))
                .andExpect(jsonPath("$.principles[3].title").value("Responsive and adaptive"))
                .andExpect(jsonPath("$.principles[3].description").value(startsWith("Responsive and adaptive to needs")))
                .andExpect(jsonPath("$.purposes.length()").value(4))
                .andExpect(jsonPath("$.purposes[2].number").value(3))
                .andExpect(jsonPath("$.purposes[2].title").value("Policy Development and Promotion of Best Practice"))
                .andExpect(jsonPath("$.purposes[2].summary").value(startsWith("We provide support to Bali Process Members")))
                .andExpect(jsonPath("$.purposes[2].description").value(startsWith("This allows the RSO to provide support")))
                .andExpect(jsonPath("$.purposes[2].exampleActivities.length()").value(6))
                .andExpect(jsonPath("$.purposes[3].exampleActivities.length()").value(0));
    }

    @Test
    void returnsOnePurposeOfAPlan() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/plans/SP-2021-22/purposes/2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Operational Capacity Building"))
                .andExpect(jsonPath("$.exampleActivities[0]").value("Victim Centered Approach Training"));
    }

    @Test
    void returnsTheOrganisationProfile() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/organisation-profile")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Regional Support Office of the Bali Process (RSO)"))
                .andExpect(jsonPath("$.email").value("info@rso.baliprocess.net"))
                .andExpect(jsonPath("$.coManagers[0].countryName").value("Australia"));
    }

    @Test
    void refusesCallsWithoutCredentials() throws Exception {
        mvc.perform(get("/api/v1/plans/SP-2021-22"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAViewerWhoTriesToChangeAPlan() throws Exception {
        Plan plan = newPlan();

        mvc.perform(as(Role.VIEWER, put("/api/v1/plans/" + plan.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("foreword", "Written by a viewer.")))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Your role does not allow this."));

        assertThat(plans.get(plan.code()).foreword()).isEmpty();
        assertThat(plans.get(plan.code()).version()).isEqualTo(plan.version());
    }

    @Test
    void refusesAViewerBeforeLookingAtTheBody() throws Exception {
        mvc.perform(as(Role.PROGRAMME_OFFICER, put("/api/v1/plans/SP-2021-22"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isForbidden());
        mvc.perform(as(Role.VIEWER, post("/api/v1/plans"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAViewerWhoTriesToCreateAPlan() throws Exception {
        String code = PlanTestUsers.uniqueCode();

        mvc.perform(as(Role.VIEWER, post("/api/v1/plans")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", code, "title", "Not allowed", "startYear", 2030, "endYear", 2031))))
                .andExpect(status().isForbidden());

        assertThat(plans.find(code)).isEmpty();
    }

    @Test
    void refusesAChangeMadeFromAStaleVersion() throws Exception {
        Plan plan = newPlan();
        mvc.perform(as(Role.CO_MANAGER, put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("foreword", "Saved first.")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(plan.version() + 1));

        mvc.perform(as(Role.CO_MANAGER, put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("foreword", "Saved from the stale version.")))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.detail").value(startsWith("Someone else saved this record since you opened it")));

        assertThat(plans.get(plan.code()).foreword()).isEqualTo("Saved first.");
    }

    @Test
    void refusesAnEndYearBeforeTheStartYear() throws Exception {
        Plan plan = newPlan();

        mvc.perform(asAdmin(put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("startYear", 2024, "endYear", 2023)))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("endYear"))
                .andExpect(jsonPath("$.errors[0].message").value("The last year cannot be before the first year (2024)."));

        assertThat(plans.get(plan.code()).startYear()).isEqualTo(2031);
    }

    @Test
    void answersNotFoundForAnUnknownPlan() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/plans/NO-SUCH-PLAN")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no plan NO-SUCH-PLAN."));
        Plan plan = plans.get("SP-2021-22");
        mvc.perform(asAdmin(put("/api/v1/plans/NO-SUCH-PLAN")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of()))))
                .andExpect(status().isNotFound());
        mvc.perform(asAdmin(get("/api/v1/plans/SP-2021-22/purposes/9")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Plan SP-2021-22 has no purpose 9."));
    }

    @Test
    void answersBadRequestForMalformedJson() throws Exception {
        mvc.perform(asAdmin(put("/api/v1/plans/SP-2021-22")).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));
        mvc.perform(asAdmin(put("/api/v1/plans/SP-2021-22")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Unfinished"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersBadRequestNamingAnUnknownField() throws Exception {
        Plan plan = newPlan();
        Map<String, Object> body = change(plan, Map.of("colour", "blue"));

        mvc.perform(asAdmin(put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
    }

    @Test
    void answersBadRequestNamingAFieldOfTheWrongType() throws Exception {
        Plan plan = newPlan();

        mvc.perform(asAdmin(put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("startYear", "soon")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startYear"));
    }

    @Test
    void namesEveryMissingOrOverlongFieldAndWritesNothing() throws Exception {
        Plan plan = newPlan();
        Map<String, Object> body = change(plan, Map.of("title", "x".repeat(201), "foreword", "Not saved."));
        body.remove("version");
        body.remove("mission");

        mvc.perform(asAdmin(put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("At most 200 characters.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'version')].message").value(hasItem("This field is required.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'mission')].message").value(hasItem("This field is required.")));

        assertThat(plans.get(plan.code()).foreword()).isEmpty();
    }

    @Test
    void refusesTwoPurposesWithTheSameNumberAndWritesNothing() throws Exception {
        Plan plan = newPlan();
        List<Map<String, Object>> purposes = List.of(
                Map.of("number", 1, "title", "First"),
                Map.of("number", 1, "title", "Also first"));

        mvc.perform(asAdmin(put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("purposes", purposes, "foreword", "Not saved.")))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("purposes[1].number"))
                .andExpect(jsonPath("$.errors[0].message").value("Number 1 is already used in this plan."));

        assertThat(plans.get(plan.code()).purposes()).isEmpty();
        assertThat(plans.get(plan.code()).foreword()).isEmpty();
    }

    @Test
    void namesABlankExampleActivity() throws Exception {
        Plan plan = newPlan();
        List<Map<String, Object>> purposes = List.of(
                Map.of("number", 1, "title", "First", "exampleActivities", List.of("Fine", " ")));

        mvc.perform(asAdmin(put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("purposes", purposes)))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("purposes[0].exampleActivities[1]"));
    }

    @Test
    void copiesAPlanIntoSP202325WithItsFourPurposesAndPrinciples() throws Exception {
        mvc.perform(as(Role.CO_MANAGER, post("/api/v1/plans")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "SP-2023-25", "title", "Regional Support Office Strategic Plan 2023-25",
                                "startYear", 2023, "endYear", 2025, "copyFrom", "SP-2021-22"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/plans/SP-2023-25")))
                .andExpect(jsonPath("$.code").value("SP-2023-25"))
                .andExpect(jsonPath("$.startYear").value(2023))
                .andExpect(jsonPath("$.endYear").value(2025))
                .andExpect(jsonPath("$.foreword").value(""))
                .andExpect(jsonPath("$.purposes.length()").value(4))
                .andExpect(jsonPath("$.principles.length()").value(4));

        Plan copy = plans.get("SP-2023-25");
        Plan source = plans.get("SP-2021-22");
        assertThat(copy.purposes()).isEqualTo(source.purposes());
        assertThat(copy.principles()).isEqualTo(source.principles());
        assertThat(events.stream(EntityChanged.class)
                .filter(e -> e.entityType().equals("Plan") && e.entityId().equals("SP-2023-25")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(EntityChanged.Action.CREATE);
                    assertThat(e.changes().get("copyFrom").after()).isEqualTo("SP-2021-22");
                    assertThat(e.changes().get("endYear").after()).isEqualTo(2025);
                });
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Purpose"))).hasSize(4);
    }

    @Test
    void refusesATakenCodeWithConflict() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/plans")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "SP-2021-22", "title", "Again", "startYear", 2021, "endYear", 2022))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.detail").value("There is already a plan SP-2021-22."));
    }

    @Test
    void refusesAMalformedCodeAndAnUnknownSource() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/plans")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", "sp 2030", "title", "Lower case", "startYear", 2030, "endYear", 2031))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        String code = PlanTestUsers.uniqueCode();
        mvc.perform(asAdmin(post("/api/v1/plans")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("code", code, "title", "From nowhere", "startYear", 2030,
                                "endYear", 2031, "copyFrom", "NO-SUCH-PLAN"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("copyFrom"))
                .andExpect(jsonPath("$.errors[0].message").value("There is no plan NO-SUCH-PLAN to copy from."));
        assertThat(plans.find(code)).isEmpty();
    }

    @Test
    void persistsAnEditedForewordAndPublishesTheChange() throws Exception {
        Plan plan = newPlan();
        String foreword = "First paragraph of the foreword.\n\nSecond paragraph.";

        mvc.perform(as(Role.CO_MANAGER, put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("foreword", foreword)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.foreword").value(foreword));

        mvc.perform(as(Role.VIEWER, get("/api/v1/plans/" + plan.code())))
                .andExpect(jsonPath("$.foreword").value(foreword))
                .andExpect(jsonPath("$.version").value(plan.version() + 1));
        assertThat(events.stream(EntityChanged.class)
                .filter(e -> e.entityId().equals(plan.code()) && e.action() == EntityChanged.Action.UPDATE))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.changes()).containsOnlyKeys("foreword");
                    assertThat(e.changes().get("foreword")).isEqualTo(new EntityChanged.FieldChange("", foreword));
                });
    }

    @Test
    void replacesPrinciplesAndPurposesMatchedByNumber() throws Exception {
        Plan plan = plans.create(new NewPlan(PlanTestUsers.uniqueCode(), "Copy to change", 2033, 2034, "SP-2021-22"));
        List<Map<String, Object>> purposes = List.of(
                Map.of("number", 1, "title", "Responsive to Bali Process Members and Working Groups",
                        "summary", "Shorter.", "description", "Longer.", "exampleActivities", List.of("One")),
                Map.of("number", 5, "title", "A fifth purpose"));

        mvc.perform(asAdmin(put("/api/v1/plans/" + plan.code())).contentType(MediaType.APPLICATION_JSON)
                        .content(body(change(plan, Map.of("purposes", purposes)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purposes.length()").value(2))
                .andExpect(jsonPath("$.purposes[0].exampleActivities[0]").value("One"))
                .andExpect(jsonPath("$.purposes[1].number").value(5))
                .andExpect(jsonPath("$.principles.length()").value(4));

        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Purpose")
                && e.action() == EntityChanged.Action.DELETE)).hasSize(3);
    }
}
