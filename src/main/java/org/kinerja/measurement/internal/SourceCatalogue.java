package org.kinerja.measurement.internal;

import static org.kinerja.indicator.Aggregation.AVERAGE;
import static org.kinerja.indicator.Aggregation.LATEST;
import static org.kinerja.indicator.Aggregation.RATIO;
import static org.kinerja.indicator.Aggregation.SUM;
import static org.kinerja.indicator.Measure.NUMBER;
import static org.kinerja.indicator.Measure.PERCENTAGE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.indicator.Measure;
import org.kinerja.measurement.Breakdown;
import org.kinerja.measurement.internal.SourceSpec.Base;
import org.kinerja.measurement.internal.SourceSpec.ValueType;

/**
 * The SQL of every computed source. Each base reads the work plan, delivery, knowledge, outreach, request and
 * directory schemas read-only; the period, plan, purpose, capacity-building kinds and currency are bind values
 * (jOOQ template parts {0}–{5}, see {@link Base}), never text joined into the SQL.
 */
public final class SourceCatalogue {

    /** Activities of the plan, optionally of one purpose: records reach plan and purpose through them. */
    private static final String SCOPE = "w.plan_code = {2} and (cast({3} as integer) is null "
            + "or a.purpose_number = cast({3} as integer))";

    /**
     * The date an activity is planned for: the last day of its planned end month, kept within its work plan's
     * year (31 December when the planned end is later or not recorded), so each activity falls in exactly one
     * half and one quarter of that year.
     */
    private static final String PLANNED_DATE = "least(greatest(coalesce(cast(a.planned_end + interval '1 month' "
            + "- interval '1 day' as date), make_date(w.year, 12, 31)), make_date(w.year, 1, 1)), make_date(w.year, 12, 31))";

    private static final String ACTIVITY_FROM = " from workplan.activity a join workplan.work_plan w on w.id = a.work_plan_id ";

    private static final String ACTIVITY_LABEL = "a.code || ' ' || a.title";

    /** Held capacity-building events of the plan (and purpose), ending in the period. */
    private static final String HELD_EVENT = " join workplan.activity a on a.id = e.activity_id "
            + "join workplan.work_plan w on w.id = a.work_plan_id where e.status = 'HELD' and e.kind = any({4}) "
            + "and e.end_date between {0} and {1} and " + SCOPE;

    static final Base ACTIVITIES = new Base("activities", "select a.id, " + ACTIVITY_LABEL + " as label, "
            + PLANNED_DATE + " as d, cast(a.purpose_number as text) as purpose, a.status, "
            + "coalesce(cast(a.gender_marker as text), 'NOT_RATED') as gender_marker, a.budget_amount, "
            + "a.budget_currency, coalesce(a.budget_currency, 'NONE') as currency, a.expenditure" + ACTIVITY_FROM + "where " + SCOPE + " and " + PLANNED_DATE
            + " between {0} and {1}");

    static final Base COMPLETED = new Base("completed", "select a.id, " + ACTIVITY_LABEL + " as label, "
            + "coalesce(a.actual_end, " + PLANNED_DATE + ") as d, cast(a.purpose_number as text) as purpose"
            + ACTIVITY_FROM + "where " + SCOPE + " and a.status = 'COMPLETED' and coalesce(a.actual_end, "
            + PLANNED_DATE + ") between {0} and {1}");

    static final Base EVENTS = new Base("events", "select e.id, e.title as label, e.end_date as d, "
            + "cast(a.purpose_number as text) as purpose from delivery.event e" + HELD_EVENT);

    /** People with a PARTICIPANT attendance at a held capacity-building event: one row each, never a name. */
    static final Base PEOPLE = new Base("people", "select p.id, coalesce(p.member_code, '—') || ' · ' "
            + "|| coalesce(p.agency_type, '—') as label, max(e.end_date) as d, p.sex, p.member_code, "
            + "coalesce(p.member_code, 'NONE') as member, coalesce(p.agency_type, 'NONE') as agency_type "
            + "from delivery.attendance t join delivery.person p on p.id = t.person_id "
            + "join delivery.event e on e.id = t.event_id" + HELD_EVENT + " and t.role = 'PARTICIPANT' group by p.id");

