package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.kinerja.workplan.db.Tables.APPROVAL;
import static org.kinerja.workplan.db.Tables.REVISION;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;
import static org.kinerja.workplan.db.Tables.WORK_PLAN_STEP;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.PlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class WorkPlanLifecyclePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanService plans;
    @Autowired
    UserService users;
    @Autowired
    DSLContext db;
    @Autowired
    UserDetailsService details;

    LifecycleFixtures fixtures;
    UserAccount officer;
    UserAccount aus;
    UserAccount idn;
    UserAccount viewer;

    @BeforeEach
    void setUp() {
        fixtures = new LifecycleFixtures(plans, users, db, details);
        officer = fixtures.user(Role.PROGRAMME_OFFICER);
        aus = fixtures.coManager("AUS");
        idn = fixtures.coManager("IDN");
        viewer = fixtures.user(Role.VIEWER);
    }

    private ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(account.email()))).with(csrf()));
    }

    private long draft(String plan) {
        long id = fixtures.workPlan(plan, 2041);
        fixtures.activity(id, 2041, 1, 1, "Regional roundtable on irregular migration data", ActivityStatus.PLANNED);
        fixtures.activity(id, 2041, 2, 1, "Training on victim identification", ActivityStatus.IN_PROGRESS);
        return id;
    }

    private String statusOf(long id) {
        return db.select(WORK_PLAN.STATUS).from(WORK_PLAN).where(WORK_PLAN.ID.eq(id)).fetchOne().value1();
    }

    @Test
    void theListShowsStatusVersionAndApprovalsWithFiltersInTheAddressAndTheCreateFormOnlyForWriters() throws Exception {
        String plan = fixtures.plan();
        long id = draft(plan);
        as(viewer, get("/workplans").param("plan", plan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-workplan=\"" + id + "\"")))
                .andExpect(content().string(containsString("Work plan 2041")))
                .andExpect(content().string(containsString("Draft")))
                .andExpect(content().string(containsString("/workplans/export.csv?plan=" + plan)))
                .andExpect(content().string(not(containsString("id=\"create-form\""))));
        as(officer, get("/workplans")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"create-form\"")));
        as(viewer, get("/workplans").param("plan", plan).param("year", "2042").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"workplan-rows\"")))
                .andExpect(content().string(containsString("No work plan matches.")));
        as(viewer, get("/workplans").param("year", "soon")).andExpect(status().isBadRequest());
        String csv = as(viewer, get("/workplans/export.csv").param("plan", plan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains(plan).contains("2041").contains("DRAFT");
    }

    @Test
    void theCreateFormMakesADraftOrShowsWhyNot() throws Exception {
        String plan = fixtures.plan();
        String location = as(officer, post("/workplans").param("planCode", plan).param("year", "2042"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location",
                        matchesPattern("/workplans/\\d+/approval\\?done=created")))
                .andReturn().getResponse().getHeader("Location");
        as(officer, get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The work plan is created as a draft.")));
        as(officer, post("/workplans").param("planCode", plan).param("year", "2042")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("The " + plan + " plan has a 2042 work plan already.")));
        as(officer, post("/workplans").param("planCode", plan).param("year", "2050")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The year must lie within the plan’s period, 2041 to 2042.")));
        as(officer, post("/workplans").param("planCode", plan).param("year", "next")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"year-error\"")));
        as(viewer, post("/workplans").param("planCode", plan).param("year", "2041")).andExpect(status().isForbidden());
        assertThat(db.fetchCount(WORK_PLAN, WORK_PLAN.PLAN_CODE.eq(plan))).isEqualTo(1);
    }

    @Test
    void bothSidesApproveOnTheApprovalPageWithAndWithoutHtmxAndTheSameSideIsRefusedTwice() throws Exception {
        long id = draft(fixtures.plan());
        String base = "/workplans/" + id;
        as(viewer, get(base + "/approval")).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no step for you to take now.")))
                .andExpect(content().string(not(containsString("id=\"submit-button\""))));
        as(officer, get(base + "/approval")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submit-button\"")));
        as(officer, post(base + "/submit")).andExpect(status().isFound())
                .andExpect(redirectedUrl(base + "/approval?done=submitted"));
        as(aus, get(base + "/approval")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"approve-button\"")))
                .andExpect(content().string(containsString("id=\"return-form\"")))
                .andExpect(content().string(containsString("Awaiting the approval of: Australia (AUS), Indonesia (IDN).")));
        // with htmx the answer is the panel, with what was done
        as(aus, post(base + "/approve").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<div id=\"approval-panel\">")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Your approval is recorded; the other Co-Manager’s approval is needed.")))
                .andExpect(content().string(containsString("Awaiting the approval of: Indonesia (IDN).")))
                .andExpect(content().string(not(containsString("id=\"approve-button\""))));
        UserAccount aus2 = fixtures.coManager("AUS");
        as(aus2, post(base + "/approve")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Australia (AUS) already approved version 1 on ")))
                .andExpect(content().string(containsString("the other Co-Manager’s approval is needed.")));
        as(aus2, post(base + "/approve").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"step-error\"")));
        assertThat(db.fetchCount(APPROVAL, APPROVAL.WORK_PLAN_ID.eq(id))).isEqualTo(1);
        as(idn, post(base + "/approve")).andExpect(redirectedUrl(base + "/approval?done=approved"));
        as(viewer, get(base + "/approval?done=approved")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The work plan is approved by both Co-Managers.")))
                .andExpect(content().string(containsString("status-approved")))
                .andExpect(content().string(containsString("href=\"" + base + "/versions/1\"")));
        assertThat(statusOf(id)).isEqualTo("APPROVED");

        as(viewer, get(base + "/versions/1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Work plan 2041, version 1")))
                .andExpect(content().string(containsString("data-purpose=\"2\"")))
                .andExpect(content().string(containsString("Training on victim identification")))
                .andExpect(content().string(containsString("Approved for Indonesia (IDN) by Co-Manager IDN")));
        as(viewer, get(base + "/versions/2")).andExpect(status().isNotFound());
    }

    @Test
    void returnNeedsACommentAndARevisionNeedsAReasonOnThePageToo() throws Exception {
        long id = draft(fixtures.plan());
        String base = "/workplans/" + id;
        as(officer, post(base + "/submit")).andExpect(status().isFound());
        int steps = db.fetchCount(WORK_PLAN_STEP, WORK_PLAN_STEP.WORK_PLAN_ID.eq(id));
        as(idn, post(base + "/return").param("comment", "")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"comment-error\"")))
                .andExpect(content().string(containsString("This field is required.")));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(db.fetchCount(WORK_PLAN_STEP, WORK_PLAN_STEP.WORK_PLAN_ID.eq(id))).isEqualTo(steps);
        as(idn, post(base + "/return").param("comment", "Budget of purpose 2 is missing").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The work plan is returned to draft with your comment.")))
                .andExpect(content().string(containsString("Budget of purpose 2 is missing")));
        assertThat(statusOf(id)).isEqualTo("DRAFT");

        as(officer, post(base + "/submit")).andExpect(status().isFound());
        as(aus, post(base + "/approve")).andExpect(status().isFound());
        as(idn, post(base + "/approve")).andExpect(status().isFound());
        as(officer, post(base + "/revisions").param("reason", "  ")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        assertThat(db.fetchCount(REVISION, REVISION.WORK_PLAN_ID.eq(id))).isZero();
        as(officer, post(base + "/revisions").param("reason", "A member asked for a second workshop"))
                .andExpect(redirectedUrl(base + "/approval?done=revisionOpened"));
        as(officer, get(base + "/approval")).andExpect(status().isOk())
                .andExpect(content().string(containsString("A member asked for a second workshop")))
                .andExpect(content().string(containsString("Revision to version 2 in progress")))
                .andExpect(content().string(containsString("Computed when the revision is submitted.")));
        as(officer, post(base + "/submit")).andExpect(status().isFound());
        as(officer, get(base + "/approval")).andExpect(content().string(containsString("No planning field changed.")));
    }

    @Test
    void carryOverFromTheApprovalPageSaysHowManyWereCarried() throws Exception {
        long id = draft(fixtures.plan());
        String base = "/workplans/" + id;
        as(officer, post(base + "/submit")).andExpect(status().isFound());
        as(aus, post(base + "/approve")).andExpect(status().isFound());
        as(idn, post(base + "/approve")).andExpect(status().isFound());
        as(officer, get(base + "/approval")).andExpect(content().string(containsString("id=\"carry-over-button\"")));
        as(officer, post(base + "/carry-over")).andExpect(status().isFound())
                .andExpect(redirectedUrl(base + "/approval?done=carried&carried=2&skipped=0&to=2042"));
        as(officer, post(base + "/carry-over").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "0 unfinished activities carried to 2042; 2 skipped because they were carried before.")));
    }

    @Test
    void viewersCannotSubmitOfficersCannotApproveAndFocalPointsAreRefused() throws Exception {
        long id = draft(fixtures.plan());
        String base = "/workplans/" + id;
        as(viewer, post(base + "/submit")).andExpect(status().isForbidden());
        as(officer, post(base + "/submit")).andExpect(status().isFound());
        as(officer, post(base + "/approve")).andExpect(status().isForbidden());
        UserAccount focal = fixtures.user(Role.MEMBER_FOCAL_POINT);
        as(focal, get("/workplans")).andExpect(status().isForbidden());
        as(focal, get(base + "/approval")).andExpect(status().isForbidden());
        assertThat(db.fetchCount(APPROVAL, APPROVAL.WORK_PLAN_ID.eq(id))).isZero();
        as(viewer, get("/workplans/999999/approval")).andExpect(status().isNotFound());
    }
}
