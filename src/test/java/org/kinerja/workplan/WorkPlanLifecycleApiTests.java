package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.APPROVAL;
import static org.kinerja.workplan.db.Tables.MILESTONE;
import static org.kinerja.workplan.db.Tables.REVISION;
import static org.kinerja.workplan.db.Tables.VERSION_SNAPSHOT;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;
import static org.kinerja.workplan.db.Tables.WORK_PLAN_STEP;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.EntityChanged;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class WorkPlanLifecycleApiTests {

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
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEvents events;

    LifecycleFixtures fixtures;
    UserAccount officer;
    UserAccount aus;
    UserAccount aus2;
    UserAccount idn;

    @BeforeEach
    void setUp() {
        fixtures = new LifecycleFixtures(plans, users, db, details);
        officer = fixtures.user(Role.PROGRAMME_OFFICER);
        aus = fixtures.coManager("AUS");
        aus2 = fixtures.coManager("AUS");
        idn = fixtures.coManager("IDN");
    }

    private ResultActions as(UserAccount user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user.email(), Users.PASSWORD)));
    }

    private static MockHttpServletRequestBuilder postJson(String path, Object body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body instanceof String s ? s
                : JSON.writeValueAsString(body));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** A DRAFT work plan of 2041 created through the API, with one activity per purpose 1 and 2. */
    private long draftWithActivities(String plan) throws Exception {
        JsonNode created = read(as(officer, postJson("/api/v1/workplans", Map.of("planCode", plan, "year", 2041)))
                .andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        fixtures.activity(id, 2041, 1, 1, "Regional roundtable on irregular migration data", ActivityStatus.PLANNED);
        fixtures.activity(id, 2041, 2, 1, "Training on victim identification", ActivityStatus.PLANNED);
        return id;
    }

    private int steps(long id) {
        return db.fetchCount(WORK_PLAN_STEP, WORK_PLAN_STEP.WORK_PLAN_ID.eq(id));
    }

    @Test
    void submitApproveBySideRefuseSameSideThenApproveByTheOtherAndReviseKeepingBothVersionsReadable() throws Exception {
        String plan = fixtures.plan();
        long id = draftWithActivities(plan);
        String base = "/api/v1/workplans/" + id;

        as(officer, post(base + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.versionNumber").value(1));
        as(aus, post(base + "/approve")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.approvals", hasSize(1)))
                .andExpect(jsonPath("$.approvals[0].memberCode").value("AUS"))
                .andExpect(jsonPath("$.approvals[0].userName").value("Co-Manager AUS"));

        as(aus2, post(base + "/approve")).andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(
                        "Australia \\(AUS\\) already approved version 1 on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC; "
                                + "the other Co-Manager’s approval is needed\\.")));
        assertThat(db.fetchCount(APPROVAL, APPROVAL.WORK_PLAN_ID.eq(id))).isEqualTo(1);

        as(idn, post(base + "/approve")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvals", hasSize(2)))
                .andExpect(jsonPath("$.approvals[1].memberCode").value("IDN"))
                .andExpect(jsonPath("$.activities", hasSize(2)));
        assertThat(events.stream(WorkPlanApproved.class).filter(e -> e.workPlanId() == id))
                .containsExactly(new WorkPlanApproved(id, plan, 2041, 1));

        // a revision: the reason opens version 2 as a draft; one activity retitled, one added
        as(officer, postJson(base + "/revisions", Map.of("reason", "Border closures moved the training online")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.versionNumber").value(2))
                .andExpect(jsonPath("$.approvals", hasSize(0)));
        db.update(ACTIVITY).set(ACTIVITY.TITLE, "Online training on victim identification")
                .where(ACTIVITY.WORK_PLAN_ID.eq(id)).and(ACTIVITY.CODE.eq("2041-P2-01")).execute();
        fixtures.activity(id, 2041, 3, 1, "Briefing note on refugee protection", ActivityStatus.PLANNED);

        as(officer, post(base + "/submit")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        as(idn, post(base + "/approve")).andExpect(jsonPath("$.status").value("SUBMITTED"));
        as(idn, post(base + "/approve")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("Indonesia (IDN) already approved version 2 on ")));
        as(aus, post(base + "/approve")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.versionNumber").value(2));

        as(officer, get(base + "/versions")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].versionNumber").value(1)).andExpect(jsonPath("$[0].activityCount").value(2))
                .andExpect(jsonPath("$[1].versionNumber").value(2)).andExpect(jsonPath("$[1].activityCount").value(3));
        as(officer, get(base + "/versions/1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.versionNumber").value(1))
                .andExpect(jsonPath("$.activities[1].title").value("Training on victim identification"))
                .andExpect(jsonPath("$.approvals[0].memberCode").value("AUS"));
        as(officer, get(base + "/versions/2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.activities[1].title").value("Online training on victim identification"))
                .andExpect(jsonPath("$.activities[2].code").value("2041-P3-01"))
                .andExpect(jsonPath("$.approvals[0].memberCode").value("IDN"));
        as(officer, get(base + "/versions/3")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Work plan " + id + " has no approved version 3."));

        as(officer, get(base + "/revisions")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].versionNumber").value(2))
                .andExpect(jsonPath("$[0].reason").value("Border closures moved the training online"))
                .andExpect(jsonPath("$[0].openedByName").value("Test User"))
                .andExpect(jsonPath("$[0].approvedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].changes.added[0].code").value("2041-P3-01"))
                .andExpect(jsonPath("$[0].changes.removed", hasSize(0)))
                .andExpect(jsonPath("$[0].changes.changed[0].code").value("2041-P2-01"))
                .andExpect(jsonPath("$[0].changes.changed[0].fields[0]").value("title"))
                .andExpect(jsonPath("$[0].changes.changed[0].fields", hasSize(1)));
        assertThat(events.stream(WorkPlanApproved.class).filter(e -> e.workPlanId() == id).map(WorkPlanApproved::versionNumber))
                .containsExactly(1, 2);
        assertThat(db.select(WORK_PLAN_STEP.ACTION).from(WORK_PLAN_STEP).where(WORK_PLAN_STEP.WORK_PLAN_ID.eq(id))
                .orderBy(WORK_PLAN_STEP.ID).fetch(WORK_PLAN_STEP.ACTION)).containsExactly(
                "CREATED", "SUBMITTED", "APPROVED_BY_SIDE", "APPROVED_BY_SIDE", "APPROVED", "REVISION_OPENED",
                "SUBMITTED", "APPROVED_BY_SIDE", "APPROVED_BY_SIDE", "APPROVED");
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("WorkPlan")
                && e.entityId().equals(String.valueOf(id)))).hasSize(8);
    }

    @Test
    void eitherCoManagerReturnsASubmittedPlanWithACommentWithdrawingTheApprovalsGiven() throws Exception {
        long id = draftWithActivities(fixtures.plan());
        String base = "/api/v1/workplans/" + id;
        as(officer, post(base + "/submit")).andExpect(status().isOk());
        as(aus, post(base + "/approve")).andExpect(status().isOk());
        as(idn, postJson(base + "/return", Map.of("comment", "Add the 2041 budget of purpose 2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.approvals", hasSize(0)));
        as(officer, get(base + "/steps")).andExpect(jsonPath("$[3].action").value("RETURNED"))
                .andExpect(jsonPath("$[3].comment").value("Add the 2041 budget of purpose 2"))
                .andExpect(jsonPath("$[3].memberCode").value("IDN"));
        // submitted again, it needs both sides again
        as(officer, post(base + "/submit")).andExpect(status().isOk());
        as(aus, post(base + "/approve")).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.approvals", hasSize(1)));
    }

    @Test
    void badStepsAreRefusedWithAProblemAndWriteNothing() throws Exception {
        long id = draftWithActivities(fixtures.plan());
        String base = "/api/v1/workplans/" + id;
        // approving a draft
        as(aus, post(base + "/approve")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Only a submitted work plan can be approved; the 2041 work plan’s status is Draft."));
        // a revision of a draft
        as(officer, postJson(base + "/revisions", Map.of("reason", "Why not"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        // carry-over from a draft
        as(officer, post(base + "/carry-over")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Activities are carried over from an approved work plan; the 2041 work plan’s status is Draft."));
        // returning a draft
        as(idn, postJson(base + "/return", Map.of("comment", "Not yet"))).andExpect(status().isConflict());
        assertThat(steps(id)).isEqualTo(1);

        as(officer, post(base + "/submit")).andExpect(status().isOk());
        // returning without a comment
        as(idn, postJson(base + "/return", Map.of("comment", "  "))).andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].message").value("This field is required."));
        as(idn, post(base + "/return")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        as(idn, postJson(base + "/return", Map.of("comment", "x".repeat(4001)))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("At most 4000 characters."));
        // a Co-Manager of neither co-managing side
        UserAccount phl = fixtures.coManager("PHL");
        as(phl, post(base + "/approve")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Your account is affiliated with PHL, not with a co-managing country "
                        + "(Australia (AUS) or Indonesia (IDN)): only their Co-Managers approve or return work plans."));
        // submitting twice
        as(officer, post(base + "/submit")).andExpect(status().isConflict());
        assertThat(db.fetchCount(APPROVAL, APPROVAL.WORK_PLAN_ID.eq(id))).isZero();
        assertThat(db.select(WORK_PLAN.STATUS).from(WORK_PLAN).where(WORK_PLAN.ID.eq(id)).fetchOne().value1())
                .isEqualTo("SUBMITTED");
        assertThat(steps(id)).isEqualTo(2);

        as(aus, post(base + "/approve")).andExpect(status().isOk());
        as(idn, post(base + "/approve")).andExpect(status().isOk());
        // a revision without a reason
        as(officer, postJson(base + "/revisions", Map.of("reason", ""))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        as(officer, post(base + "/revisions")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(db.fetchCount(REVISION, REVISION.WORK_PLAN_ID.eq(id))).isZero();
        as(officer, get(base)).andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.versionNumber").value(1));
        assertThat(db.fetchCount(VERSION_SNAPSHOT, VERSION_SNAPSHOT.WORK_PLAN_ID.eq(id))).isEqualTo(1);
    }

    @Test
    void anEmptyWorkPlanCannotBeSubmitted() throws Exception {
        String plan = fixtures.plan();
        long id = read(as(officer, postJson("/api/v1/workplans", Map.of("planCode", plan, "year", 2042)))).get("id").asLong();
        as(officer, post("/api/v1/workplans/" + id + "/submit")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("activities"))
                .andExpect(jsonPath("$.detail").value("The 2042 work plan has no activities: add at least one before submitting it."));
        as(officer, get("/api/v1/workplans/" + id)).andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void creatingAWorkPlanNeedsAKnownPlanAYearOfItsPeriodAndNoTwin() throws Exception {
        String plan = fixtures.plan();
        as(officer, postJson("/api/v1/workplans", Map.of("planCode", plan, "year", 2041))).andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/workplans/\\d+")))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.versionNumber").value(1))
                .andExpect(jsonPath("$.planCode").value(plan)).andExpect(jsonPath("$.year").value(2041))
                .andExpect(jsonPath("$.activities", hasSize(0)));
        as(officer, postJson("/api/v1/workplans", Map.of("planCode", plan, "year", 2041))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.detail").value("The " + plan + " plan has a 2041 work plan already."));
        as(officer, postJson("/api/v1/workplans", Map.of("planCode", plan, "year", 2043))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.detail").value("The year must lie within the plan’s period, 2041 to 2042."));
        as(officer, postJson("/api/v1/workplans", Map.of("planCode", "NO-SUCH-PLAN", "year", 2041)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("planCode"))
                .andExpect(jsonPath("$.detail").value("There is no strategic plan NO-SUCH-PLAN."));
        as(officer, postJson("/api/v1/workplans", "{}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("planCode"))
                .andExpect(jsonPath("$.errors[1].field").value("year"));
        as(officer, postJson("/api/v1/workplans", "{\"planCode\": \"" + plan + "\", \"year\": \"soon\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        assertThat(db.fetchCount(WORK_PLAN, WORK_PLAN.PLAN_CODE.eq(plan))).isEqualTo(1);
        as(officer, get("/api/v1/workplans?plan=" + plan)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items[0].year").value(2041)).andExpect(jsonPath("$.items[0].status").value("DRAFT"));
        as(officer, get("/api/v1/workplans?plan=" + plan + "&year=2042")).andExpect(jsonPath("$.total").value(0));
        as(officer, get("/api/v1/workplans?size=501")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void carryOverCopiesTheUnfinishedActivitiesIntoTheNextYearsDraftOnce() throws Exception {
        String plan = fixtures.plan();
        long id = read(as(officer, postJson("/api/v1/workplans", Map.of("planCode", plan, "year", 2041)))).get("id").asLong();
        long planned = fixtures.activity(id, 2041, 2, 1, "Training on document fraud", ActivityStatus.PLANNED);
        fixtures.details(planned, 2041);
        fixtures.activity(id, 2041, 2, 2, "Workshop on crisis response", ActivityStatus.COMPLETED);
        long inProgress = fixtures.activity(id, 2041, 1, 1, "Research on labour exploitation", ActivityStatus.IN_PROGRESS);
        fixtures.activity(id, 2041, 4, 1, "Outreach to ASEAN", ActivityStatus.POSTPONED);
        fixtures.activity(id, 2041, 4, 2, "Conference cancelled", ActivityStatus.CANCELLED);
        String base = "/api/v1/workplans/" + id;
        as(officer, post(base + "/submit")).andExpect(status().isOk());
        as(aus, post(base + "/approve")).andExpect(status().isOk());
        as(idn, post(base + "/approve")).andExpect(status().isOk());

        JsonNode result = read(as(officer, post(base + "/carry-over")).andExpect(status().isOk())
                .andExpect(jsonPath("$.targetYear").value(2042)).andExpect(jsonPath("$.targetCreated").value(true))
                .andExpect(jsonPath("$.carried").value(3)).andExpect(jsonPath("$.skipped").value(0)));
        long target = result.get("targetWorkPlanId").asLong();
        as(officer, get("/api/v1/workplans/" + target)).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.year").value(2042))
                .andExpect(jsonPath("$.activities", hasSize(3)))
                .andExpect(jsonPath("$.activities[0].code").value("2042-P1-01"))
                .andExpect(jsonPath("$.activities[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.activities[1].code").value("2042-P2-01"))
                .andExpect(jsonPath("$.activities[1].title").value("Training on document fraud"))
                .andExpect(jsonPath("$.activities[2].code").value("2042-P4-01"))
                .andExpect(jsonPath("$.activities[2].status").value("PLANNED"));
        var copy = db.selectFrom(ACTIVITY).where(ACTIVITY.WORK_PLAN_ID.eq(target)).and(ACTIVITY.CODE.eq("2042-P2-01")).fetchOne();
        assertThat(copy.getCarriedFromId()).isEqualTo(planned);
        assertThat(copy.getBudgetAmount()).isEqualByComparingTo("25000");
        assertThat(db.select(ACTIVITY.CARRIED_FROM_ID).from(ACTIVITY).where(ACTIVITY.CODE.eq("2042-P1-01"))
                .and(ACTIVITY.WORK_PLAN_ID.eq(target)).fetchOne().value1()).isEqualTo(inProgress);
        JsonNode snapshotLike = json.valueToTree(new org.kinerja.workplan.internal.ActivitySnapshots(db).of(target).get(1));
        assertThat(snapshotLike.get("partners").get(0).get("partnerId").asLong()).isEqualTo(7);
        assertThat(snapshotLike.get("partners").get(0).get("role").asString()).isEqualTo("LEAD");
        assertThat(snapshotLike.get("commitmentIds").get(0).asLong()).isEqualTo(3);
        assertThat(snapshotLike.get("countryCodes").get(0).asString()).isEqualTo("IDN");
        assertThat(snapshotLike.get("principles").get(0).get("evidence").asString()).isEqualTo("Co-designed with members");
        assertThat(snapshotLike.get("risks").get(0).get("description").asString()).isEqualTo("Venue unavailable");
        assertThat(db.select(MILESTONE.TITLE).from(MILESTONE).where(MILESTONE.ACTIVITY_ID.eq(copy.getId()))
                .fetch(MILESTONE.TITLE)).containsExactly("Report published");

        // once carried, the same activities are skipped
        as(officer, post(base + "/carry-over")).andExpect(status().isOk())
                .andExpect(jsonPath("$.targetCreated").value(false))
                .andExpect(jsonPath("$.carried").value(0)).andExpect(jsonPath("$.skipped").value(3));
        assertThat(db.fetchCount(ACTIVITY, ACTIVITY.WORK_PLAN_ID.eq(target))).isEqualTo(3);
        as(officer, get("/api/v1/workplans/" + id + "/steps")).andExpect(jsonPath("$[5].action").value("CARRIED_OVER"))
                .andExpect(jsonPath("$[5].comment").value("3 unfinished activities carried to 2042; 0 skipped because they were carried before."));

        // the next year's plan submitted: nothing more is carried into it
        as(officer, post("/api/v1/workplans/" + target + "/submit")).andExpect(status().isOk());
        as(officer, post(base + "/carry-over")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The 2042 work plan’s status is Submitted: activities can be carried into it only while it is a draft."));
        // and from the plan's last year there is no next year
        as(aus, post("/api/v1/workplans/" + target + "/approve")).andExpect(status().isOk());
        as(idn, post("/api/v1/workplans/" + target + "/approve")).andExpect(status().isOk());
        as(officer, post("/api/v1/workplans/" + target + "/carry-over")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The plan " + plan + " ends in 2042: there is no 2043 work plan to carry activities into."));
        assertThat(db.fetchCount(WORK_PLAN, WORK_PLAN.PLAN_CODE.eq(plan))).isEqualTo(2);
    }

    @Test
    void viewersReadButDoNotSubmitOfficersDoNotApproveAndFocalPointsSeeNothing() throws Exception {
        long id = draftWithActivities(fixtures.plan());
        String base = "/api/v1/workplans/" + id;
        UserAccount viewer = fixtures.user(Role.VIEWER);
        as(viewer, get("/api/v1/workplans")).andExpect(status().isOk());
        as(viewer, get(base)).andExpect(status().isOk()).andExpect(jsonPath("$.activities", hasSize(2)));
        as(viewer, get(base + "/versions")).andExpect(status().isOk());
        as(viewer, post(base + "/submit")).andExpect(status().isForbidden());
        as(viewer, postJson("/api/v1/workplans", Map.of("planCode", "SP-2021-22", "year", 2021))).andExpect(status().isForbidden());
        as(officer, post(base + "/submit")).andExpect(status().isOk());
        as(officer, post(base + "/approve")).andExpect(status().isForbidden());
        as(officer, postJson(base + "/return", Map.of("comment", "No"))).andExpect(status().isForbidden());
        UserAccount focal = fixtures.user(Role.MEMBER_FOCAL_POINT);
        as(focal, get(base)).andExpect(status().isForbidden());
        as(focal, get("/api/v1/workplans")).andExpect(status().isForbidden());
        assertThat(db.fetchCount(APPROVAL, APPROVAL.WORK_PLAN_ID.eq(id))).isZero();
        assertThat(List.of(steps(id))).containsExactly(2);
    }

    @Test
    void theListExportsAsCsv() throws Exception {
        String plan = fixtures.plan();
        draftWithActivities(plan);
        String csv = as(officer, get("/api/v1/workplans?format=csv&plan=" + plan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains(plan).contains("2041").contains("DRAFT");
    }
}
