package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.REFERENCE_LOAD;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Purpose;
import org.kinerja.workplan.internal.ActivityRow;
import org.kinerja.workplan.internal.PurposeGroup;
import org.kinerja.workplan.internal.WorkPlanActivities;
import org.kinerja.workplan.internal.WorkPlanViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every install ships the Strategic Plan's example activities as activities of the 2021 work plan. */
@SpringBootTest
class ShippedActivitiesTests {

    @Autowired
    DSLContext db;
    @Autowired
    PlanService plans;
    @Autowired
    WorkPlanViews views;

    private long workPlan2021() {
        return db.select(WORK_PLAN.ID).from(WORK_PLAN).where(WORK_PLAN.PLAN_CODE.eq("SP-2021-22"))
                .and(WORK_PLAN.YEAR.eq(2021)).fetchOne(WORK_PLAN.ID);
    }

    private List<ActivityRow> listed(WorkPlanActivities result, int purpose) {
        return result.groups().stream().filter(g -> g.number() == purpose).findFirst().orElseThrow().activities()
                .stream().filter(ActivityRow::listedInPlan).toList();
    }

    @Test
    void theWorkPlanOf2021ListsEveryExampleActivityOfThePlanUnderItsPurposeWordForWord() {
        WorkPlanActivities result = views.activities(workPlan2021(), ActivityFilter.all());

        assertThat(result.groups()).extracting(PurposeGroup::number).containsExactly(1, 2, 3, 4);
        assertThat(listed(result, 1)).hasSize(4);
        assertThat(listed(result, 2)).hasSize(6);
        assertThat(listed(result, 3)).hasSize(6);
        assertThat(listed(result, 4)).isEmpty();
        for (Purpose purpose : plans.purposes("SP-2021-22")) {
            assertThat(listed(result, purpose.number())).extracting(ActivityRow::title).as("purpose " + purpose.number())
                    .containsExactlyElementsOf(purpose.exampleActivities());
        }
        assertThat(listed(result, 1)).extracting(ActivityRow::title).containsExactly(
                "Sustainable Reintegration Project linking to the work of the Technical Experts Group on Returns and Reintegration (in partnership with IOM and Bali Process Member States)",
                "The Civil Registration and Vital Statistics Toolkit (developed in partnership with UNHCR and Bali Process Member States)",
                "Border Management Conferences that focus on specialist thematic areas such as the role of biometrics and the nexus between technology and the crimes of people smuggling and trafficking in persons",
                "Provide support to events commemorating the Bali Process’s 20th Anniversary");
        assertThat(listed(result, 2).get(5).title())
                .isEqualTo("Training module on combatting corruption in response to people smuggling and trafficking in persons.");
        assertThat(listed(result, 3).get(3).title())
                .isEqualTo("Understanding the Smuggling of Migrants Protocol (in partnership with UNODC Regional Office for Southeast Asia and the Pacific)");
    }

    @Test
    void theShippedActivitiesHaveCodesInSeedOrderTypesAndTheNamedPartners() {
        WorkPlanActivities result = views.activities(workPlan2021(), ActivityFilter.all());
        Map<String, ActivityRow> byCode = result.activities().stream().filter(ActivityRow::listedInPlan)
                .collect(Collectors.toMap(ActivityRow::code, a -> a));

        assertThat(listed(result, 1)).extracting(ActivityRow::code)
                .containsExactly("2021-P1-01", "2021-P1-02", "2021-P1-03", "2021-P1-04");
        assertThat(listed(result, 2)).extracting(ActivityRow::code)
                .containsExactly("2021-P2-01", "2021-P2-02", "2021-P2-03", "2021-P2-04", "2021-P2-05", "2021-P2-06");
        assertThat(listed(result, 1)).extracting(ActivityRow::type).containsExactly(ActivityType.PROJECT,
                ActivityType.TOOLKIT, ActivityType.CONFERENCE, ActivityType.EVENT_SUPPORT);
        assertThat(listed(result, 2)).extracting(ActivityRow::type).containsExactly(ActivityType.TRAINING,
                ActivityType.TRAINING, ActivityType.WORKSHOP, ActivityType.WORKSHOP, ActivityType.TABLETOP_EXERCISE,
                ActivityType.TRAINING_MODULE);
        assertThat(listed(result, 3)).extracting(ActivityRow::type).containsExactly(ActivityType.PRACTITIONER_GUIDE,
                ActivityType.BRIEFING_NOTE, ActivityType.PRACTITIONER_GUIDE, ActivityType.POLICY_GUIDE,
                ActivityType.POLICY_GUIDE, ActivityType.RESEARCH);
        Map<String, String> partnerNames = byCode.values().stream().filter(a -> !a.partners().isEmpty())
                .collect(Collectors.toMap(ActivityRow::code, a -> a.partners().stream()
                        .map(p -> p.name() + " " + p.role() + " " + p.sharePercent().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining(", "))));
        assertThat(partnerNames).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2021-P1-01", "IOM CO_DELIVERY 50", "2021-P1-02", "UNHCR CO_DELIVERY 50",
                "2021-P3-01", "NEXUS CO_DELIVERY 50", "2021-P3-03", "IOM CO_DELIVERY 50",
                "2021-P3-04", "UNODC ROSEAP CO_DELIVERY 50", "2021-P3-06", "UNODC ROSEAP CO_DELIVERY 50"));
        assertThat(byCode.values()).allSatisfy(a -> assertThat(a.status()).isEqualTo(ActivityStatus.PLANNED));
    }

    @Test
    void theFileIsLoadedOnceItsVersionIsRecordedAndTheWorkPlanIsADraft() {
        assertThat(db.select(REFERENCE_LOAD.RESOURCE_VERSION).from(REFERENCE_LOAD)
                .where(REFERENCE_LOAD.RESOURCE.eq("SP-2021-22-2021-activities.json")).fetchOne(REFERENCE_LOAD.RESOURCE_VERSION))
                .isEqualTo(1);
        assertThat(db.select(WORK_PLAN.STATUS).from(WORK_PLAN).where(WORK_PLAN.ID.eq(workPlan2021()))
                .fetchOne(WORK_PLAN.STATUS)).isEqualTo("DRAFT");
        assertThat(db.fetchCount(ACTIVITY, ACTIVITY.WORK_PLAN_ID.eq(workPlan2021()), ACTIVITY.LISTED_IN_PLAN.isTrue()))
                .isEqualTo(16);
    }
}
