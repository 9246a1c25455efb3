package org.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.delivery.EventFilter;
import org.kinerja.delivery.EventService;
import org.kinerja.workplan.Activity;
import org.kinerja.workplan.ActivityFilter;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.kinerja.workplan.ActivityService;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.Modality;
import org.kinerja.workplan.WorkPlan;
import org.kinerja.workplan.WorkPlanRevision;
import org.kinerja.workplan.WorkPlanService;
import org.kinerja.workplan.WorkPlanStatus;
import org.kinerja.workplan.WorkPlanVersionSummary;
import org.kinerja.shared.PageQuery;
import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.measurement.IpttRow;
import org.kinerja.measurement.ProgressStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile on a database of its own (other tests see a clean install): what `./mvnw spring-boot:run`
 * shows a visitor must be there and consistent.
 */
@SpringBootTest(properties = "kinerja.test.database=demo")
@ActiveProfiles("demo")
class DemoProfileTests {

    static final String PLAN = "SP-2021-22";

    @Autowired
    WorkPlanService workPlans;
    @Autowired
    ActivityService activities;
    @Autowired
    ActivityLookup lookup;
    @Autowired
    EventService events;

    @Test
    void the2021WorkPlanWasApprovedRevisedOnceForCovidAndApprovedAgainWithBothVersionsReadable() {
        WorkPlan plan = workPlans.find(PLAN, 2021).orElseThrow();
        assertThat(plan.status()).isEqualTo(WorkPlanStatus.APPROVED);
        assertThat(plan.versionNumber()).isEqualTo(2);
        assertThat(plan.approvals()).extracting(a -> a.memberCode()).containsExactlyInAnyOrder("AUS", "IDN");

        List<WorkPlanRevision> revisions = workPlans.revisions(plan.id());
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).reason()).startsWith("COVID-19 border closures continue into 2021");
        assertThat(revisions.get(0).openedAt()).isBefore(OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

        List<WorkPlanVersionSummary> versions = workPlans.versions(plan.id());
        assertThat(versions).extracting(WorkPlanVersionSummary::versionNumber).containsExactly(1, 2);
        // 16 shipped and 19 demo activities in version 1; the revision added the labour inspectors' webinar series
        assertThat(versions).extracting(WorkPlanVersionSummary::activityCount).containsExactly(35, 36);
        assertThat(versions.get(0).approvedAt().getYear()).isEqualTo(2020);
        assertThat(workPlans.version(plan.id(), 1).activities())
                .noneMatch(a -> a.title().startsWith("Webinar series on indicators of trafficking"));
    }

    @Test
    void the2021ActivitiesCarryTheirStatusesDatesAndSpending() {
        Activity maritime = activities.get(lookup.findByCode(PLAN, "2021-P2-05").orElseThrow().id());
        assertThat(maritime.status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(maritime.statusReason()).contains("COVID-19");
        assertThat(maritime.budget().amount()).isEqualByComparingTo("70000");

        Activity victimCentred = activities.get(lookup.findByCode(PLAN, "2021-P2-01").orElseThrow().id());
        assertThat(victimCentred.status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(victimCentred.modality()).isEqualTo(Modality.VIRTUAL);
        assertThat(victimCentred.actualEnd()).isNotNull().isAfterOrEqualTo(victimCentred.actualStart());
        assertThat(victimCentred.expenditure()).isEqualByComparingTo("31800");
        assertThat(activities.progressUpdates(victimCentred.id())).hasSize(1);
        assertThat(activities.milestones(victimCentred.id())).hasSize(2);
        assertThat(victimCentred.principles()).hasSize(4);
    }

    @Test
    void trainingsHeldHaveEventsWithParticipantsAndTheCancelledExerciseHasNone() {
        long victimCentred = lookup.findByCode(PLAN, "2021-P2-01").orElseThrow().id();
        var held = events.list(new EventFilter(victimCentred, null, null, null, null), PageQuery.of(0, 50)).items();
        assertThat(held).isNotEmpty();
        // held within the activity's planned months, March–April 2021
        assertThat(held).allSatisfy(e -> assertThat(e.startDate())
                .isBetween(java.time.LocalDate.of(2021, 3, 1), java.time.LocalDate.of(2021, 4, 30)));
        assertThat(events.attendances(held.get(0).id(), true, PageQuery.of(0, 1)).total()).isPositive();
        long maritime = lookup.findByCode(PLAN, "2021-P2-05").orElseThrow().id();
        assertThat(events.list(new EventFilter(maritime, null, null, null, null), PageQuery.of(0, 50)).total()).isZero();
    }

    @Test
    void the2022WorkPlanIsApprovedWithTheUnfinished2021ActivitiesCarriedOver() {
        WorkPlan plan = workPlans.find(PLAN, 2022).orElseThrow();
        assertThat(plan.status()).isEqualTo(WorkPlanStatus.APPROVED);
        assertThat(plan.versionNumber()).isEqualTo(1);
        List<Activity> all = activities.list(ActivityFilter.ofWorkPlan(plan.id()), PageQuery.of(0, 500)).items();
        assertThat(all).hasSize(42);
        assertThat(all).filteredOn(a -> a.carriedFromId() != null).hasSize(7);

        ActivityRef reintegration2021 = lookup.findByCode(PLAN, "2021-P1-01").orElseThrow();
        Activity reintegration2022 = all.stream().filter(a -> reintegration2021.id() == a.carriedFromId()).findFirst()
                .orElseThrow();
        assertThat(reintegration2022.status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(reintegration2022.plannedStart().getYear()).isEqualTo(2022);
        assertThat(reintegration2022.actualStart().getYear()).isEqualTo(2021);
        assertThat(all).filteredOn(a -> a.status() == ActivityStatus.CANCELLED).hasSize(1);
    }

    @Autowired
    IndicatorValueService values;

    @Test
    void the2021TargetsAndActualsShowEveryStatusFromEnteredApprovedAndSubmittedValues() {
        java.util.List<IpttRow> rows = values.iptt(PLAN, 2021);
        java.util.Map<String, IpttRow> byCode = new java.util.HashMap<>();
        rows.forEach(r -> byCode.put(r.code(), r));
        assertThat(byCode.get("P3.2").actual()).isEqualByComparingTo("5");
        assertThat(byCode.get("P3.2").status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(byCode.get("P4.3").actual()).isEqualByComparingTo("14");
        assertThat(byCode.get("P4.3").status()).isEqualTo(ProgressStatus.BEHIND);
        assertThat(byCode.get("P3.3").status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(byCode.get("P3.3").valueStatus()).isEqualTo("SUBMITTED");
        assertThat(byCode.get("P1.1").valueStatus()).isEqualTo("SUBMITTED");
        assertThat(byCode.get("P1.3").valueStatus()).isEqualTo("APPROVED");
        assertThat(rows.stream().map(IpttRow::status).collect(java.util.stream.Collectors.toSet()))
                .containsExactlyInAnyOrder(ProgressStatus.values());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theDemoDeliveryIsTheGeneratorsDemoScaleHeldByTheActivitiesThatWentAhead() {
        assertThat(jdbc.queryForList("select scale || ' seed ' || seed from generator.generated_data", String.class))
                .containsExactly("demo seed 202122");
        String ofPlan = " from delivery.event e join workplan.activity a on a.id = e.activity_id"
                + " join workplan.work_plan w on w.id = a.work_plan_id where w.plan_code = 'SP-2021-22'";
        assertThat(jdbc.queryForObject("select count(*)" + ofPlan, Long.class)).isEqualTo(100);
        assertThat(jdbc.queryForObject("select count(*) from delivery.attendance t join delivery.event e on e.id = t.event_id"
                + " join workplan.activity a on a.id = e.activity_id join workplan.work_plan w on w.id = a.work_plan_id"
                + " where w.plan_code = 'SP-2021-22'", Long.class)).isEqualTo(2_000);
        // the narrative's work plans had six activities per purpose and more: the generator added none
        assertThat(jdbc.queryForObject("select count(*) from workplan.activity where description like 'Generated activity%'",
                Long.class)).isZero();
        // only activities completed or in progress hold events, each titled after its activity
        assertThat(jdbc.queryForObject("select count(*)" + ofPlan + " and a.status not in ('COMPLETED', 'IN_PROGRESS')",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*)" + ofPlan + " and e.title not like a.title || '%'", Long.class))
                .isZero();
        // the demo tells the plan as finished: nothing after 2022 is held, nothing before it still planned
        assertThat(jdbc.queryForObject("select count(*)" + ofPlan + " and e.status = 'PLANNED' and a.status = 'COMPLETED'",
                Long.class)).isZero();
    }
}
