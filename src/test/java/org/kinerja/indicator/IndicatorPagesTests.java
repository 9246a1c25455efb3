package org.kinerja.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.kinerja.indicator.Indicators.anIndicator;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanService plans;
    @Autowired
    IndicatorService indicators;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;

    private final Map<Role, UserAccount> accounts = new EnumMap<>(Role.class);

    @BeforeAll
    void oneUserPerRole() {
        for (Role role : Role.values()) {
            accounts.put(role, Users.aUser(users).withRole(role).create());
        }
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(accounts.get(role).email()))).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Plan newPlan() {
        String code = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return plans.create(new NewPlan(code, "A plan for indicator page tests", 2031, 2032, "SP-2021-22"));
    }

    private static int count(String html, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The table row of an indicator, from its opening tag to its closing one. */
    private static String row(String html, String code) {
        int start = html.indexOf("<tr class=\"indicator-row\" id=\"indicator-" + code + "\">");
        assertThat(start).as("row of " + code).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** A form post of the indicator editor for a plan of 2031–2032, with the given fields replaced. */
    private static MockHttpServletRequestBuilder indicatorForm(MockHttpServletRequestBuilder request, Map<String, String> fields) {
        Map<String, String> all = new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry("code", "P2.1"), Map.entry("name", "Events held"), Map.entry("definition", "Events that ended."),
                Map.entry("purposeNumber", "2"), Map.entry("outcomeCode", ""), Map.entry("unit", "events"),
                Map.entry("measure", "NUMBER"), Map.entry("direction", "INCREASE"), Map.entry("aggregation", "SUM"),
                Map.entry("baseline.value", "9"), Map.entry("baseline.year", "2030"), Map.entry("baseline.note", ""),
                Map.entry("targets[0].year", "2031"), Map.entry("targets[0].value", "12"), Map.entry("targets[0].note", ""),
                Map.entry("targets[1].year", "2032"), Map.entry("targets[1].value", "15"), Map.entry("targets[1].note", ""),
                Map.entry("source", "CAPACITY_EVENTS_HELD"), Map.entry("frequency", "QUARTERLY"),
                Map.entry("responsibleUserId", ""), Map.entry("meansOfVerification", "Event records."),
                Map.entry("version", "")));
        all.putAll(fields);
        all.forEach(request::param);
        return request.param("disaggregations", "PARTNER", "SEX");
    }

    // --- reading -----------------------------------------------------------------------------------

    @Test
    void showsEveryPurposeWithAtLeastThreeIndicatorsAndTheirBaselineAndTargetsFor2021And2022() throws Exception {
        String html = page(as(Role.VIEWER, get("/plans/SP-2021-22/framework")));

        String[] sections = html.split("<section class=\"framework-purpose\"");
        assertThat(sections).hasSize(5);
        for (int purpose = 1; purpose <= 4; purpose++) {
            String section = sections[purpose];
            assertThat(section).startsWith(" id=\"purpose-" + purpose + "\"");
            assertThat(count(section, "class=\"indicator-row\"")).as("indicators of purpose " + purpose)
                    .isBetween(3, 5);
            assertThat(section).contains("<th scope=\"col\">Target 2021</th>").contains("<th scope=\"col\">Target 2022</th>");
            assertThat(count(section, "<td class=\"target\" data-year=\"2021\">"))
                    .isEqualTo(count(section, "class=\"indicator-row\""));
            assertThat(count(section, "(2020)")).as("baselines of purpose " + purpose)
                    .isEqualTo(count(section, "class=\"indicator-row\""));
        }
        assertThat(row(html, "P2.2")).contains("People trained (distinct)").contains("260").contains("320").contains("380")
                .contains("Computed: people trained (distinct)").contains("Latest");
        assertThat(row(html, "P2.3")).contains("32%").contains("35%").contains("40%").contains("Ratio");
        assertThat(row(html, "P3.3")).contains("at least two examples documented");
        assertThat(html).contains("Proposed framework — review").contains("15 indicators are proposed")
                .contains("P2.O1</span> Officials of Bali Process Members")
                .doesNotContain("??");
    }

    @Test
    void showsOnePurposeAsAWholePageOrOnlyTheFrameworkBodyForHtmx() throws Exception {
        String full = page(as(Role.VIEWER, get("/plans/SP-2021-22/framework/purposes/3")));
        String fragment = mvc.perform(as(Role.VIEWER, get("/plans/SP-2021-22/framework/purposes/3")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andReturn().getResponse().getContentAsString();

        assertThat(full).contains("<!DOCTYPE html>").contains("<h1>Results framework</h1>")
                .contains("<title>Results framework of SP-2021-22, purpose 3 · Kinerja</title>");
        assertThat(count(full, "<section class=\"framework-purpose\"")).isEqualTo(1);
        assertThat(full).contains("id=\"purpose-3\"").doesNotContain("id=\"purpose-2\"");
        assertThat(fragment).doesNotContain("<!DOCTYPE html>").doesNotContain("<h1>");
        assertThat(fragment.strip()).startsWith("<div id=\"framework-body\">").endsWith("</div>");
        assertThat(count(fragment, "class=\"indicator-row\"")).isEqualTo(count(full, "class=\"indicator-row\"")).isEqualTo(3);
        mvc.perform(as(Role.VIEWER, get("/plans/SP-2021-22/framework")).header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(content().string(containsString("<!DOCTYPE html>")));
    }

    @Test
    void leadsTheIndicatorsEntryOfTheNavigationToTheCurrentPlansFramework() throws Exception {
        Plan current = plans.current().orElseThrow();

        mvc.perform(as(Role.VIEWER, get("/indicators")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + current.code() + "/framework"));
        assertThat(page(as(Role.MEMBER_FOCAL_POINT, get("/plans")))).contains("<a href=\"/indicators\">Indicators</a>");
    }

    @Test
    void showsAnIndicatorWithItsDefinitionBaselineAndTargets() throws Exception {
        Indicator women = indicators.indicators("SP-2021-22", 2, PageQuery.of(0, 50)).items().get(2);

        String html = page(as(Role.VIEWER, get("/plans/SP-2021-22/framework/indicators/" + women.id())));

        assertThat(html).contains("<h1>Share of women among people trained</h1>")
                .contains("Women among the distinct people trained in the year to date")
                .contains("<th scope=\"row\">Baseline 2020</th>")
                .contains("<th scope=\"row\">Target 2022</th>")
                .contains("40%")
                .contains("Computed: share of women among people trained")
                .contains("This indicator is part of a proposed framework and awaits review.")
                .doesNotContain("/edit\"");
        assertThat(page(as(Role.MEL_OFFICER, get("/plans/SP-2021-22/framework/indicators/" + women.id()))))
                .contains("href=\"/plans/SP-2021-22/framework/indicators/" + women.id() + "/edit\"");
    }

    @Test
    void answersNotFoundForAnUnknownPlanPurposeOrAnIndicatorOfAnotherPlan() throws Exception {
        Plan plan = newPlan();
        Indicator shipped = indicators.indicators("SP-2021-22", null, PageQuery.of(0, 1)).items().get(0);

        mvc.perform(as(Role.VIEWER, get("/plans/NO-SUCH-PLAN/framework")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(as(Role.VIEWER, get("/plans/SP-2021-22/framework/purposes/9"))).andExpect(status().isNotFound());
        mvc.perform(as(Role.VIEWER, get("/plans/" + plan.code() + "/framework/indicators/" + shipped.id())))
                .andExpect(status().isNotFound());
        mvc.perform(as(Role.MEL_OFFICER, get("/plans/" + plan.code() + "/framework/indicators/" + shipped.id() + "/edit")))
                .andExpect(status().isNotFound());
    }

    @Test
    void offersEditingOnlyToAdministratorsCoManagersAndMelOfficers() throws Exception {
        assertThat(page(as(Role.VIEWER, get("/plans/SP-2021-22/framework"))))
                .doesNotContain("/framework/indicators/new").doesNotContain("/framework/copy");
        assertThat(page(as(Role.MEL_OFFICER, get("/plans/SP-2021-22/framework"))))
                .contains("href=\"/plans/SP-2021-22/framework/indicators/new?purpose=2\"")
                .contains("action=\"/plans/SP-2021-22/framework/copy\"");
    }

    // --- the indicator editor ----------------------------------------------------------------------

    @Test
    void refusesTheEditorToOtherRoles() throws Exception {
        Plan plan = newPlan();

        mvc.perform(as(Role.VIEWER, get("/plans/" + plan.code() + "/framework/indicators/new"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.PROGRAMME_OFFICER, indicatorForm(post("/plans/" + plan.code() + "/framework/indicators"), Map.of())))
                .andExpect(status().isForbidden());
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, post("/plans/" + plan.code() + "/framework/copy").param("from", "SP-2021-22")))
                .andExpect(status().isForbidden());
        assertThat(indicators.framework(plan.code()).indicatorCount()).isZero();
    }

    @Test
    void createsAnIndicatorFromTheFormWithATargetRowPerYear() throws Exception {
        Plan plan = newPlan();
        String form = page(as(Role.MEL_OFFICER, get("/plans/" + plan.code() + "/framework/indicators/new").param("purpose", "2")));
        assertThat(form).contains("name=\"targets[0].year\" value=\"2031\"").contains("name=\"targets[1].year\" value=\"2032\"")
                .contains("value=\"P2.\"").doesNotContain("??");

        mvc.perform(as(Role.MEL_OFFICER, indicatorForm(post("/plans/" + plan.code() + "/framework/indicators"), Map.of())))
                .andExpect(status().is3xxRedirection());

        Indicator created = indicators.indicators(plan.code(), null, PageQuery.of(0, 50)).items().get(0);
        assertThat(created.code()).isEqualTo("P2.1");
        assertThat(created.source()).isEqualTo("CAPACITY_EVENTS_HELD");
        assertThat(created.disaggregations()).containsExactly(Disaggregation.SEX, Disaggregation.PARTNER);
        assertThat(created.baseline()).isEqualTo(new Baseline(new java.math.BigDecimal("9"), 2030, ""));
        assertThat(created.targets()).extracting(t -> t.year() + "=" + t.value()).containsExactly("2031=12", "2032=15");
        assertThat(created.proposed()).isFalse();
    }

    @Test
    void showsErrorsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        Plan plan = newPlan();

        String html = mvc.perform(as(Role.MEL_OFFICER, indicatorForm(post("/plans/" + plan.code() + "/framework/indicators"),
                        Map.of("measure", "PERCENTAGE", "aggregation", "SUM", "code", "P3.1", "targets[1].value", "101",
                                "baseline.year", "2032", "name", "Share of women"))))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<span class=\"error\" id=\"code-error\">The code must start with P2, as the purpose is 2.</span>")
                .contains("<span class=\"error\" id=\"aggregation-error\">Percentages are never added up: choose Ratio, Average or Latest.</span>")
                .contains("<span class=\"error\" id=\"baseline-year-error\">The baseline year cannot be after 2031, the plan’s first year.</span>")
                .contains("<span class=\"error\" id=\"targets-1-value-error\">A percentage is from 0 to 100.</span>")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"101\"").contains("value=\"Share of women\"")
                .contains("<option value=\"PERCENTAGE\" selected>");
        assertThat(indicators.framework(plan.code()).indicatorCount()).isZero();
    }

    @Test
    void refusesAValueThatIsNotANumber() throws Exception {
        Plan plan = newPlan();

        mvc.perform(as(Role.ADMIN, indicatorForm(post("/plans/" + plan.code() + "/framework/indicators"),
                        Map.of("targets[0].value", "twelve"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "<span class=\"error\" id=\"targets-0-value-error\">Enter a number such as 12 or 85.5.</span>")));
    }

    @Test
    void savesAQualitativeIndicatorWhoseTargetRowsAreEmptyAndNamesTheRowOfAnError() throws Exception {
        Plan plan = newPlan();
        Map<String, String> qualitative = Map.of("measure", "QUALITATIVE", "aggregation", "LATEST", "unit", "examples",
                "baseline.value", "", "baseline.note", "None documented.", "targets[0].value", "",
                "targets[1].value", "", "targets[1].note", "Two examples documented.", "source", "MANUAL");

        mvc.perform(as(Role.MEL_OFFICER, indicatorForm(post("/plans/" + plan.code() + "/framework/indicators"), qualitative)))
                .andExpect(status().is3xxRedirection());

        Indicator saved = indicators.indicators(plan.code(), null, PageQuery.of(0, 50)).items().get(0);
        assertThat(saved.targets()).containsExactly(new Target(2032, null, "Two examples documented."));
        Map<String, String> tooLong = new java.util.HashMap<>(qualitative);
        tooLong.put("code", "P2.2");
        tooLong.put("targets[1].note", "x".repeat(1001));
        mvc.perform(as(Role.MEL_OFFICER, indicatorForm(post("/plans/" + plan.code() + "/framework/indicators"), tooLong)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"targets-1-note-error\">At most 1000 characters.</span>")));
    }

    @Test
    void editsAnIndicatorAndRefusesAStaleFormWithoutOverwriting() throws Exception {
        Plan plan = newPlan();
        Indicator created = indicators.createIndicator(plan.code(), anIndicator().forYears(2031, 2032).build());
        String edit = "/plans/" + plan.code() + "/framework/indicators/" + created.id() + "/edit";
        String form = page(as(Role.CO_MANAGER, get(edit)));
        assertThat(form).contains("name=\"version\" value=\"0\"").contains("value=\"People trained\"")
                .contains("name=\"targets[1].value\" value=\"140\"");

        mvc.perform(as(Role.CO_MANAGER, indicatorForm(post(edit), Map.of("version", "0", "name", "Events held in the region"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.code() + "/framework/indicators/" + created.id() + "?saved"));
        String html = mvc.perform(as(Role.MEL_OFFICER, indicatorForm(post(edit), Map.of("version", "0", "name", "Typed on the old page"))))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Someone else saved this record since you opened it")
                .contains("href=\"" + edit + "\">Reload the latest version")
                .contains("value=\"Typed on the old page\"");
        assertThat(indicators.indicator(created.id()).name()).isEqualTo("Events held in the region");
    }

    @Test
    void removesAnIndicatorFromItsEditor() throws Exception {
        Plan plan = newPlan();
        Indicator created = indicators.createIndicator(plan.code(), anIndicator().forYears(2031, 2032).build());

        mvc.perform(as(Role.MEL_OFFICER, post("/plans/" + plan.code() + "/framework/indicators/" + created.id() + "/delete")
                        .param("version", "0")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.code() + "/framework/purposes/2?saved"));

        assertThat(indicators.findIndicator(created.id())).isEmpty();
    }

    // --- the outcome editor ------------------------------------------------------------------------

    @Test
    void addsAnOutcomeAndShowsItsErrorsNextToTheFields() throws Exception {
        Plan plan = newPlan();

        mvc.perform(as(Role.MEL_OFFICER, post("/plans/" + plan.code() + "/framework/outcomes")
                        .param("code", "P2.1").param("purposeNumber", "2").param("statement", "").param("version", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "<span class=\"error\" id=\"code-error\">Use P, the purpose number, .O and a number, e.g. P2.O1.</span>")))
                .andExpect(content().string(containsString(
                        "<span class=\"error\" id=\"statement-error\">This field is required.</span>")));
        mvc.perform(as(Role.MEL_OFFICER, post("/plans/" + plan.code() + "/framework/outcomes")
                        .param("code", "P2.O1").param("purposeNumber", "2").param("statement", "Skills improve.")
                        .param("version", "")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.code() + "/framework/purposes/2?saved"));

        assertThat(indicators.outcomes(plan.code())).extracting(Outcome::code, Outcome::statement)
                .containsExactly(org.assertj.core.api.Assertions.tuple("P2.O1", "Skills improve."));
        assertThat(page(as(Role.VIEWER, get("/plans/" + plan.code() + "/framework/purposes/2").param("saved", ""))))
                .contains("No indicators measure this outcome yet.").contains("Saved.");
    }

    @Test
    void refusesToRemoveAnOutcomeThatIndicatorsMeasure() throws Exception {
        Plan plan = newPlan();
        Outcome outcome = indicators.createOutcome(plan.code(), new OutcomeInput("P2.O1", 2, "Skills improve.", null));
        indicators.createIndicator(plan.code(), anIndicator().measuring("P2.O1").forYears(2031, 2032).build());

        mvc.perform(as(Role.MEL_OFFICER, post("/plans/" + plan.code() + "/framework/outcomes/" + outcome.id() + "/delete")
                        .param("version", "0")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Outcome P2.O1 cannot be removed: indicators P2.1 measure it.")));
        assertThat(indicators.findOutcome(outcome.id())).isPresent();
    }

    // --- copying -----------------------------------------------------------------------------------

    @Test
    void copiesAFrameworkWithTheButtonOfTheFrameworkPage() throws Exception {
        Plan plan = newPlan();

        mvc.perform(as(Role.MEL_OFFICER, post("/plans/" + plan.code() + "/framework/copy").param("from", "SP-2021-22")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.code() + "/framework?copiedFrom=SP-2021-22"));

        String html = page(as(Role.MEL_OFFICER, get("/plans/" + plan.code() + "/framework").param("copiedFrom", "SP-2021-22")));
        assertThat(html).contains("The framework of SP-2021-22 was copied.")
                .contains("15 indicators are proposed")
                .contains("<th scope=\"col\">Target 2031</th>");
        assertThat(count(html, "class=\"indicator-row\"")).isEqualTo(15);
        assertThat(count(html, "Not set")).as("no copied target falls in 2031-2032: all are to be set").isEqualTo(2 * 15);

        String again = mvc.perform(as(Role.MEL_OFFICER, post("/plans/" + plan.code() + "/framework/copy").param("from", "SP-2021-22")))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("id=\"copy-errors\">Plan " + plan.code() + " already uses the codes P1.O1");
    }

    @Test
    void sendsVisitorsWithoutASessionToSignIn() throws Exception {
        mvc.perform(get("/plans/SP-2021-22/framework"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
