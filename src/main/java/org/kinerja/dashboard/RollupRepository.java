package org.kinerja.dashboard;

import static org.kinerja.dashboard.db.Tables.ACTIVITY_STATUS;
import static org.kinerja.dashboard.db.Tables.ENGAGEMENTS;
import static org.kinerja.dashboard.db.Tables.EVENTS_HELD;
import static org.kinerja.dashboard.db.Tables.INDICATOR_STATUS;
import static org.kinerja.dashboard.db.Tables.PEOPLE_TRAINED;
import static org.kinerja.dashboard.db.Tables.PRODUCTS_PUBLISHED;
import static org.kinerja.dashboard.db.Tables.REQUESTS;
import static org.kinerja.dashboard.db.Tables.ROLLUP_BUILD;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The rollup tables: rebuilt per year with set-based SQL that reads the work plan, delivery, knowledge, outreach
 * and request schemas (never writing them), and read back for the page. A record reaches a plan and purpose
 * through its work plan activity; the whole-year row (plan '' and purpose 0) counts every record of the year.
 */
@Repository
class RollupRepository {

    /** The scope of the whole year. */
    static final String YEAR_PLAN = "";
    static final int YEAR_PURPOSE = 0;
    /** The rollups built from the other modules' records in one transaction, and the indicators' own one. */
    static final List<String> RECORD_ROLLUPS = List.of("ACTIVITIES", "EVENTS", "PEOPLE", "PRODUCTS", "ENGAGEMENTS",
            "REQUESTS");
    static final String INDICATORS = "INDICATORS";
    /** The statuses of a request still open. */
    static final List<String> OPEN = List.of("RECEIVED", "ACCEPTED", "IN_PROGRESS");

    /** The activity's plan and purpose for a record joined to it as {@code a} and {@code w}. */
    private static final String ACTIVITY_JOIN = """
            left join workplan.activity a on a.id = %s
            left join workplan.work_plan w on w.id = a.work_plan_id
            """;
    /** The whole year and each plan purpose; records without an activity count in the whole year only. */
    private static final String SCOPES = """
            group by grouping sets ((%1$s), (w.plan_code, a.purpose_number%2$s))
            having grouping(w.plan_code, a.purpose_number) = 3 or w.plan_code is not null
            """;

    private final DSLContext db;

    RollupRepository(DSLContext db) {
        this.db = db;
    }

    /** Every year with a plan, a work plan or a dated record, from 2000 to 2100. */
    List<Integer> yearsWithData() {
        return db.fetch("""
                select y from (
                    select generate_series(start_year, end_year) as y from plan.plan
                    union select year from workplan.work_plan
                    union select extract(year from end_date)::int from delivery.event where status = 'HELD'
                    union select extract(year from publication_date)::int from knowledge.product
                          where publication_date is not null
                    union select extract(year from engagement_date)::int from outreach.engagement
                    union select extract(year from received_date)::int from request.member_request
                ) years where y between 2000 and 2100 order by y
                """).getValues(0, Integer.class);
    }

    /** Holds the year's rebuild against another node's until this transaction ends. */
    void lockYear(int year) {
        db.fetch("select pg_advisory_xact_lock(hashtext('kinerja.dashboard'), ?)", year);
    }

