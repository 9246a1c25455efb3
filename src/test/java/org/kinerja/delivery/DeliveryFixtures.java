package org.kinerja.delivery;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;

/** Work plans and activities written straight into the work plan's tables, for the delivery tests. */
final class DeliveryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private DeliveryFixtures() {
    }

    /** The work plan of that plan and year, created when missing. */
    static long workPlan(DSLContext db, String planCode, int year) {
        Long id = db.select(WORK_PLAN.ID).from(WORK_PLAN).where(WORK_PLAN.PLAN_CODE.eq(planCode).and(WORK_PLAN.YEAR.eq(year)))
                .fetchOne(WORK_PLAN.ID);
        if (id != null) {
            return id;
        }
        return db.insertInto(WORK_PLAN).set(WORK_PLAN.PLAN_CODE, planCode).set(WORK_PLAN.YEAR, year)
                .returning(WORK_PLAN.ID).fetchOne(WORK_PLAN.ID);
    }

    /** A new activity of a test work plan of its own. */
    static long activity(DSLContext db, String type) {
        int n = SEQUENCE.incrementAndGet();
        long plan = workPlan(db, "T-" + ProcessHandle.current().pid() % 100000 + "-" + n, 2024);
        return activity(db, plan, 2024, 2, n, type, "Test activity " + n);
    }

    static long activity(DSLContext db, long workPlanId, int year, int purpose, int sequence, String type, String title) {
        return db.insertInto(ACTIVITY).set(ACTIVITY.WORK_PLAN_ID, workPlanId)
                .set(ACTIVITY.CODE, year + "-P" + purpose + "-" + String.format("%02d", sequence))
                .set(ACTIVITY.PURPOSE_NUMBER, purpose).set(ACTIVITY.SEQUENCE, sequence)
                .set(ACTIVITY.TITLE, title).set(ACTIVITY.TYPE, type)
                .returning(ACTIVITY.ID).fetchOne(ACTIVITY.ID);
    }
}
