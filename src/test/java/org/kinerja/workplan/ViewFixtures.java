package org.kinerja.workplan;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COUNTRY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;
import static org.kinerja.workplan.db.Tables.MILESTONE;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.PlanService;

/**
 * Work plans and activities for the work plan views' tests, written straight into the workplan tables: each
 * work plan belongs to a plan of its own (a copy of SP-2021-22's purposes), so tests never share one.
 */
public final class ViewFixtures {

    private static final AtomicInteger PLANS = new AtomicInteger();

    private final DSLContext db;
    private final PlanService plans;

    public ViewFixtures(DSLContext db, PlanService plans) {
        this.db = db;
        this.plans = plans;
    }

    /** A DRAFT work plan of {@code year}, in a new plan whose purposes are SP-2021-22's. */
    long workPlan(int year) {
        String code = "WV-" + ProcessHandle.current().pid() % 10000 + "-" + PLANS.incrementAndGet();
        plans.create(new NewPlan(code, "Views test plan " + code, year, year, "SP-2021-22"));
        return db.insertInto(WORK_PLAN, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR).values(code, year)
                .returning(WORK_PLAN.ID).fetchOne(WORK_PLAN.ID);
    }

    Activity activity(long workPlanId, int purpose, String title) {
        return new Activity(workPlanId, purpose, title);
    }

    static LocalDate month(int year, int month) {
        return LocalDate.of(year, month, 1);
    }

    /** An activity to insert; only the work plan, purpose and title are required. */
    final class Activity {
        private final long workPlanId;
        private final int purpose;
        private final String title;
        private ActivityType type = ActivityType.WORKSHOP;
        private ActivityStatus status = ActivityStatus.PLANNED;
        private Long officer;
        private LocalDate plannedStart;
        private LocalDate plannedEnd;
        private LocalDate actualStart;
        private LocalDate actualEnd;
        private BigDecimal budget;
        private String currency;
        private BigDecimal expenditure;
        private boolean listed;
        private final List<Object[]> partners = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final List<Object[]> milestones = new ArrayList<>();

        private Activity(long workPlanId, int purpose, String title) {
            this.workPlanId = workPlanId;
            this.purpose = purpose;
            this.title = title;
        }

        Activity type(ActivityType t) {
            type = t;
            return this;
        }

        Activity status(ActivityStatus s) {
            status = s;
            return this;
        }

        Activity officer(long userId) {
            officer = userId;
            return this;
        }

        Activity planned(LocalDate start, LocalDate end) {
            plannedStart = start;
            plannedEnd = end;
            return this;
        }

        Activity actual(LocalDate start, LocalDate end) {
            actualStart = start;
            actualEnd = end;
            return this;
        }

        Activity budget(String amount, String currencyCode) {
            budget = new BigDecimal(amount);
            currency = currencyCode;
            return this;
        }

        Activity expenditure(String amount) {
            expenditure = new BigDecimal(amount);
            return this;
        }

        Activity listed() {
            listed = true;
            return this;
        }

        Activity partner(long partnerId, PartnerRole role, String share) {
            partners.add(new Object[] {partnerId, role, new BigDecimal(share)});
            return this;
        }

        Activity country(String code) {
            countries.add(code);
            return this;
        }

        Activity milestone(String milestoneTitle, LocalDate due, LocalDate doneOn) {
            milestones.add(new Object[] {milestoneTitle, due, doneOn});
            return this;
        }

        /** Inserts the activity with the next code of its purpose; its id. */
        long insert() {
            int year = db.select(WORK_PLAN.YEAR).from(WORK_PLAN).where(WORK_PLAN.ID.eq(workPlanId)).fetchOne(WORK_PLAN.YEAR);
            int sequence = db.select(DSL.coalesce(DSL.max(ACTIVITY.SEQUENCE), 0)).from(ACTIVITY)
                    .where(ACTIVITY.WORK_PLAN_ID.eq(workPlanId)).and(ACTIVITY.PURPOSE_NUMBER.eq(purpose))
                    .fetchOne(0, Integer.class) + 1;
            long id = db.insertInto(ACTIVITY)
                    .set(ACTIVITY.WORK_PLAN_ID, workPlanId)
                    .set(ACTIVITY.CODE, String.format(Locale.ROOT, "%d-P%d-%02d", year, purpose, sequence))
                    .set(ACTIVITY.PURPOSE_NUMBER, purpose)
                    .set(ACTIVITY.SEQUENCE, sequence)
                    .set(ACTIVITY.TITLE, title)
                    .set(ACTIVITY.TYPE, type.name())
                    .set(ACTIVITY.STATUS, status.name())
                    .set(ACTIVITY.STATUS_REASON, status == ActivityStatus.CANCELLED || status == ActivityStatus.POSTPONED
                            ? "Test reason" : null)
                    .set(ACTIVITY.LEAD_OFFICER_ID, officer)
                    .set(ACTIVITY.PLANNED_START, plannedStart)
                    .set(ACTIVITY.PLANNED_END, plannedEnd)
                    .set(ACTIVITY.ACTUAL_START, actualStart)
                    .set(ACTIVITY.ACTUAL_END, actualEnd)
                    .set(ACTIVITY.BUDGET_AMOUNT, budget)
                    .set(ACTIVITY.BUDGET_CURRENCY, currency)
                    .set(ACTIVITY.EXPENDITURE, expenditure)
                    .set(ACTIVITY.LISTED_IN_PLAN, listed)
                    .returning(ACTIVITY.ID).fetchOne(ACTIVITY.ID);
            for (Object[] p : partners) {
                db.insertInto(ACTIVITY_PARTNER, ACTIVITY_PARTNER.ACTIVITY_ID, ACTIVITY_PARTNER.PARTNER_ID,
                        ACTIVITY_PARTNER.ROLE, ACTIVITY_PARTNER.SHARE_PERCENT)
                        .values(id, (Long) p[0], ((PartnerRole) p[1]).name(), (BigDecimal) p[2]).execute();
            }
            for (String c : countries) {
                db.insertInto(ACTIVITY_COUNTRY, ACTIVITY_COUNTRY.ACTIVITY_ID, ACTIVITY_COUNTRY.COUNTRY_CODE)
                        .values(id, c).execute();
            }
            for (Object[] m : milestones) {
                db.insertInto(MILESTONE, MILESTONE.ACTIVITY_ID, MILESTONE.TITLE, MILESTONE.DUE_MONTH, MILESTONE.DONE_ON)
                        .values(id, (String) m[0], (LocalDate) m[1], (LocalDate) m[2]).execute();
            }
            return id;
        }
    }
}
