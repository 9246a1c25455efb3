package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;
import static org.kinerja.workplan.db.Tables.APPROVAL;
import static org.kinerja.workplan.db.Tables.REVISION;
import static org.kinerja.workplan.db.Tables.WORK_PLAN_STEP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class WorkPlanServiceTests {

    @Autowired
    WorkPlanService workPlans;
    @Autowired
    PlanService plans;
    @Autowired
    UserService users;
    @Autowired
    DSLContext db;
    @Autowired
    UserDetailsService details;
    @Autowired
    ApplicationEvents events;

    LifecycleFixtures fixtures;
    UserAccount officer;
    UserAccount aus;
    UserAccount idn;

    @Autowired
    org.kinerja.directory.PartnerService partners;

    /** A shipped partner: an id no partner created later by another test can take. */
    private long unhcr() {
        return partners.findByName("Office of the United Nations High Commissioner for Refugees").orElseThrow().id();
    }

    @BeforeEach
    void setUp() {
        fixtures = new LifecycleFixtures(plans, users, db, details);
        officer = fixtures.user(Role.PROGRAMME_OFFICER);
        aus = fixtures.coManager("AUS");
        idn = fixtures.coManager("IDN");
    }

    @AfterEach
    void signOut() {
        LifecycleFixtures.signOut();
    }

    private void approveByBoth(long id) {
        fixtures.signIn(aus);
        workPlans.approve(id);
        fixtures.signIn(idn);
        workPlans.approve(id);
    }

    @Test
    void anApprovedVersionKeepsEveryFieldOfEveryActivity() {
        fixtures.signIn(officer);
        WorkPlan created = workPlans.create(fixtures.plan(), 2041);
        long activity = fixtures.activity(created.id(), 2041, 3, 1, "Policy guide on refugee protection", ActivityStatus.IN_PROGRESS);
        fixtures.details(activity, 2041);
        workPlans.submit(created.id());
        approveByBoth(created.id());

        WorkPlanVersion v1 = workPlans.version(created.id(), 1);
        assertThat(v1.versionNumber()).isEqualTo(1);
        assertThat(v1.approvals()).extracting(WorkPlanApproval::memberCode).containsExactly("AUS", "IDN");
        VersionActivity a = v1.activities().get(0);
        assertThat(a.code()).isEqualTo("2041-P3-01");
        assertThat(a.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(a.plannedStart()).isEqualTo(LocalDate.of(2041, 3, 1));
        assertThat(a.budgetAmount()).isEqualByComparingTo("25000");
        assertThat(a.budgetCurrency()).isEqualTo("AUD");
        assertThat(a.partners()).containsExactly(new VersionActivity.Partner(7, PartnerRole.LEAD, new BigDecimal("60.00")));
        assertThat(a.commitmentIds()).containsExactly(3L);
        assertThat(a.countryCodes()).containsExactly("IDN");
        assertThat(a.principles()).containsExactly(new VersionActivity.Principle(2, PrincipleRating.APPLIED, "Co-designed with members"));
        assertThat(a.milestones()).extracting(VersionActivity.Milestone::title).containsExactly("Concept note agreed", "Report published");
        assertThat(a.risks()).containsExactly(new VersionActivity.Risk("Venue unavailable", RiskLevel.LOW, RiskLevel.MEDIUM, "Book a second venue"));
        assertThat(workPlans.versions(created.id())).containsExactly(
                new WorkPlanVersionSummary(1, v1.approvedAt(), 1));
    }

    @Test
    void aSubmittedRevisionRecordsTheActivitiesAddedRemovedAndChangedWithTheirFields() {
        fixtures.signIn(officer);
        WorkPlan created = workPlans.create(fixtures.plan(), 2041);
        long id = created.id();
        long kept = fixtures.activity(id, 2041, 1, 1, "Roundtable on data", ActivityStatus.PLANNED);
        long dropped = fixtures.activity(id, 2041, 1, 2, "Webinar on smuggling", ActivityStatus.PLANNED);
        workPlans.submit(id);
        approveByBoth(id);
        fixtures.signIn(officer);
        workPlans.openRevision(id, "The Steering Group asked for a second training");
        db.update(ACTIVITY).set(ACTIVITY.BUDGET_AMOUNT, new BigDecimal("40000.00"))
                .set(ACTIVITY.PLANNED_END, LocalDate.of(2041, 9, 1))
                .set(ACTIVITY.EXPENDITURE, new BigDecimal("1000.00"))
                .where(ACTIVITY.ID.eq(kept)).execute();
        db.insertInto(ACTIVITY_PARTNER, ACTIVITY_PARTNER.ACTIVITY_ID, ACTIVITY_PARTNER.PARTNER_ID, ACTIVITY_PARTNER.ROLE,
                ACTIVITY_PARTNER.SHARE_PERCENT).values(kept, unhcr(), "FUNDING", new BigDecimal("10")).execute();
        db.deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(dropped)).execute();
        fixtures.activity(id, 2041, 2, 1, "Second training on document fraud", ActivityStatus.PLANNED);
        workPlans.submit(id);

        WorkPlanRevision revision = workPlans.revisions(id).get(0);
        assertThat(revision.reason()).isEqualTo("The Steering Group asked for a second training");
        assertThat(revision.approvedAt()).isNull();
        RevisionChanges changes = revision.changes();
        assertThat(changes.added()).containsExactly(new RevisionChanges.Entry("2041-P2-01", "Second training on document fraud", List.of()));
        assertThat(changes.removed()).containsExactly(new RevisionChanges.Entry("2041-P1-02", "Webinar on smuggling", List.of()));
        // expenditure is implementation, not planning: it is not part of what the revision changed
        assertThat(changes.changed()).containsExactly(new RevisionChanges.Entry("2041-P1-01", "Roundtable on data",
                List.of("plannedEnd", "budget", "partners")));
        approveByBoth(id);
        assertThat(workPlans.revisions(id).get(0).approvedAt()).isEqualTo(workPlans.version(id, 2).approvedAt());
        assertThat(workPlans.version(id, 1).activities()).extracting(VersionActivity::title)
                .containsExactly("Roundtable on data", "Webinar on smuggling");
        assertThat(workPlans.version(id, 2).activities()).extracting(VersionActivity::title)
                .containsExactly("Roundtable on data", "Second training on document fraud");
    }

    @Test
    void aLongRecordOfChangesIsCutToItsColumnAndSaysHowManyWereLeftOut() {
        fixtures.signIn(officer);
        long id = workPlans.create(fixtures.plan(), 2041).id();
        fixtures.activity(id, 2041, 1, 1, "The first activity", ActivityStatus.PLANNED);
        workPlans.submit(id);
        approveByBoth(id);
        fixtures.signIn(officer);
        workPlans.openRevision(id, "Many more activities");
        for (int n = 1; n <= 80; n++) {
            fixtures.activity(id, 2041, 4, n, "A new activity with a rather long title, number " + n, ActivityStatus.PLANNED);
        }
        workPlans.submit(id);
        String stored = db.select(REVISION.CHANGES).from(REVISION).where(REVISION.WORK_PLAN_ID.eq(id)).fetchOne().value1();
        assertThat(stored.length()).isLessThanOrEqualTo(WorkPlanService.TEXT_MAX);
        RevisionChanges changes = workPlans.revisions(id).get(0).changes();
        assertThat(changes.added().size() + changes.omitted()).isEqualTo(80);
        assertThat(changes.omitted()).isPositive();
    }

    @Test
    void everyStepIsLoggedWithItsUserMemberAndCommentAndAudited() {
        fixtures.signIn(officer);
        long id = workPlans.create(fixtures.plan(), 2041).id();
        fixtures.activity(id, 2041, 1, 1, "Roundtable on data", ActivityStatus.PLANNED);
        workPlans.submit(id);
        fixtures.signIn(idn);
        workPlans.returnToDraft(id, "  Add the partners  ");
        List<WorkPlanStep> steps = workPlans.steps(id);
        assertThat(steps).extracting(WorkPlanStep::action).containsExactly(
                WorkPlanStep.Action.CREATED, WorkPlanStep.Action.SUBMITTED, WorkPlanStep.Action.RETURNED);
        WorkPlanStep returned = steps.get(2);
        assertThat(returned.userId()).isEqualTo(idn.id());
        assertThat(returned.userName()).isEqualTo("Co-Manager IDN");
        assertThat(returned.memberCode()).isEqualTo("IDN");
        assertThat(returned.comment()).isEqualTo("Add the partners");
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("WorkPlan")
                && e.entityId().equals(String.valueOf(id))).map(e -> e.changes().get("status")))
                .extracting(c -> c == null ? null : c.after())
                .containsExactly("DRAFT", "SUBMITTED", "DRAFT");
    }

    @Test
    void aStepNeedsASignedInUserAndApprovalACoManager() {
        fixtures.signIn(officer);
        long id = workPlans.create(fixtures.plan(), 2041).id();
        fixtures.activity(id, 2041, 1, 1, "Roundtable on data", ActivityStatus.PLANNED);
        workPlans.submit(id);
        assertThatThrownBy(() -> workPlans.approve(id)).isInstanceOf(AccessDeniedException.class);
        LifecycleFixtures.signOut();
        assertThatThrownBy(() -> workPlans.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(WORK_PLAN_STEP, WORK_PLAN_STEP.WORK_PLAN_ID.eq(id))).isEqualTo(2);
    }

    @Test
    void aLoaderRunningSignedOutCreatesAWorkPlanWhoseFirstStepNamesNoUser() {
        long id = workPlans.create(fixtures.plan(), 2042).id();
        List<WorkPlanStep> steps = workPlans.steps(id);
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).action()).isEqualTo(WorkPlanStep.Action.CREATED);
        assertThat(steps.get(0).userId()).isNull();
        assertThat(workPlans.get(id).status()).isEqualTo(WorkPlanStatus.DRAFT);
    }

    @Test
    void twoApprovalsFromTheSameSideAtOnceRecordOneAndRefuseTheOther() throws Exception {
        fixtures.signIn(officer);
        long id = workPlans.create(fixtures.plan(), 2041).id();
        fixtures.activity(id, 2041, 1, 1, "Roundtable on data", ActivityStatus.PLANNED);
        workPlans.submit(id);
        UserAccount aus2 = fixtures.coManager("AUS");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (UserAccount user : List.of(aus, aus2)) {
                Callable<String> approve = () -> {
                    fixtures.signIn(user);
                    try {
                        return workPlans.approve(id).status().name();
                    } catch (ConflictException e) {
                        return e.messageKey();
                    } finally {
                        LifecycleFixtures.signOut();
                    }
                };
                results.add(pool.submit(approve));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("SUBMITTED", "workplan.lifecycle.approve.sameSide");
        } finally {
            pool.shutdown();
        }
        assertThat(db.fetchCount(APPROVAL, APPROVAL.WORK_PLAN_ID.eq(id))).isEqualTo(1);
    }
}
