package org.kinerja.workplan;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds activities by id or code for the modules that refer to them (delivery, knowledge, outreach,
 * request, indicator, report), without exposing the work plan's tables.
 */
@Service
@Transactional(readOnly = true)
public class ActivityLookup {

    private final DSLContext db;

    ActivityLookup(DSLContext db) {
        this.db = db;
    }

    public Optional<ActivityRef> find(long id) {
        return select().where(ACTIVITY.ID.eq(id)).fetchOptional(ActivityLookup::ref);
    }

    /** The activity of that code in the plan year's work plan, e.g. ("SP-2021-22", "2021-P2-03"). */
    public Optional<ActivityRef> findByCode(String planCode, String code) {
        return select().where(WORK_PLAN.PLAN_CODE.eq(planCode)).and(ACTIVITY.CODE.eq(code))
                .fetchOptional(ActivityLookup::ref);
    }

    /** The activities of these ids that exist, in code order. */
    public List<ActivityRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return select().where(ACTIVITY.ID.in(ids)).orderBy(WORK_PLAN.YEAR, ACTIVITY.CODE).fetch(ActivityLookup::ref);
    }

    /** The activities of one plan year, in code order: what demo data and pickers offer. */
    public List<ActivityRef> ofYear(String planCode, int year) {
        return select().where(WORK_PLAN.PLAN_CODE.eq(planCode)).and(WORK_PLAN.YEAR.eq(year))
                .orderBy(ACTIVITY.PURPOSE_NUMBER, ACTIVITY.SEQUENCE).fetch(ActivityLookup::ref);
    }

    private org.jooq.SelectOnConditionStep<? extends org.jooq.Record> select() {
        return db.select(ACTIVITY.ID, ACTIVITY.CODE, ACTIVITY.TITLE, ACTIVITY.TYPE, ACTIVITY.STATUS,
                        ACTIVITY.PURPOSE_NUMBER, ACTIVITY.WORK_PLAN_ID, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR,
                        ACTIVITY.PLANNED_START, ACTIVITY.PLANNED_END)
                .from(ACTIVITY).join(WORK_PLAN).on(WORK_PLAN.ID.eq(ACTIVITY.WORK_PLAN_ID));
    }

    private static ActivityRef ref(org.jooq.Record r) {
        return new ActivityRef(r.get(ACTIVITY.ID), r.get(ACTIVITY.CODE), r.get(ACTIVITY.TITLE),
                ActivityType.valueOf(r.get(ACTIVITY.TYPE)), ActivityStatus.valueOf(r.get(ACTIVITY.STATUS)),
                r.get(ACTIVITY.PURPOSE_NUMBER), r.get(ACTIVITY.WORK_PLAN_ID), r.get(WORK_PLAN.PLAN_CODE),
                r.get(WORK_PLAN.YEAR), month(r.get(ACTIVITY.PLANNED_START)), month(r.get(ACTIVITY.PLANNED_END)));
    }

    private static java.time.YearMonth month(java.time.LocalDate firstDay) {
        return firstDay == null ? null : java.time.YearMonth.from(firstDay);
    }
}
