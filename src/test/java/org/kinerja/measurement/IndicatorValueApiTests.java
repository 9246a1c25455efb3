package org.kinerja.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Direction;
import org.kinerja.indicator.Frequency;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Values and the IPTT over the API and on their pages: the answers to good and bad input (422 naming the field,
 * 409 for a refused step, 403 for a role that may not), the htmx fragment and the exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorValueApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IndicatorValueService values;
    @Autowired
    PlanService plans;
    @Autowired
    IndicatorService indicators;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;

    private UserAccount officer;
    private UserAccount mel;
    private UserAccount viewer;
    private UserAccount focalPoint;
    private Plan plan;
    private Indicator dialogues;
    private Indicator share;

    @BeforeEach
    void setUp() {
        ValueFixtures fixtures = new ValueFixtures(plans, indicators);
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        mel = Users.aUser(users).withRole(Role.MEL_OFFICER).create();
        viewer = Users.aUser(users).withRole(Role.VIEWER).create();
        focalPoint = Users.aUser(users).withRole(Role.MEMBER_FOCAL_POINT).create();
        plan = fixtures.plan();
        dialogues = fixtures.count(plan, Aggregation.SUM, Frequency.QUARTERLY, "8");
        share = fixtures.share(plan, Direction.INCREASE, Aggregation.AVERAGE, Frequency.ANNUAL, "50");
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, UserAccount who) {
        return request.with(httpBasic(who.email(), Users.PASSWORD));
    }

    private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, UserAccount who) {
        return request.with(user(details.loadUserByUsername(who.email()))).with(csrf());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aValueIsEnteredSubmittedAndApprovedOverTheApiAndListedWithWhoAndWhen() throws Exception {
        String base = "/api/v1/indicators/" + dialogues.id() + "/values";
        String created = mvc.perform(api(json(post(base), """
                        {"period": "2096-Q1", "value": 3, "comment": "Three dialogues", "evidenceUrl": "https://example.org/m"}"""),
                        officer))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(base + "/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.origin").value("MANUAL"))
                .andExpect(jsonPath("$.value").value(3))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(api(post(base + "/" + id + "/submit"), officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(api(json(post(base + "/" + id + "/approve"), "{\"version\": 1}"), mel))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(api(get(base), viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].period").value("2096-Q1"))
                .andExpect(jsonPath("$.items[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.items[0].enteredBy").value(officer.displayName()))
                .andExpect(jsonPath("$.items[0].submittedBy").value(officer.displayName()))
                .andExpect(jsonPath("$.items[0].approvedBy").value(mel.displayName()))
                .andExpect(jsonPath("$.items[0].approvedAt").isNotEmpty());
        mvc.perform(api(get(base + "/" + id + "/steps"), viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[2].action").value("APPROVED"))
                .andExpect(jsonPath("$[2].by").value(mel.displayName()));
    }

    @Test
    void anIndicatorWithRecordedValuesIsNotDeletedAndKeepsThem() throws Exception {
        String base = "/api/v1/indicators/" + dialogues.id() + "/values";
        mvc.perform(api(json(post(base), "{\"period\": \"2096-Q2\", \"value\": 2}"), officer))
                .andExpect(status().isCreated());
        mvc.perform(api(delete("/api/v1/indicators/" + dialogues.id()), mel))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Indicator " + dialogues.code()
                        + " cannot be removed: 1 values are recorded for it."));
        assertThat(indicators.indicator(dialogues.id()).code()).isEqualTo(dialogues.code());
        mvc.perform(api(get(base), viewer)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
        // an indicator without values is deleted as before
        mvc.perform(api(delete("/api/v1/indicators/" + share.id()), mel)).andExpect(status().isNoContent());
    }

    @Test
    void badInputAnswers422NamingTheFieldAndRefusedStepsAnswer409() throws Exception {
        String base = "/api/v1/indicators/" + share.id() + "/values";
        mvc.perform(api(json(post(base), "{\"period\": \"2096\", \"value\": 140}"), officer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value("A percentage lies from 0 to 100; 140 does not."));
        mvc.perform(api(json(post(base), "{\"period\": \"2096\", \"text\": \"half of them\"}"), officer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='text')].message")
                        .value("This indicator takes a number (PERCENTAGE), not a text."));
        mvc.perform(api(json(post(base), "{\"period\": \"2096-H1\", \"value\": 40}"), officer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(api(json(post(base), "{\"period\": \"2099\", \"value\": 40}"), officer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The period 2099 lies outside plan " + plan.code() + ", which runs from 2096 to 2097."));
        assertThat(values.values(share.id())).isEmpty();

        IndicatorValue v = values.enter(share.id(), new ValueInput("2096", new BigDecimal("40"), null, null, null,
                null, null, null), mel.id());
        mvc.perform(api(post(base + "/" + v.id() + "/submit"), mel)).andExpect(status().isOk());
        mvc.perform(api(post(base + "/" + v.id() + "/approve"), mel))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("You submitted the value for 2096")));
        mvc.perform(api(json(post(base + "/" + v.id() + "/return"), "{\"comment\": \"\"}"), mel))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(api(post(base + "/" + v.id() + "/submit"), officer)).andExpect(status().isConflict());
        mvc.perform(api(post("/api/v1/indicators/" + dialogues.id() + "/values/" + v.id() + "/submit"), officer))
                .andExpect(status().isNotFound());

        values.lockForReport(plan.code(), Period.ofYear(2096), 77L);
        mvc.perform(api(json(post(base), "{\"period\": \"2096\", \"value\": 45}"), officer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("locked by an issued report (77)")));
        assertThat(values.value(share.id(), v.id()).value()).isEqualByComparingTo("40");
    }

    @Test
    void rolesThatMayNotAreRefusedWith403AndNothingIsWritten() throws Exception {
        String base = "/api/v1/indicators/" + dialogues.id() + "/values";
        mvc.perform(api(json(post(base), "{\"period\": \"2096-Q1\", \"value\": 3}"), viewer))
                .andExpect(status().isForbidden());
        mvc.perform(api(get(base), focalPoint)).andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/plans/" + plan.code() + "/iptt?year=2096"), focalPoint))
                .andExpect(status().isForbidden());
        IndicatorValue v = values.enter(dialogues.id(), new ValueInput("2096-Q1", BigDecimal.ONE, null, null, null,
                null, null, null), officer.id());
        values.submit(dialogues.id(), v.id(), null, officer.id());
        mvc.perform(api(post(base + "/" + v.id() + "/approve"), officer)).andExpect(status().isForbidden());
        assertThat(values.value(dialogues.id(), v.id()).status()).isEqualTo(ValueStatus.SUBMITTED);
        assertThat(values.values(dialogues.id())).hasSize(1);
    }

    @Test
    void theIpttAnswersEveryIndicatorOfThePlanYearAndRefusesAYearOutsideIt() throws Exception {
        values.enter(share.id(), new ValueInput("2096", new BigDecimal("45"), null, null, null, null, null, null),
                officer.id());
        IndicatorValue v = values.values(share.id()).get(0);
        values.submit(share.id(), v.id(), null, officer.id());
        values.approve(share.id(), v.id(), null, mel.id());
        mvc.perform(api(get("/api/v1/plans/" + plan.code() + "/iptt?year=2096"), viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planCode").value(plan.code()))
                .andExpect(jsonPath("$.year").value(2096))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].code").value("P3.1"))
                .andExpect(jsonPath("$.rows[0].status").value("NO_DATA"))
                .andExpect(jsonPath("$.rows[1].code").value("P3.2"))
                .andExpect(jsonPath("$.rows[1].actual").value(45))
                .andExpect(jsonPath("$.rows[1].target").value(50))
                .andExpect(jsonPath("$.rows[1].percentOfTarget").value(90.0))
                .andExpect(jsonPath("$.rows[1].status").value("ON_TRACK"))
                .andExpect(jsonPath("$.rows[1].valueStatus").value("APPROVED"));
        mvc.perform(api(get("/api/v1/plans/" + plan.code() + "/iptt?year=2098"), viewer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The year 2098 is not a year of plan " + plan.code() + ", which runs from 2096 to 2097."));
        mvc.perform(api(get("/api/v1/plans/" + plan.code() + "/iptt?year=soon"), viewer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void theValuesPageListsValuesAndItsButtonsAnswerWithTheFragmentUnderHtmx() throws Exception {
        String pageUrl = "/indicators/" + dialogues.id() + "/values";
        mvc.perform(page(post(pageUrl), officer).param("period", "2096-Q2").param("value", "4")
                        .param("comment", "<b>four</b>"))
                .andExpect(status().is3xxRedirection());
        IndicatorValue v = values.values(dialogues.id()).get(0);
        mvc.perform(page(get(pageUrl), officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-period=\"2096-Q2\"")))
                .andExpect(content().string(containsString("&lt;b&gt;four&lt;/b&gt;")))
                .andExpect(content().string(containsString("/values/" + v.id() + "/submit")))
                .andExpect(content().string(not(containsString("/values/" + v.id() + "/approve"))));
        mvc.perform(page(post(pageUrl + "/" + v.id() + "/submit"), officer).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"indicator-values\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Submitted")));
        mvc.perform(page(get(pageUrl), officer))
                .andExpect(content().string(not(containsString("/values/" + v.id() + "/approve"))));
        mvc.perform(page(get(pageUrl), mel))
                .andExpect(content().string(containsString("/values/" + v.id() + "/approve")));
        mvc.perform(page(post(pageUrl + "/" + v.id() + "/return"), mel).header("HX-Request", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"values-problem\"")));
        mvc.perform(page(post(pageUrl), officer).param("period", "2096-Q3").param("value", "many"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a number, such as 12 or 12.5.")));
        assertThat(values.values(dialogues.id())).hasSize(1);
    }

    @Test
    void theIpttPageShowsEachPurposeWithStatusTagsAndExportsCsv() throws Exception {
        mvc.perform(page(get("/plans/" + plan.code() + "/iptt?year=2096"), viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("iptt-purpose-3")))
                .andExpect(content().string(containsString("progress-no_data")))
                .andExpect(content().string(containsString("/indicators/" + share.id() + "/values")));
        mvc.perform(page(get("/plans/" + plan.code() + "/iptt?year=2098"), viewer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The year 2098 is not a year of plan")));
        String csv = mvc.perform(page(get("/plans/" + plan.code() + "/iptt.csv?year=2096"), viewer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.lines().toList().get(2)).contains("P3.2").contains("NO_DATA");
        mvc.perform(page(get("/plans/" + plan.code() + "/iptt?year=2096"), focalPoint)).andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(page(get("/plans/" + plan.code() + "/iptt.xlsx?year=2096"), viewer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Code");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("P3.2");
            assertThat(sheet.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(50.0);
        }
    }

    @Test
    void theShippedPlansIpttListsItsFifteenIndicatorsWithLiveFiguresAndThePageShowsThem() throws Exception {
        mvc.perform(api(get("/api/v1/plans/SP-2021-22/iptt?year=2021"), viewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(15))
                .andExpect(jsonPath("$.rows[0].code").value("P1.1"))
                .andExpect(jsonPath("$.rows[0].source").value("REQUESTS_RECEIVED"))
                .andExpect(jsonPath("$.rows[0].target").value(18))
                .andExpect(jsonPath("$.rows[0].baseline").value(16))
                .andExpect(jsonPath("$.rows[10].code").value("P3.2"))
                .andExpect(jsonPath("$.rows[11].code").value("P3.3"))
                .andExpect(jsonPath("$.rows[11].measure").value("QUALITATIVE"))
                .andExpect(jsonPath("$.rows[14].code").value("P4.3"));
        mvc.perform(page(get("/plans/SP-2021-22/iptt?year=2021"), mel))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"P4.3\"")))
                .andExpect(content().string(containsString("iptt-purpose-4")));
        mvc.perform(page(get("/plans/SP-2021-22"), mel))
                .andExpect(content().string(containsString("href=\"/plans/SP-2021-22/iptt\"")));
        mvc.perform(page(get("/plans/SP-2021-22"), focalPoint))
                .andExpect(content().string(not(containsString("/plans/SP-2021-22/iptt"))));
    }
}