    /** Participant attendances of each held capacity-building event, summed per event. */
    static final Base ATTENDANCES = new Base("attendances", "select e.id, e.title as label, e.end_date as d, "
            + "sum(coalesce(t.days_attended, e.end_date - e.start_date + 1)) as days, "
            + "sum(t.post_test - t.pre_test) filter (where t.pre_test is not null and t.post_test is not null) as gain_sum, "
            + "count(*) filter (where t.pre_test is not null and t.post_test is not null) as gain_n, "
            + "count(*) filter (where t.satisfaction >= 4) as satisfied, count(t.satisfaction) as answers "
            + "from delivery.attendance t join delivery.event e on e.id = t.event_id" + HELD_EVENT
            + " and t.role = 'PARTICIPANT' group by e.id");

    static final Base PRODUCTS = new Base("products", "select k.id, k.title as label, k.publication_date as d, "
            + "k.type as product_type from knowledge.product k where k.stage = 'PUBLISHED' "
            + "and k.publication_date between {0} and {1}");

    static final Base ENGAGEMENTS = new Base("engagements", "select g.id, g.title as label, g.engagement_date as d, "
            + "cast(g.forum_id as text) as forum, g.type as engagement_type from outreach.engagement g "
            + "where g.engagement_date between {0} and {1}");

    static final Base FORUMS = new Base("forums", "select f.id, f.name as label, min(g.engagement_date) as d "
            + "from outreach.engagement g join directory.forum f on f.id = g.forum_id "
            + "where g.engagement_date between {0} and {1} group by f.id");

    /** Requests received in the period, with their type and requester (member code, BODY-id or CO_CHAIRS). */
    static final Base RECEIVED = new Base("received", "select r.id, r.subject as label, r.received_date as d, "
            + "r.type as request_type, case r.requester_kind when 'MEMBER' then r.requester_member_code "
            + "when 'BODY' then 'BODY-' || r.requester_body_id else r.requester_kind end as requester "
            + "from request.member_request r where r.received_date between {0} and {1}");

    static final Base DELIVERED = new Base("delivered", "select r.id, r.subject as label, r.delivered_date as d, "
            + "r.delivered_date - r.received_date as days, r.delivered_date <= r.due_date as on_time "
            + "from request.member_request r where r.delivered_date between {0} and {1}");

    /** Members represented by people trained, and members that sent a request received in the period. */
    static final Base MEMBERS = new Base("members", "select m.id, m.code || ' ' || m.name as label, min(x.d) as d "
            + "from (select pt.member_code as code, pt.d from people pt where pt.member_code is not null "
            + "union all select r.requester_member_code, r.received_date from request.member_request r "
            + "where r.requester_kind = 'MEMBER' and r.received_date between {0} and {1}) x "
            + "join directory.member m on m.code = x.code group by m.id", List.of(PEOPLE));

    private static final String COUNT = "count(*)";

    private static final Map<ComputedSource, SourceSpec> SPECS = specs();

    private SourceCatalogue() {
    }

    public static SourceSpec spec(ComputedSource source) {
        return SPECS.get(source);
    }

    public static List<SourceSpec> all() {
        return List.copyOf(SPECS.values());
    }

