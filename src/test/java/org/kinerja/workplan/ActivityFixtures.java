package org.kinerja.workplan;

import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.util.Locale;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.OutcomeInput;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.PlanService;

/**
 * Work plans for activity tests. Each test gets a strategic plan of its own (a copy of SP-2021-22 with its 4
 * principles and 4 purposes, and outcomes P1.O1 and P2.O1), so that its 2021 work plan's codes start at 01
 * whatever else the database holds. Work plans are inserted with jOOQ: their lifecycle is WorkPlanService's.
 */
public class ActivityFixtures {

    private final DSLContext db;
    private final PlanService plans;
    private final IndicatorService indicators;

    public ActivityFixtures(DSLContext db, PlanService plans, IndicatorService indicators) {
        this.db = db;
        this.plans = plans;
        this.indicators = indicators;
    }

    /** A new plan copied from SP-2021-22, with outcomes P1.O1 and P2.O1; its code. */
    public String newPlan() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        plans.create(new NewPlan(code, "Test plan " + code, 2021, 2022, "SP-2021-22"));
        indicators.createOutcome(code, new OutcomeInput("P1.O1", 1, "Members cooperate more.", null));
        indicators.createOutcome(code, new OutcomeInput("P2.O1", 2, "Officials apply what they learnt.", null));
        return code;
    }

    /** A DRAFT 2021 work plan of a new plan; its id. */
    public long draftWorkPlan() {
        return workPlan(newPlan(), 2021);
    }

    public long workPlan(String planCode, int year) {
        return db.insertInto(WORK_PLAN, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR).values(planCode, year)
                .returning(WORK_PLAN.ID).fetchOne().getId();
    }

    /** Sets the work plan's status as WorkPlanService would after submission or approval. */
    public void setStatus(long workPlanId, WorkPlanStatus status) {
        db.update(WORK_PLAN).set(WORK_PLAN.STATUS, status.name()).where(WORK_PLAN.ID.eq(workPlanId)).execute();
    }

    public int activityCount(long workPlanId) {
        return db.fetchCount(org.kinerja.workplan.db.Tables.ACTIVITY,
                org.kinerja.workplan.db.Tables.ACTIVITY.WORK_PLAN_ID.eq(workPlanId));
    }
}
