package org.kinerja.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.EntityChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PlanPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationEvents events;

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(PlanTestUsers.user(users, role))));
    }

    private Plan newPlan(String copyFrom) {
        return plans.create(new NewPlan(PlanTestUsers.uniqueCode(), "A plan for page tests", 2035, 2036, copyFrom));
    }

    private static int count(String html, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsThePlanWithItsFourPrinciplesAndFourPurposes() throws Exception {
        String html = page(as(Role.VIEWER, get("/plans/SP-2021-22")));

        assertThat(count(html, "class=\"card principle\"")).isEqualTo(4);
        assertThat(count(html, "class=\"card purpose\"")).isEqualTo(4);
        assertThat(html).contains("<h1>Regional Support Office Strategic Plan 2021-22</h1>")
                .contains("Period: 2021–2022")
                .contains("Co-Managers’ foreword")
                .contains("Finally, it demonstrates the RSO's contribution")
                .contains("<strong>Jake SHARMAN</strong>").contains("<strong>Dicky KOMAR</strong>")
                .contains("<h3>Participatory and consultative</h3>")
                .contains("href=\"/plans/SP-2021-22/purposes/4\">Outreach, Engagement and Advocacy</a>")
                .contains("reaffirms the RSO's mission to reduce irregular migration");
    }

    @Test
    void showsTheContactBlockOfTheOrganisationProfile() throws Exception {
        String html = page(as(Role.VIEWER, get("/plans/SP-2021-22")));

        assertThat(html).contains("id=\"contact\"")
                .contains("<strong>Regional Support Office of the Bali Process (RSO)</strong>")
                .contains("Level 27, Rajanakarn Building<br>")
                .contains("href=\"tel:+6623439477\"")
                .contains("href=\"mailto:info@rso.baliprocess.net\"")
                .contains("href=\"https://www.baliprocess.net\"")
                .contains("Jake SHARMAN (Australia)").contains("Dicky KOMAR (Indonesia)");
    }

    @Test
    void showsEditLinksOnlyToCoManagersAndAdministrators() throws Exception {
        assertThat(page(as(Role.VIEWER, get("/plans/SP-2021-22")))).doesNotContain("/plans/SP-2021-22/edit");
        assertThat(page(as(Role.CO_MANAGER, get("/plans/SP-2021-22"))))
                .contains("href=\"/plans/SP-2021-22/edit\"")
                .contains("href=\"/plans/SP-2021-22/principles/2/edit\"");
    }

    @Test
    void showsAPurposeWithItsLongTextAndExampleActivities() throws Exception {
        String html = page(as(Role.MEMBER_FOCAL_POINT, get("/plans/SP-2021-22/purposes/2")));

        assertThat(html).contains("<h1>Operational Capacity Building</h1>")
                .contains("We work with Bali Process Members and partners to develop and deliver fit-for-purpose")
                .contains("the People’s Police Academy of Vietnam");
        assertThat(count(html, "class=\"example-activity\"")).isEqualTo(6);
        assertThat(page(as(Role.VIEWER, get("/plans/SP-2021-22/purposes/4"))))
                .contains("The plan lists no example activities for this purpose.")
                .doesNotContain("class=\"example-activity\"");
    }

    @Test
    void answersNotFoundPagesForAnUnknownPlanOrPurpose() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/plans/NO-SUCH-PLAN")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(as(Role.VIEWER, get("/plans/SP-2021-22/purposes/9")))
                .andExpect(status().isNotFound());
        mvc.perform(as(Role.CO_MANAGER, get("/plans/SP-2021-22/principles/9/edit")))
                .andExpect(status().isNotFound());
    }

    @Test
    void sendsVisitorsWithoutASessionToSignIn() throws Exception {
        mvc.perform(get("/plans/SP-2021-22"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void refusesEditFormsAndPostsToAViewer() throws Exception {
        Plan plan = newPlan(null);

        mvc.perform(as(Role.VIEWER, get("/plans/" + plan.code() + "/edit"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.MEL_OFFICER, get("/plans/new"))).andExpect(status().isForbidden());
        mvc.perform(as(Role.VIEWER, post("/plans/" + plan.code() + "/edit")).with(csrf())
                        .param("title", "Changed by a viewer").param("startYear", "2035").param("endYear", "2036")
                        .param("foreword", "Not allowed.").param("version", String.valueOf(plan.version())))
                .andExpect(status().isForbidden());
        mvc.perform(as(Role.PROGRAMME_OFFICER, post("/plans/" + plan.code() + "/purposes")).with(csrf())
                        .param("number", "1").param("title", "Not allowed").param("version", "0"))
                .andExpect(status().isForbidden());

        Plan after = plans.get(plan.code());
        assertThat(after.title()).isEqualTo("A plan for page tests");
        assertThat(after.purposes()).isEmpty();
    }

    @Test
    void savesTheTextsAndSignatoriesOfThePlanForm() throws Exception {
        Plan plan = newPlan(null);

        mvc.perform(as(Role.CO_MANAGER, post("/plans/" + plan.code() + "/edit")).with(csrf())
                        .param("title", "  Edited title  ").param("startYear", "2035").param("endYear", "2037")
                        .param("foreword", "First paragraph.\r\n\r\nSecond paragraph.")
                        .param("description", "What the office is.").param("mission", "Its mission.")
                        .param("reporting", "").param("version", String.valueOf(plan.version()))
                        .param("signatories[0].name", "Jane DOE").param("signatories[0].roleTitle", "RSO Co-Manager")
                        .param("signatories[0].countryCode", "aus").param("signatories[0].countryName", "Australia")
                        .param("signatories[1].name", "").param("signatories[1].roleTitle", "")
                        .param("signatories[1].countryCode", "").param("signatories[1].countryName", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.code() + "?saved"));

        Plan after = plans.get(plan.code());
        assertThat(after.title()).isEqualTo("Edited title");
        assertThat(after.endYear()).isEqualTo(2037);
        assertThat(after.foreword()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(after.signatories()).containsExactly(new Signatory("Jane DOE", "RSO Co-Manager", "AUS", "Australia"));
        assertThat(after.version()).isEqualTo(plan.version() + 1);
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityId().equals(plan.code())
                && e.action() == EntityChanged.Action.UPDATE))
                .singleElement()
                .satisfies(e -> assertThat(e.changes()).containsOnlyKeys("title", "endYear", "foreword", "description",
                        "mission", "signatories"));
        assertThat(page(as(Role.VIEWER, get("/plans/" + plan.code()))))
                .contains("<p>First paragraph.</p>").contains("<p>Second paragraph.</p>");
    }

    @Test
    void showsErrorsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        Plan plan = newPlan(null);

        String html = mvc.perform(as(Role.CO_MANAGER, post("/plans/" + plan.code() + "/edit")).with(csrf())
                        .param("title", "").param("startYear", "2035").param("endYear", "2030")
                        .param("foreword", "Typed but refused.").param("description", "").param("mission", "")
                        .param("reporting", "").param("version", String.valueOf(plan.version())))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<span class=\"error\" id=\"title-error\">This field is required.</span>")
                .contains("<span class=\"error\" id=\"endYear-error\">The last year cannot be before the first year (2035).</span>")
                .contains("aria-invalid=\"true\"")
                .contains(">Typed but refused.</textarea>");
        assertThat(plans.get(plan.code()).foreword()).isEmpty();
        assertThat(plans.get(plan.code()).version()).isEqualTo(plan.version());
    }

    @Test
    void refusesAYearThatIsNotANumber() throws Exception {
        Plan plan = newPlan(null);

        mvc.perform(as(Role.ADMIN, post("/plans/" + plan.code() + "/edit")).with(csrf())
                        .param("title", "Title").param("startYear", "twenty").param("endYear", "2036")
                        .param("foreword", "").param("description", "").param("mission", "")
                        .param("version", String.valueOf(plan.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"startYear-error\">Enter a year such as 2023.</span>")));
    }

    @Test
    void refusesAStaleFormAndOffersToReloadWithoutOverwriting() throws Exception {
        Plan plan = newPlan(null);
        plans.update(plan.code(), PlanChange.texts(plan.title(), 2035, 2036, "Saved by someone else.", "", "", "",
                plan.version()));

        String html = mvc.perform(as(Role.CO_MANAGER, post("/plans/" + plan.code() + "/edit")).with(csrf())
                        .param("title", plan.title()).param("startYear", "2035").param("endYear", "2036")
                        .param("foreword", "Typed from the old page.").param("description", "").param("mission", "")
                        .param("reporting", "").param("version", String.valueOf(plan.version())))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Someone else saved this record since you opened it")
                .contains("href=\"/plans/" + plan.code() + "/edit\">Reload the latest version")
                .contains(">Typed from the old page.</textarea>");
        assertThat(plans.get(plan.code()).foreword()).isEqualTo("Saved by someone else.");
    }

    @Test
    void createsAPlanByCopyingAnotherFromTheForm() throws Exception {
        String code = PlanTestUsers.uniqueCode();

        mvc.perform(as(Role.CO_MANAGER, post("/plans")).with(csrf())
                        .param("code", code).param("title", "Copied plan").param("startYear", "2037")
                        .param("endYear", "2038").param("copyFrom", "SP-2021-22"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + code + "?saved"));

        Plan created = plans.get(code);
        assertThat(created.purposes()).hasSize(4);
        assertThat(created.principles()).hasSize(4);
        assertThat(created.foreword()).isEmpty();
    }

    @Test
    void refusesATakenCodeInTheNewPlanForm() throws Exception {
        mvc.perform(as(Role.ADMIN, post("/plans")).with(csrf())
                        .param("code", "SP-2021-22").param("title", "Again").param("startYear", "2021")
                        .param("endYear", "2022").param("copyFrom", ""))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"code-error\">There is already a plan SP-2021-22.</span>")));
    }

    @Test
    void savesAPurposeWithExampleActivitiesOnePerLine() throws Exception {
        Plan plan = newPlan("SP-2021-22");

        mvc.perform(as(Role.CO_MANAGER, post("/plans/" + plan.code() + "/purposes/4/edit")).with(csrf())
                        .param("number", "4").param("title", "Outreach, Engagement and Advocacy")
                        .param("summary", "Short.").param("description", "Long.")
                        .param("exampleActivities", "  First activity \r\n\r\nSecond activity\n")
                        .param("version", String.valueOf(plan.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.code() + "/purposes/4?saved"));

        assertThat(plans.purpose(plan.code(), 4).exampleActivities()).containsExactly("First activity", "Second activity");
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Purpose")
                && e.action() == EntityChanged.Action.UPDATE))
                .singleElement()
                .satisfies(e -> assertThat(e.changes().get("exampleActivities").after())
                        .isEqualTo("First activity\nSecond activity"));
    }

    @Test
    void refusesAPrincipleNumberUsedByAnotherPrinciple() throws Exception {
        Plan plan = newPlan("SP-2021-22");

        mvc.perform(as(Role.CO_MANAGER, post("/plans/" + plan.code() + "/principles/2/edit")).with(csrf())
                        .param("number", "1").param("title", "Renumbered").param("description", "")
                        .param("version", String.valueOf(plan.version())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"number-error\">Number 1 is already used in this plan.</span>")));

        assertThat(plans.principle(plan.code(), 2).title()).isEqualTo("Inclusive, non-discriminatory, gender-sensitive and supportive of gender equality");
    }

    @Test
    void addsAndRemovesAPrinciple() throws Exception {
        Plan plan = newPlan(null);

        mvc.perform(as(Role.CO_MANAGER, post("/plans/" + plan.code() + "/principles")).with(csrf())
                        .param("number", "1").param("title", "Do no harm").param("description", "Do no harm.")
                        .param("version", String.valueOf(plan.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.principles(plan.code())).containsExactly(new Principle(1, "Do no harm", "Do no harm."));

        mvc.perform(as(Role.CO_MANAGER, post("/plans/" + plan.code() + "/principles/1/delete")).with(csrf())
                        .param("version", String.valueOf(plan.version() + 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.principles(plan.code())).isEmpty();
    }

    @Test
    void listsPlansAsAWholePageOrOnlyTheRowsForHtmx() throws Exception {
        String full = page(as(Role.VIEWER, get("/plans")));
        String fragment = mvc.perform(as(Role.VIEWER, get("/plans")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andReturn().getResponse().getContentAsString();

        assertThat(full).contains("<!DOCTYPE html>").contains("<h1>Strategic plans</h1>").contains("<div id=\"plan-rows\">");
        assertThat(fragment).doesNotContain("<!DOCTYPE html>").doesNotContain("<h1>");
        assertThat(fragment.strip()).startsWith("<div id=\"plan-rows\">").endsWith("</div>");
        assertThat(count(fragment, "class=\"plan-row\"")).isEqualTo(count(full, "class=\"plan-row\"")).isPositive();
        mvc.perform(as(Role.VIEWER, get("/plans")).header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .andExpect(content().string(containsString("<!DOCTYPE html>")));
    }

    @Test
    void marksThePlansEntryOfTheNavigationAsCurrent() throws Exception {
        assertThat(page(as(Role.VIEWER, get("/plans/SP-2021-22"))))
                .contains("<a href=\"/plans\" aria-current=\"page\">Strategic plans</a>")
                .doesNotContain("??");
    }

    @Test
    void answersBadRequestForANegativePage() throws Exception {
        mvc.perform(as(Role.VIEWER, get("/plans").param("page", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