    private static Map<ComputedSource, SourceSpec> specs() {
        Map<ComputedSource, SourceSpec> m = new EnumMap<>(ComputedSource.class);
        put(m, count(ComputedSource.ACTIVITIES_PLANNED, ACTIVITIES, "ACTIVITY", COUNT, SUM,
                dims(Breakdown.PURPOSE, "b.purpose", Breakdown.ACTIVITY_STATUS, "b.status",
                        Breakdown.GENDER_MARKER, "b.gender_marker", Breakdown.CURRENCY, "b.currency")));
        put(m, count(ComputedSource.ACTIVITIES_COMPLETED, COMPLETED, "ACTIVITY", COUNT, SUM,
                dims(Breakdown.PURPOSE, "b.purpose")));
        put(m, count(ComputedSource.CAPACITY_EVENTS_HELD, EVENTS, "EVENT", COUNT, SUM,
                dims(Breakdown.PURPOSE, "b.purpose")));
        put(m, count(ComputedSource.PEOPLE_TRAINED, PEOPLE, "PERSON", COUNT, LATEST,
                dims(Breakdown.SEX, "b.sex", Breakdown.MEMBER, "b.member", Breakdown.AGENCY_TYPE, "b.agency_type")));
        put(m, count(ComputedSource.PARTICIPANT_DAYS, ATTENDANCES, "EVENT", "coalesce(sum(b.days), 0)", SUM, dims()));
        put(m, new SourceSpec(ComputedSource.WOMEN_SHARE, PEOPLE, "PERSON", ValueType.SHARE,
                "count(*) filter (where b.sex = 'FEMALE')", "count(*) filter (where b.sex <> 'NOT_RECORDED')",
                "count(*) filter (where b.sex = 'NOT_RECORDED')", null, null, PERCENTAGE, RATIO,
                dims(Breakdown.MEMBER, "b.member", Breakdown.AGENCY_TYPE, "b.agency_type")));
        put(m, new SourceSpec(ComputedSource.KNOWLEDGE_GAIN, ATTENDANCES, "EVENT", ValueType.MEAN,
                "coalesce(sum(b.gain_sum), 0)", "coalesce(sum(b.gain_n), 0)", null, null, "b.gain_n > 0", NUMBER,
                AVERAGE, dims()));
        put(m, ratio(ComputedSource.SATISFIED_SHARE, ATTENDANCES, "EVENT", "coalesce(sum(b.satisfied), 0)",
                "coalesce(sum(b.answers), 0)", "b.answers > 0"));
        put(m, count(ComputedSource.PRODUCTS_PUBLISHED, PRODUCTS, "PRODUCT", COUNT, SUM,
                dims(Breakdown.PRODUCT_TYPE, "b.product_type")));
        put(m, count(ComputedSource.ENGAGEMENTS, ENGAGEMENTS, "ENGAGEMENT", COUNT, SUM,
                dims(Breakdown.FORUM, "b.forum", Breakdown.ENGAGEMENT_TYPE, "b.engagement_type")));
        put(m, count(ComputedSource.FORUMS_ENGAGED, FORUMS, "FORUM", COUNT, LATEST, dims()));
        put(m, count(ComputedSource.REQUESTS_RECEIVED, RECEIVED, "REQUEST", COUNT, SUM,
                dims(Breakdown.REQUEST_TYPE, "b.request_type", Breakdown.REQUESTER, "b.requester")));
        put(m, count(ComputedSource.REQUESTS_DELIVERED, DELIVERED, "REQUEST", COUNT, SUM, dims()));
        put(m, ratio(ComputedSource.REQUESTS_ON_TIME_SHARE, DELIVERED, "REQUEST", "count(*) filter (where b.on_time)",
                COUNT, null));
        put(m, new SourceSpec(ComputedSource.REQUEST_MEDIAN_DAYS, DELIVERED, "REQUEST", ValueType.MEDIAN, null, COUNT,
                null, "percentile_cont(0.5) within group (order by b.days)", null, NUMBER, AVERAGE, dims()));
        put(m, count(ComputedSource.MEMBERS_ENGAGED, MEMBERS, "MEMBER", COUNT, LATEST, dims()));
        String inCurrency = "b.budget_currency = {5}";
        put(m, new SourceSpec(ComputedSource.BUDGET_EXECUTION, ACTIVITIES, "ACTIVITY", ValueType.SHARE,
                "coalesce(sum(coalesce(b.expenditure, 0)) filter (where " + inCurrency + "), 0)",
                "coalesce(sum(case when b.status = 'CANCELLED' then coalesce(b.expenditure, 0) else b.budget_amount end) "
                        + "filter (where " + inCurrency + "), 0)",
                "count(*) filter (where b.budget_currency <> {5} or (b.budget_currency is null and b.expenditure is not null))",
                null, inCurrency, PERCENTAGE, RATIO, dims()));
        if (m.size() != ComputedSource.values().length) {
            throw new IllegalStateException("every computed source needs its query");
        }
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<ComputedSource, SourceSpec> m, SourceSpec spec) {
        m.put(spec.source(), spec);
    }

    private static SourceSpec count(ComputedSource source, Base base, String kind, String numerator,
                                    Aggregation aggregation, Map<Breakdown, String> breakdowns) {
        return new SourceSpec(source, base, kind, ValueType.COUNT, numerator, null, null, null, null, NUMBER,
                aggregation, breakdowns);
    }

    private static SourceSpec ratio(ComputedSource source, Base base, String kind, String numerator,
                                    String denominator, String recordsWhere) {
        return new SourceSpec(source, base, kind, ValueType.SHARE, numerator, denominator, null, null, recordsWhere,
                Measure.PERCENTAGE, RATIO, dims());
    }

    private static Map<Breakdown, String> dims(Object... pairs) {
        Map<Breakdown, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Breakdown) pairs[i], (String) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