    /** Rebuilds the rollups of the year counted from records, and records when. */
    void rebuildRecords(int year, List<String> capacityBuildingKinds) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String[] kinds = capacityBuildingKinds.toArray(String[]::new);
        for (Table<?> t : List.of(ACTIVITY_STATUS, EVENTS_HELD, PEOPLE_TRAINED, PRODUCTS_PUBLISHED, ENGAGEMENTS, REQUESTS)) {
            db.deleteFrom(t).where(DSL.field(DSL.name("year"), Integer.class).eq(year)).execute();
        }
        db.execute("""
                insert into dashboard.activity_status (year, plan_code, purpose_number, work_plan_id, status, activities)
                select w.year, w.plan_code, a.purpose_number, w.id, a.status, count(*)
                from workplan.work_plan w join workplan.activity a on a.work_plan_id = w.id
                where w.year = ?
                group by w.year, w.plan_code, a.purpose_number, w.id, a.status
                """, year);
        db.execute("insert into dashboard.events_held (year, plan_code, purpose_number, events) "
                + "select ?, coalesce(w.plan_code, ''), coalesce(a.purpose_number, 0), count(*) "
                + "from delivery.event e " + ACTIVITY_JOIN.formatted("e.activity_id")
                + "where e.status = 'HELD' and e.kind = any(?::varchar[]) and e.end_date between ? and ? "
                + SCOPES.formatted("", ""), year, kinds, from, to);
        db.execute("insert into dashboard.people_trained (year, plan_code, purpose_number, sex, people) "
                + "select ?, coalesce(w.plan_code, ''), coalesce(a.purpose_number, 0), p.sex, count(distinct t.person_id) "
                + "from delivery.event e "
                + "join delivery.attendance t on t.event_id = e.id and t.role = 'PARTICIPANT' "
                + "join delivery.person p on p.id = t.person_id " + ACTIVITY_JOIN.formatted("e.activity_id")
                + "where e.status = 'HELD' and e.kind = any(?::varchar[]) and e.end_date between ? and ? "
                + SCOPES.formatted("p.sex", ", p.sex"), year, kinds, from, to);
        db.execute("insert into dashboard.products_published (year, plan_code, purpose_number, products) "
                + "select ?, coalesce(w.plan_code, ''), coalesce(a.purpose_number, 0), count(*) "
                + "from knowledge.product k " + ACTIVITY_JOIN.formatted("k.activity_id")
                + "where k.stage = 'PUBLISHED' and k.publication_date between ? and ? "
                + SCOPES.formatted("", ""), year, from, to);
        db.execute("insert into dashboard.engagements (year, plan_code, purpose_number, engagements) "
                + "select ?, coalesce(w.plan_code, ''), coalesce(a.purpose_number, 0), count(*) "
                + "from outreach.engagement g " + ACTIVITY_JOIN.formatted("g.activity_id")
                + "where g.engagement_date between ? and ? "
                + SCOPES.formatted("", ""), year, from, to);
        db.execute("""
                insert into dashboard.requests (year, status, received_date, due_date, requests)
                select ?, r.status,
                       case when r.status in ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS') then r.received_date end,
                       case when r.status in ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS') then r.due_date end,
                       count(*)
                from request.member_request r
                where r.received_date between ? and ?
                group by 2, 3, 4
                """, year, from, to);
        for (String rollup : RECORD_ROLLUPS) {
            built(year, rollup, null);
        }
    }

    /** Replaces the year's indicator status counts: plan code → purpose → status → indicators. */
    void replaceIndicators(int year, Map<String, Map<Integer, Map<String, Integer>>> counts) {
        db.deleteFrom(INDICATOR_STATUS).where(INDICATOR_STATUS.YEAR.eq(year)).execute();
        var insert = db.insertInto(INDICATOR_STATUS, INDICATOR_STATUS.YEAR, INDICATOR_STATUS.PLAN_CODE,
                INDICATOR_STATUS.PURPOSE_NUMBER, INDICATOR_STATUS.STATUS, INDICATOR_STATUS.INDICATORS);
        boolean any = false;
        for (var plan : counts.entrySet()) {
            for (var purpose : plan.getValue().entrySet()) {
                for (var status : purpose.getValue().entrySet()) {
                    insert = insert.values(year, plan.getKey(), purpose.getKey(), status.getKey(), status.getValue());
                    any = true;
                }
            }
        }
        if (any) {
            insert.execute();
        }
        built(year, INDICATORS, null);
    }

    /** Records that the year's indicator statuses could not be counted, and leaves none. */
    void indicatorsFailed(int year, String failure) {
        db.deleteFrom(INDICATOR_STATUS).where(INDICATOR_STATUS.YEAR.eq(year)).execute();
        built(year, INDICATORS, failure.length() > 500 ? failure.substring(0, 500) : failure);
    }

    private void built(int year, String rollup, String failure) {
        db.insertInto(ROLLUP_BUILD, ROLLUP_BUILD.YEAR, ROLLUP_BUILD.ROLLUP, ROLLUP_BUILD.BUILT_AT, ROLLUP_BUILD.FAILURE)
                .values(DSL.val(year), DSL.val(rollup), DSL.currentOffsetDateTime(), DSL.val(failure))
                .onConflict(ROLLUP_BUILD.YEAR, ROLLUP_BUILD.ROLLUP).doUpdate()
                .set(ROLLUP_BUILD.BUILT_AT, DSL.currentOffsetDateTime()).set(ROLLUP_BUILD.FAILURE, failure)
                .execute();
    }

    /** Drops the rollups of years that no longer have a plan or a record. */
    void keepOnly(List<Integer> years) {
        Integer[] keep = years.toArray(Integer[]::new);
        for (Table<?> t : List.of(ACTIVITY_STATUS, EVENTS_HELD, PEOPLE_TRAINED, PRODUCTS_PUBLISHED, ENGAGEMENTS, REQUESTS,
                INDICATOR_STATUS, ROLLUP_BUILD)) {
            db.deleteFrom(t).where(DSL.field(DSL.name("year"), Integer.class).ne(DSL.all(keep))).execute();
        }
    }

    // --- reading -------------------------------------------------------------------------------------------

    /** The years whose rollups have been built, latest first. */
    List<Integer> builtYears() {
        return db.selectDistinct(ROLLUP_BUILD.YEAR).from(ROLLUP_BUILD).orderBy(ROLLUP_BUILD.YEAR.desc())
                .fetch(ROLLUP_BUILD.YEAR);
    }

    record Build(String rollup, OffsetDateTime builtAt, String failure) {
    }

    List<Build> builds(int year) {
        return db.select(ROLLUP_BUILD.ROLLUP, ROLLUP_BUILD.BUILT_AT, ROLLUP_BUILD.FAILURE).from(ROLLUP_BUILD)
                .where(ROLLUP_BUILD.YEAR.eq(year)).fetch(r -> new Build(r.value1(), r.value2(), r.value3()));
    }

    /** A count of one scope: purpose (0 for the whole year), key (a status or sex, or '' for plain counts), count. */
    record Count(int purpose, String key, long count) {
    }

    /** Activities of the plan's work plan of the year by purpose and status, and that work plan's id. */
    List<Count> activities(int year, String planCode) {
        return counts(ACTIVITY_STATUS, ACTIVITY_STATUS.PURPOSE_NUMBER, ACTIVITY_STATUS.STATUS, ACTIVITY_STATUS.ACTIVITIES,
                ACTIVITY_STATUS.YEAR.eq(year).and(ACTIVITY_STATUS.PLAN_CODE.eq(planCode)));
    }

    Long workPlanId(int year, String planCode) {
        return db.select(DSL.max(ACTIVITY_STATUS.WORK_PLAN_ID)).from(ACTIVITY_STATUS)
                .where(ACTIVITY_STATUS.YEAR.eq(year).and(ACTIVITY_STATUS.PLAN_CODE.eq(planCode))).fetchOne(0, Long.class);
    }

    List<Count> eventsHeld(int year, String planCode) {
        return counts(EVENTS_HELD, EVENTS_HELD.PURPOSE_NUMBER, null, EVENTS_HELD.EVENTS,
                EVENTS_HELD.YEAR.eq(year).and(EVENTS_HELD.PLAN_CODE.in(YEAR_PLAN, planCode)));
    }

    List<Count> peopleTrained(int year, String planCode) {
        return counts(PEOPLE_TRAINED, PEOPLE_TRAINED.PURPOSE_NUMBER, PEOPLE_TRAINED.SEX, PEOPLE_TRAINED.PEOPLE,
                PEOPLE_TRAINED.YEAR.eq(year).and(PEOPLE_TRAINED.PLAN_CODE.in(YEAR_PLAN, planCode)));
    }

    List<Count> productsPublished(int year, String planCode) {
        return counts(PRODUCTS_PUBLISHED, PRODUCTS_PUBLISHED.PURPOSE_NUMBER, null, PRODUCTS_PUBLISHED.PRODUCTS,
                PRODUCTS_PUBLISHED.YEAR.eq(year).and(PRODUCTS_PUBLISHED.PLAN_CODE.in(YEAR_PLAN, planCode)));
    }

    List<Count> engagements(int year, String planCode) {
        return counts(ENGAGEMENTS, ENGAGEMENTS.PURPOSE_NUMBER, null, ENGAGEMENTS.ENGAGEMENTS_,
                ENGAGEMENTS.YEAR.eq(year).and(ENGAGEMENTS.PLAN_CODE.in(YEAR_PLAN, planCode)));
    }

    List<Count> indicators(int year, String planCode) {
        return counts(INDICATOR_STATUS, INDICATOR_STATUS.PURPOSE_NUMBER, INDICATOR_STATUS.STATUS,
                INDICATOR_STATUS.INDICATORS, INDICATOR_STATUS.YEAR.eq(year).and(INDICATOR_STATUS.PLAN_CODE.eq(planCode)));
    }

    private List<Count> counts(Table<?> table, TableField<?, Integer> purpose, TableField<?, String> key,
                               TableField<?, Integer> count, Condition where) {
        Field<String> k = key == null ? DSL.inline("") : key;
        return db.select(purpose, k, count).from(table).where(where)
                .fetch(r -> new Count(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Requests received in the year: received, open by status, and overdue on {@code today} — still RECEIVED
     * more than {@code acknowledgeDays} after receipt, or open past the due date.
     */
    RequestCounts requests(int year, LocalDate today, int acknowledgeDays) {
        List<Count> open = new ArrayList<>();
        long received = 0;
        long overdue = 0;
        Field<Long> late = DSL.field("coalesce(sum(requests) filter (where due_date < {0} "
                + "or (status = 'RECEIVED' and received_date + {1} < {0})), 0)", Long.class,
                DSL.val(today), DSL.val(acknowledgeDays));
        Field<Long> n = DSL.sum(REQUESTS.REQUESTS_).cast(Long.class);
        for (Record r : db.select(REQUESTS.STATUS, n, late).from(REQUESTS).where(REQUESTS.YEAR.eq(year))
                .groupBy(REQUESTS.STATUS).fetch()) {
            received += r.get(n);
            if (OPEN.contains(r.get(REQUESTS.STATUS))) {
                open.add(new Count(YEAR_PURPOSE, r.get(REQUESTS.STATUS), r.get(n)));
                overdue += r.get(late);
            }
        }
        return new RequestCounts(received, open, overdue);
    }

    record RequestCounts(long received, List<Count> openByStatus, long overdue) {
    }
}
