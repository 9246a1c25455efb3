package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class ActivityPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
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

    ActivityFixtures fixtures;
    long plan;
    UserAccount officer;

    @BeforeEach
    void setUp() {
        fixtures = new ActivityFixtures(db, plans, indicators);
        plan = fixtures.draftWorkPlan();
        officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).named("Ola Officer").create();
    }

    private MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(details.loadUserByUsername(account.email()))).with(csrf());
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return as(Users.aUser(users).withRole(role).create(), request);
    }

    private Activity richActivity() {
        Partner partner = partnerService.all().get(0);
        Activity a = activities.create(new ActivityInput(plan, "Tabletop exercise on maritime smuggling", 2, "P2.O1",
                ActivityType.TABLETOP_EXERCISE, null, null, "Scenario-based exercise.", "Test referral pathways.", null,
                List.of(new ActivityInput.PartnerShare(partner.id(), PartnerRole.CO_DELIVERY, new BigDecimal("35"))),
                null, List.of(), List.of("LKA"), Modality.IN_PERSON, YearMonth.of(2021, 8), YearMonth.of(2021, 8), null, null,
                new ActivityInput.Budget(new BigDecimal("42000"), "USD"), null, 1, "Women officers are half the participants.",
                List.of(new ActivityInput.PrincipleMarker(2, PrincipleRating.APPLIED, "Co-designed with the host agency.")), null));
        activities.addMilestone(a.id(), new Milestone.Input("Scenario drafted", YearMonth.of(2021, 6), null));
        activities.addRisk(a.id(), new Risk.Input("Travel bans", RiskLevel.MEDIUM, RiskLevel.HIGH, "Run it online."));
        return activities.get(a.id());
    }

    @Test
    void theActivityPageShowsEveryFieldAndLoadsItsHistory() throws Exception {
        Activity a = richActivity();
        Partner partner = partnerService.all().get(0);
        mvc.perform(as(Role.VIEWER, get("/activities/" + a.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2021-P2-01")))
                .andExpect(content().string(containsString("Tabletop exercise on maritime smuggling")))
                .andExpect(content().string(containsString(partner.name())))
                .andExpect(content().string(containsString("Co-delivery")))
                .andExpect(content().string(containsString("35 %")))
                .andExpect(content().string(containsString("Sri Lanka (LKA)")))
                .andExpect(content().string(containsString("USD 42,000.00")))
                .andExpect(content().string(containsString("1 — Significant objective")))
                .andExpect(content().string(containsString("Co-designed with the host agency.")))
                .andExpect(content().string(containsString("Scenario drafted")))
                .andExpect(content().string(containsString("Travel bans")))
                .andExpect(content().string(containsString("hx-get=\"/audit/history?type=Activity&amp;id=" + a.id() + "\"")))
                .andExpect(content().string(containsString("hx-trigger=\"load\"")))
                .andExpect(content().string(not(containsString("id=\"edit-activity\""))))
                .andExpect(content().string(not(containsString("hx-post=\"/activities/" + a.id() + "/status\""))));
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get("/activities/" + a.id()))).andExpect(status().isForbidden());
        mvc.perform(as(Role.VIEWER, get("/activities/999999999"))).andExpect(status().isNotFound());
    }

    @Test
    void theHistoryFragmentListsTheActivitysChangesForReadersOnly() throws Exception {
        Activity a = activities.create(ActivityInput.minimal(plan, "Before", 1, ActivityType.WEBINAR));
        mvc.perform(as(officer, post("/activities/" + a.id() + "/edit")).param("workplanId", String.valueOf(plan))
                        .param("title", "After").param("purposeNumber", "1").param("type", "WEBINAR").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(Role.VIEWER, get("/audit/history").param("type", "Activity").param("id", String.valueOf(a.id())))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"history-table\"")))
                .andExpect(content().string(containsString("<del>Before</del>")))
                .andExpect(content().string(containsString("<ins>After</ins>")))
                .andExpect(content().string(containsString(officer.email())));
        mvc.perform(as(Role.VIEWER, get("/audit/history").param("type", "Activity").param("id", String.valueOf(a.id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Change history of Activity " + a.id())))
                .andExpect(content().string(containsString("<ins>After</ins>")));
        mvc.perform(as(Role.MEMBER_FOCAL_POINT, get("/audit/history").param("type", "Activity")
                .param("id", String.valueOf(a.id())))).andExpect(status().isForbidden());
        mvc.perform(as(Role.VIEWER, get("/audit/history").param("type", "Activity"))).andExpect(status().isBadRequest());
    }

    @Test
    void theStatusPanelIsSwappedByHtmxAndAPlainFormRedirects() throws Exception {
        Activity a = activities.create(ActivityInput.minimal(plan, "Status", 3, ActivityType.CONFERENCE));
        mvc.perform(as(officer, post("/activities/" + a.id() + "/status")).header("HX-Request", "true")
                        .param("status", "IN_PROGRESS").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"activity-status\"")))
                .andExpect(content().string(containsString("In progress")))
                .andExpect(content().string(containsString("Status saved.")));
        mvc.perform(as(officer, post("/activities/" + a.id() + "/status")).header("HX-Request", "true")
                        .param("status", "CANCELLED").param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the reason why the activity is Cancelled.")));
        assertThat(activities.get(a.id()).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        mvc.perform(as(officer, post("/activities/" + a.id() + "/status")).param("status", "CANCELLED")
                        .param("reason", "Budget cut."))
                .andExpect(redirectedUrl("/activities/" + a.id() + "?saved"));
        assertThat(activities.get(a.id()).statusReason()).isEqualTo("Budget cut.");
        mvc.perform(as(Role.VIEWER, post("/activities/" + a.id() + "/status")).param("status", "COMPLETED"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleSaveShowsWhoChangedItAndWhenKeepsTheInputAndOffersAReload() throws Exception {
        Activity a = activities.create(ActivityInput.minimal(plan, "Shared", 2, ActivityType.RESEARCH));
        UserAccount ada = Users.aUser(users).withRole(Role.CO_MANAGER).named("Ada Example").create();
        mvc.perform(as(ada, post("/activities/" + a.id() + "/edit")).param("workplanId", String.valueOf(plan))
                        .param("title", "Ada's title").param("purposeNumber", "2").param("type", "RESEARCH").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(officer, post("/activities/" + a.id() + "/edit")).param("workplanId", String.valueOf(plan))
                        .param("title", "Ola's late title").param("purposeNumber", "2").param("type", "RESEARCH").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ada Example changed this activity at ")))
                .andExpect(content().string(containsString("href=\"/activities/" + a.id() + "/edit\" id=\"conflict-reload\"")))
                .andExpect(content().string(containsString("value=\"Ola&#39;s late title\"")));
        assertThat(activities.get(a.id()).title()).isEqualTo("Ada's title");
    }

    @Test
    void theNewActivityFormShowsFieldErrorsAndKeepsTheRowsTyped() throws Exception {
        Partner a = partnerService.all().get(0);
        Partner b = partnerService.all().get(1);
        mvc.perform(as(officer, get("/activities/new").param("workplan", String.valueOf(plan))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"principles[3].rating\"")))
                .andExpect(content().string(containsString("name=\"partners[2].partnerId\"")));
        mvc.perform(as(officer, post("/activities")).param("workplanId", String.valueOf(plan)).param("title", "Shares")
                        .param("purposeNumber", "2").param("type", "TRAINING")
                        .param("partners[0].partnerId", String.valueOf(a.id())).param("partners[0].role", "LEAD")
                        .param("partners[0].sharePercent", "70")
                        .param("partners[1].partnerId", "").param("partners[1].role", "LEAD").param("partners[1].sharePercent", "")
                        .param("partners[2].partnerId", String.valueOf(b.id())).param("partners[2].role", "FUNDING")
                        .param("partners[2].sharePercent", "45")
                        .param("principles[0].number", "1").param("principles[0].rating", "").param("principles[0].evidence", "")
                        .param("principles[1].number", "2").param("principles[1].rating", "APPLIED")
                        .param("principles[1].evidence", "Evidence kept")
                        .param("plannedStart", "2021-05").param("plannedEnd", "2021-02").param("genderMarker", "2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The partners’ shares add up to 115 %")))
                .andExpect(content().string(containsString("The planned end is before the planned start.")))
                .andExpect(content().string(containsString("Explain why the activity is marked 2.")))
                .andExpect(content().string(containsString("value=\"45\"")))
                .andExpect(content().string(containsString(">Evidence kept</textarea>")));
        assertThat(fixtures.activityCount(plan)).isZero();
        mvc.perform(as(officer, post("/activities")).param("workplanId", String.valueOf(plan)).param("title", "Fine")
                        .param("purposeNumber", "2").param("type", "TRAINING").param("partners[0].partnerId", String.valueOf(a.id()))
                        .param("partners[0].role", "LEAD").param("partners[0].sharePercent", "100")
                        .param("budgetAmount", "1,500.50").param("countryCodes", "idn, tha"))
                .andExpect(status().is3xxRedirection());
        Activity created = activities.list(ActivityFilter.ofWorkPlan(plan), org.kinerja.shared.PageQuery.of(0, 5)).items().get(0);
        assertThat(created.code()).isEqualTo("2021-P2-01");
        assertThat(created.budget()).isEqualTo(new Activity.Budget(new BigDecimal("1500.50"), "AUD"));
        assertThat(created.countryCodes()).containsExactly("IDN", "THA");
        mvc.perform(as(Role.MEL_OFFICER, get("/activities/new").param("workplan", String.valueOf(plan))))
                .andExpect(status().isForbidden());
    }

    @Test
    void milestonesUpdatesAndRisksAreAddedFromTheActivityPage() throws Exception {
        Activity a = activities.create(ActivityInput.minimal(plan, "Items", 4, ActivityType.OUTREACH));
        mvc.perform(as(officer, post("/activities/" + a.id() + "/milestones")).param("title", "Invitations sent")
                        .param("dueMonth", "2021-03"))
                .andExpect(redirectedUrl("/activities/" + a.id() + "?saved#milestones"));
        mvc.perform(as(officer, post("/activities/" + a.id() + "/updates")).param("reportedOn", "2021-03-02")
                        .param("narrative", "").param("link", "javascript:alert(1)"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A link is a web address starting with http:// or https://.")))
                .andExpect(content().string(containsString("This field is required.")));
        mvc.perform(as(officer, post("/activities/" + a.id() + "/risks")).param("description", "Low turnout")
                        .param("likelihood", "LOW").param("impact", "MEDIUM"))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.milestones(a.id())).extracting(Milestone::title).containsExactly("Invitations sent");
        assertThat(activities.progressUpdates(a.id())).isEmpty();
        long riskId = activities.risks(a.id()).get(0).id();
        mvc.perform(as(officer, get("/activities/" + a.id() + "/risks/" + riskId + "/edit")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Low turnout")));
        mvc.perform(as(officer, post("/activities/" + a.id() + "/risks/" + riskId + "/delete")))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.risks(a.id())).isEmpty();
    }

    @Test
    void theEditFormRecordsImplementationOnAnApprovedPlanAndRefusesPlanningChanges() throws Exception {
        Activity a = richActivity();
        fixtures.setStatus(plan, WorkPlanStatus.APPROVED);
        mvc.perform(as(officer, get("/activities/" + a.id() + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"planning-closed\"")));
        mvc.perform(asForm(a, post("/activities/" + a.id() + "/edit"), a.title()).param("expenditure", "12500")
                        .param("actualStart", "2021-08-09"))
                .andExpect(redirectedUrl("/activities/" + a.id() + "?saved"));
        Activity after = activities.get(a.id());
        assertThat(after.expenditure()).isEqualByComparingTo("12500");
        assertThat(after.actualStart()).isEqualTo(java.time.LocalDate.of(2021, 8, 9));
        mvc.perform(asForm(after, post("/activities/" + a.id() + "/edit"), "Renamed"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("open a revision")))
                .andExpect(content().string(containsString("value=\"Renamed\"")));
        assertThat(activities.get(a.id()).title()).isEqualTo(a.title());
    }

    /** The edit form as the page fills it for {@code a}, with {@code title} typed in; other fields may be added. */
    private MockHttpServletRequestBuilder asForm(Activity a, MockHttpServletRequestBuilder request, String title) {
        MockHttpServletRequestBuilder r = as(officer, request).param("workplanId", String.valueOf(a.workplanId()))
                .param("title", title).param("purposeNumber", String.valueOf(a.purposeNumber()))
                .param("outcomeCode", a.outcomeCode() == null ? "" : a.outcomeCode()).param("type", a.type().name())
                .param("description", a.description().replace("\n", "\r\n")).param("objectives", a.objectives())
                .param("countryCodes", String.join(", ", a.countryCodes()))
                .param("modality", a.modality() == null ? "" : a.modality().name())
                .param("plannedStart", String.valueOf(a.plannedStart())).param("plannedEnd", String.valueOf(a.plannedEnd()))
                .param("budgetAmount", a.budget().amount().toPlainString()).param("budgetCurrency", a.budget().currency())
                .param("genderMarker", String.valueOf(a.genderMarker()))
                .param("genderMarkerJustification", a.genderMarkerJustification())
                .param("version", String.valueOf(a.version()));
        for (int i = 0; i < a.partners().size(); i++) {
            Activity.Partner p = a.partners().get(i);
            r.param("partners[" + i + "].partnerId", String.valueOf(p.partnerId()))
                    .param("partners[" + i + "].role", p.role().name())
                    .param("partners[" + i + "].sharePercent", p.sharePercent().stripTrailingZeros().toPlainString());
        }
        for (int n = 1; n <= 4; n++) {
            final int number = n;
            Activity.Principle p = a.principles().stream().filter(x -> x.number() == number).findFirst().orElse(null);
            r.param("principles[" + (n - 1) + "].number", String.valueOf(n))
                    .param("principles[" + (n - 1) + "].rating", p == null ? "" : p.rating().name())
                    .param("principles[" + (n - 1) + "].evidence", p == null ? "" : p.evidence());
        }
        return r;
    }
}
