package org.kinerja.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.kinerja.indicator.Indicators.anIndicator;
import static org.kinerja.indicator.Indicators.target;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanService plans;
    @Autowired
    IndicatorService indicators;
    @Autowired
    UserService users;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEvents events;

    private final Map<Role, UserAccount> accounts = new EnumMap<>(Role.class);

    @BeforeAll
    void oneUserPerRole() {
        for (Role role : Role.values()) {
            accounts.put(role, Users.aUser(users).withRole(role).create());
        }
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(accounts.get(role).email(), Users.PASSWORD));
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    /** A plan of 2031–2032 with the four purposes of SP-2021-22 and no framework. */
    private Plan newPlan() {
        return newPlan(2031, 2032);
    }

    private Plan newPlan(int start, int end) {
        String code = "I-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return plans.create(new NewPlan(code, "A plan for indicator API tests", start, end, "SP-2021-22"));
    }

    private Indicator shipped(String code) {
        return indicators.indicators("SP-2021-22", null, PageQuery.of(0, 500)).items().stream()
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static Map<String, Object> indicatorBody(IndicatorInput in) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", in.code());
        body.put("name", in.name());
        body.put("definition", in.definition());
        body.put("purposeNumber", in.purposeNumber());
        body.put("outcomeCode", in.outcomeCode());
        body.put("unit", in.unit());
        body.put("measure", in.measure());
        body.put("direction", in.direction());
        body.put("aggregation", in.aggregation());
        body.put("disaggregations", in.disaggregations());
        body.put("baseline", in.baseline());
        body.put("targets", in.targets());
        body.put("source", in.source());
        body.put("frequency", in.frequency());
        body.put("responsibleUserId", in.responsibleUserId());
        body.put("meansOfVerification", in.meansOfVerification());
        body.put("proposed", in.proposed());
        body.put("version", in.version());
        return body;
    }

    // --- reading -----------------------------------------------------------------------------------

    @Test
    void listsTheShippedIndicatorsOfAPurposeAsAPage() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/plans/SP-2021-22/indicators").param("purpose", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[0].code").value("P2.1"))
                .andExpect(jsonPath("$.items[4].code").value("P2.5"));
    }

    @Test
    void answersAnIndicatorWithEveryFieldOfTheContract() throws Exception {
        Indicator women = shipped("P2.3");

        JsonNode body = body(mvc.perform(as(Role.MEMBER_FOCAL_POINT, get("/api/v1/indicators/" + women.id())))
                .andExpect(status().isOk()));

        assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "planCode", "code", "name", "definition",
                "purposeNumber", "outcomeCode", "unit", "measure", "direction", "aggregation", "disaggregations",
                "baseline", "targets", "source", "frequency", "responsibleUserId", "meansOfVerification", "proposed",
                "version");
        assertThat(body.get("id").asLong()).isEqualTo(women.id());
        assertThat(body.get("code").asString()).isEqualTo("P2.3");
        assertThat(body.get("name").asString()).isEqualTo("Share of women among people trained");
        assertThat(body.get("purposeNumber").asInt()).isEqualTo(2);
        assertThat(body.get("outcomeCode").asString()).isEqualTo("P2.O2");
        assertThat(body.get("unit").asString()).isEqualTo("%");
        assertThat(body.get("measure").asString()).isEqualTo("PERCENTAGE");
        assertThat(body.get("direction").asString()).isEqualTo("INCREASE");
        assertThat(body.get("aggregation").asString()).isEqualTo("RATIO");
        assertThat(body.get("disaggregations").toString()).isEqualTo("[\"MEMBER\"]");
        assertThat(body.get("baseline").get("value").decimalValue()).isEqualByComparingTo("32");
        assertThat(body.get("baseline").get("year").asInt()).isEqualTo(2020);
        assertThat(body.get("baseline").get("note").asString()).startsWith("Proposed estimate for 2020");
        assertThat(body.get("targets").size()).isEqualTo(2);
        assertThat(body.get("targets").get(0).get("year").asInt()).isEqualTo(2021);
        assertThat(body.get("targets").get(0).get("value").toString()).isEqualTo("35");
        assertThat(body.get("targets").get(1).get("year").asInt()).isEqualTo(2022);
        assertThat(body.get("targets").get(1).get("value").toString()).isEqualTo("40");
        assertThat(body.get("source").asString()).isEqualTo("WOMEN_SHARE");
        assertThat(body.get("frequency").asString()).isEqualTo("SEMI_ANNUAL");
        assertThat(body.get("responsibleUserId").isNull()).isTrue();
        assertThat(body.get("meansOfVerification").asString()).startsWith("Participant registry");
        assertThat(body.get("proposed").asBoolean()).isTrue();
        assertThat(body.get("version").isInt()).isTrue();
    }

    @Test
    void listsTheOutcomesOfAPlanAndAnswersOne() throws Exception {
        JsonNode list = body(mvc.perform(as(Role.VIEWER, get("/api/v1/plans/SP-2021-22/outcomes")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(8))
                .andExpect(jsonPath("$.items[0].code").value("P1.O1"))
                .andExpect(jsonPath("$.items[7].code").value("P4.O2")));
        long id = list.get("items").get(2).get("id").asLong();

        mvc.perform(as(Role.VIEWER, get("/api/v1/outcomes/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("P2.O1"))
                .andExpect(jsonPath("$.purposeNumber").value(2))
                .andExpect(jsonPath("$.statement").value(startsWith("Officials of Bali Process Members")))
                .andExpect(jsonPath("$.version").isNumber());
    }

    @Test
    void answersNotFoundForAnUnknownPlanIndicatorOrOutcome() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/api/v1/plans/SP-1999-00/indicators")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("There is no plan SP-1999-00."));
        mvc.perform(as(Role.VIEWER, get("/api/v1/indicators/987654321")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no indicator 987654321."));
        mvc.perform(as(Role.VIEWER, get("/api/v1/outcomes/987654321"))).andExpect(status().isNotFound());
        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/SP-1999-00/indicators"), indicatorBody(anIndicator().build()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void asksForCredentials() throws Exception {
        mvc.perform(get("/api/v1/plans/SP-2021-22/indicators"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    // --- writing -----------------------------------------------------------------------------------

    @Test
    void letsAnMelOfficerCreateAnIndicatorAndAnswers201WithItsAddress() throws Exception {
        Plan plan = newPlan();
        IndicatorInput in = anIndicator().inPurpose(2).withCode("P2.7").forYears(2031, 2032).build();

        JsonNode created = body(mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/indicators"),
                        indicatorBody(in))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/indicators/"
                        + indicators.indicators(plan.code(), null, PageQuery.of(0, 1)).items().get(0).id())))
                .andExpect(jsonPath("$.code").value("P2.7"))
                .andExpect(jsonPath("$.planCode").value(plan.code()))
                .andExpect(jsonPath("$.baseline.year").value(2030))
                .andExpect(jsonPath("$.targets[1].year").value(2032))
                .andExpect(jsonPath("$.targets[1].value").value(140))
                .andExpect(jsonPath("$.version").value(0)));

        assertThat(events.stream(EntityChanged.class)
                .filter(e -> e.entityId().equals(plan.code() + "/P2.7") && e.action() == EntityChanged.Action.CREATE))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.entityType()).isEqualTo("Indicator");
                    assertThat(e.changes().get("targets").after()).isEqualTo("2031: 120; 2032: 140");
                });
        assertThat(indicators.indicator(created.get("id").asLong()).name()).isEqualTo("People trained");
    }

    @Test
    void refusesWritesToRolesOtherThanAdministratorCoManagerAndMelOfficer() throws Exception {
        Plan plan = newPlan();
        Map<String, Object> body = indicatorBody(anIndicator().forYears(2031, 2032).build());

        for (Role role : List.of(Role.VIEWER, Role.PROGRAMME_OFFICER, Role.MEMBER_FOCAL_POINT)) {
            mvc.perform(as(role, json(post("/api/v1/plans/" + plan.code() + "/indicators"), body)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("Your role does not allow this."));
        }
        mvc.perform(as(Role.CO_MANAGER, json(post("/api/v1/plans/" + plan.code() + "/indicators"), body)))
                .andExpect(status().isCreated());
        assertThat(indicators.indicators(plan.code(), null, PageQuery.of(0, 50)).total()).isEqualTo(1);
    }

    @Test
    void refusesACodeThePlanAlreadyUsesWith409() throws Exception {
        Plan plan = newPlan();
        Map<String, Object> body = indicatorBody(anIndicator().forYears(2031, 2032).build());
        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/" + plan.code() + "/indicators"), body)))
                .andExpect(status().isCreated());

        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/" + plan.code() + "/indicators"), body)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("Plan " + plan.code() + " already uses the code P2.1."));
    }

    @Test
    void refusesAPercentageTargetAboveHundredNamingTheTarget() throws Exception {
        Plan plan = newPlan();
        IndicatorInput in = anIndicator().asPercentage(Aggregation.RATIO).forYears(2031, 2032)
                .withTargets(target(2031, "90"), target(2032, "101")).build();

        mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/indicators"), indicatorBody(in))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("targets[1].value"))
                .andExpect(jsonPath("$.errors[0].message").value("A percentage is from 0 to 100."));
        assertThat(indicators.indicators(plan.code(), null, PageQuery.of(0, 50)).total()).isZero();
    }

    @Test
    void refusesAnIndicatorWithoutATargetForTheLastYear() throws Exception {
        IndicatorInput in = anIndicator().withCode("P2.9").withTargets(target(2021, "10")).build();

        mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/SP-2021-22/indicators"), indicatorBody(in))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("A target for 2022 is required."))
                .andExpect(jsonPath("$.errors[0].field").value("targets"))
                .andExpect(jsonPath("$.errors[0].message").value("A target for 2022 is required."));
    }

    @Test
    void refusesToSumAPercentageAndNamesEveryFieldAtFault() throws Exception {
        Plan plan = newPlan();
        IndicatorInput in = anIndicator().inPurpose(9).withCode("P9.1").measuring("P9.O1").asPercentage(Aggregation.SUM)
                .forYears(2031, 2032).responsible(987654321L).build();

        mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/indicators"), indicatorBody(in))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("purposeNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("The plan has no purpose 9."))
                .andExpect(jsonPath("$.errors[1].field").value("outcomeCode"))
                .andExpect(jsonPath("$.errors[1].message").value("The plan has no outcome P9.O1."))
                .andExpect(jsonPath("$.errors[2].field").value("aggregation"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("Percentages are never added up")))
                .andExpect(jsonPath("$.errors[3].field").value("responsibleUserId"));
    }

    @Test
    void refusesAValueThatIsNotInTheListWith400NamingTheField() throws Exception {
        Map<String, Object> body = indicatorBody(anIndicator().build());
        body.put("measure", "RATE");

        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/SP-2021-22/indicators"), body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measure"));
        body.put("measure", "NUMBER");
        body.put("targets", List.of(Map.of("year", 2021, "value", "many")));
        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/SP-2021-22/indicators"), body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[0].value"));
    }

    @Test
    void acceptsAnActiveResponsibleUser() throws Exception {
        Plan plan = newPlan();
        long officer = accounts.get(Role.MEL_OFFICER).id();

        mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/indicators"),
                        indicatorBody(anIndicator().forYears(2031, 2032).responsible(officer).build()))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.responsibleUserId").value(officer));
    }

    @Test
    void updatesFromTheCurrentVersionAndRefusesAStaleOne() throws Exception {
        Plan plan = newPlan();
        Indicator created = indicators.createIndicator(plan.code(), anIndicator().forYears(2031, 2032).build());
        Map<String, Object> change = indicatorBody(anIndicator().named("People trained (distinct)")
                .aggregatedBy(Aggregation.LATEST).forYears(2031, 2032).atVersion(0).build());

        mvc.perform(as(Role.MEL_OFFICER, json(put("/api/v1/indicators/" + created.id()), change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("People trained (distinct)"))
                .andExpect(jsonPath("$.aggregation").value("LATEST"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(events.stream(EntityChanged.class).filter(e -> e.action() == EntityChanged.Action.UPDATE
                        && e.entityId().equals(plan.code() + "/P2.1")))
                .singleElement()
                .satisfies(e -> assertThat(e.changes()).containsOnlyKeys("name", "aggregation"));

        mvc.perform(as(Role.MEL_OFFICER, json(put("/api/v1/indicators/" + created.id()), change)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.detail").value(startsWith("Someone else saved this record since you opened it")));
        change.put("version", null);
        mvc.perform(as(Role.MEL_OFFICER, json(put("/api/v1/indicators/" + created.id()), change)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(indicators.indicator(created.id()).version()).isEqualTo(1);
    }

    @Test
    void deletesAnIndicator() throws Exception {
        Plan plan = newPlan();
        Indicator created = indicators.createIndicator(plan.code(), anIndicator().forYears(2031, 2032).build());

        mvc.perform(as(Role.VIEWER, delete("/api/v1/indicators/" + created.id()))).andExpect(status().isForbidden());
        mvc.perform(as(Role.MEL_OFFICER, delete("/api/v1/indicators/" + created.id()).param("version", "5")))
                .andExpect(status().isConflict());
        mvc.perform(as(Role.MEL_OFFICER, delete("/api/v1/indicators/" + created.id()).param("version", "0")))
                .andExpect(status().isNoContent());

        mvc.perform(as(Role.VIEWER, get("/api/v1/indicators/" + created.id()))).andExpect(status().isNotFound());
        assertThat(events.stream(EntityChanged.class).filter(e -> e.action() == EntityChanged.Action.DELETE
                && e.entityId().equals(plan.code() + "/P2.1"))).hasSize(1);
    }

    // --- outcomes ----------------------------------------------------------------------------------

    @Test
    void createsChangesAndDeletesAnOutcome() throws Exception {
        Plan plan = newPlan();

        JsonNode created = body(mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/outcomes"),
                        Map.of("code", "P3.O1", "purposeNumber", 3, "statement", "Members use RSO guidance."))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/outcomes/")))
                .andExpect(jsonPath("$.code").value("P3.O1"))
                .andExpect(jsonPath("$.version").value(0)));
        long id = created.get("id").asLong();

        mvc.perform(as(Role.CO_MANAGER, json(put("/api/v1/outcomes/" + id),
                        Map.of("code", "P3.O2", "purposeNumber", 3, "statement", "Members use RSO guidance.", "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("P3.O2"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(Role.MEL_OFFICER, delete("/api/v1/outcomes/" + id))).andExpect(status().isNoContent());
        mvc.perform(as(Role.VIEWER, get("/api/v1/outcomes/" + id))).andExpect(status().isNotFound());
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Outcome")
                && e.entityId().startsWith(plan.code() + "/"))).hasSize(3);
    }

    @Test
    void refusesAnOutcomeCodeOfAnotherPurposeAndADuplicate() throws Exception {
        Plan plan = newPlan();
        indicators.createOutcome(plan.code(), new OutcomeInput("P1.O1", 1, "Requests answered.", null));

        mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/outcomes"),
                        Map.of("code", "P1.O2", "purposeNumber", 2, "statement", "Wrong purpose."))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("The code must start with P2, as the purpose is 2."));
        mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/outcomes"),
                        Map.of("code", "P1.O1", "purposeNumber", 1, "statement", "Again."))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void refusesToDeleteAnOutcomeThatIndicatorsMeasureNamingThem() throws Exception {
        Plan plan = newPlan();
        Outcome outcome = indicators.createOutcome(plan.code(), new OutcomeInput("P2.O1", 2, "Skills improve.", null));
        indicators.createIndicator(plan.code(), anIndicator().withCode("P2.1").measuring("P2.O1").forYears(2031, 2032).build());
        indicators.createIndicator(plan.code(), anIndicator().withCode("P2.2").measuring("P2.O1").forYears(2031, 2032).build());

        mvc.perform(as(Role.MEL_OFFICER, delete("/api/v1/outcomes/" + outcome.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Outcome P2.O1 cannot be removed: indicators P2.1, P2.2 measure it."));
        mvc.perform(as(Role.MEL_OFFICER, json(put("/api/v1/outcomes/" + outcome.id()),
                        Map.of("code", "P3.O1", "purposeNumber", 3, "statement", "Skills improve.", "version", 0))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("purposeNumber"));
        assertThat(indicators.findOutcome(outcome.id())).isPresent();
    }

    // --- copying -----------------------------------------------------------------------------------

    @Test
    void copiesTheShippedFrameworkKeepingBaselinesAndTheTargetsOfYearsThePlanCovers() throws Exception {
        Plan plan = newPlan(2022, 2024);

        mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/indicators/copy"),
                        Map.of("from", "SP-2021-22"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.from").value("SP-2021-22"))
                .andExpect(jsonPath("$.to").value(plan.code()))
                .andExpect(jsonPath("$.outcomes.length()").value(8))
                .andExpect(jsonPath("$.indicators.length()").value(15));

        Indicator trained = indicators.indicators(plan.code(), 2, PageQuery.of(0, 50)).items().stream()
                .filter(i -> i.code().equals("P2.2")).findFirst().orElseThrow();
        Indicator original = shipped("P2.2");
        assertThat(trained.baseline()).isEqualTo(original.baseline());
        assertThat(trained.targets()).containsExactly(original.target(2022).orElseThrow());
        assertThat(trained.outcomeCode()).isEqualTo("P2.O1");
        assertThat(trained.proposed()).isTrue();
        assertThat(trained.id()).isNotEqualTo(original.id());
        assertThat(indicators.framework(plan.code()).indicatorCount()).isEqualTo(15);

        mvc.perform(as(Role.MEL_OFFICER, json(post("/api/v1/plans/" + plan.code() + "/indicators/copy"),
                        Map.of("from", "SP-2021-22"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("Plan " + plan.code() + " already uses the codes P1.O1, P1.O2")));
        assertThat(indicators.framework(plan.code()).indicatorCount()).isEqualTo(15);
    }

    @Test
    void refusesToCopyFromAnUnknownOrEmptyPlanOrIntoItself() throws Exception {
        Plan plan = newPlan();
        Plan empty = newPlan();

        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/" + plan.code() + "/indicators/copy"), Map.of("from", "NOPE-1"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("There is no plan NOPE-1 to copy from."));
        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/" + plan.code() + "/indicators/copy"), Map.of("from", empty.code()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Plan " + empty.code() + " has no outcomes or indicators to copy."));
        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/" + plan.code() + "/indicators/copy"), Map.of("from", plan.code()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(as(Role.VIEWER, json(post("/api/v1/plans/" + plan.code() + "/indicators/copy"), Map.of("from", "SP-2021-22"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesToCopyIntoAPlanWithoutThePurposesTheFrameworkUses() throws Exception {
        String code = "I-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Plan bare = plans.create(new NewPlan(code, "No purposes", 2031, 2032, null));

        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/" + bare.code() + "/indicators/copy"), Map.of("from", "SP-2021-22"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Plan " + code + " has no purpose 1, 2, 3, 4, which the framework to copy uses. Add the purpose first."));
    }

    @Test
    void refusesToCopyBaselinesIntoAPlanThatStartsBeforeThem() throws Exception {
        Plan early = newPlan(2018, 2019);

        mvc.perform(as(Role.ADMIN, json(post("/api/v1/plans/" + early.code() + "/indicators/copy"), Map.of("from", "SP-2021-22"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("The baselines of P1.1, P1.2")));
    }
}
