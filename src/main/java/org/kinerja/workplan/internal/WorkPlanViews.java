package org.kinerja.workplan.internal;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COUNTRY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;
import static org.kinerja.workplan.db.Tables.MILESTONE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.kinerja.directory.Country;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Partner;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Purpose;
import org.kinerja.workplan.ActivityFilter;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.PartnerRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of the work plan views (the activities page, its exports and the timeline): a work plan's
 * activities read straight from the tables, filtered, grouped by the plan's purposes, with counts and
 * budget sums per currency computed in SQL.
 */
@Component
@Transactional(readOnly = true)
public class WorkPlanViews {

    /** A choice of a filter: its value in the address and its label. */
    public record Choice(String value, String label) {
    }

    private final DSLContext db;
    private final WorkPlanGate gate;
    private final PlanService plans;
    private final DirectoryService directory;
    private final UserService users;

    public WorkPlanViews(DSLContext db, WorkPlanGate gate, PlanService plans, DirectoryService directory,
                         UserService users) {
        this.db = db;
        this.gate = gate;
        this.plans = plans;
        this.directory = directory;
        this.users = users;
    }

    /** The work plan's activities that pass the filter, by purpose; 404 when there is no such work plan. */
    public WorkPlanActivities activities(long workPlanId, ActivityFilter filter) {
        WorkPlanHeader header = gate.get(workPlanId);
        ActivityFilter f = filter == null ? ActivityFilter.all() : filter;
        Condition where = condition(workPlanId, f);
        List<ActivityRow> rows = rows(where);
        Totals totals = totals(where);
        List<PurposeGroup> groups = new ArrayList<>();
        Set<Integer> numbers = new TreeSet<>();
        Map<Integer, String> titles = new HashMap<>();
        plans.find(header.planCode()).map(Plan::purposes).orElse(List.of()).forEach(p -> {
            numbers.add(p.number());
            titles.put(p.number(), p.title());
        });
        rows.forEach(r -> numbers.add(r.purposeNumber()));
        for (int number : numbers) {
            if (f.purposeNumber() != null && f.purposeNumber() != number) {
                continue;
            }
            groups.add(new PurposeGroup(number, titles.get(number), totals.counts.getOrDefault(number, 0L),
                    totals.perPurpose.getOrDefault(number, List.of()),
                    rows.stream().filter(r -> r.purposeNumber() == number).toList()));
        }
        List<MilestoneMark> milestones = rows.isEmpty() ? List.of() : db.select(MILESTONE.ID, MILESTONE.ACTIVITY_ID,
                        MILESTONE.TITLE, MILESTONE.DUE_MONTH, MILESTONE.DONE_ON)
                .from(MILESTONE).where(MILESTONE.ACTIVITY_ID.in(rows.stream().map(ActivityRow::id).toList()))
                .orderBy(MILESTONE.ACTIVITY_ID, MILESTONE.DUE_MONTH, MILESTONE.ID)
                .fetch(r -> new MilestoneMark(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        return new WorkPlanActivities(header, f, groups, totals.count, totals.overall, milestones);
    }

    private static Condition condition(long workPlanId, ActivityFilter f) {
        return ACTIVITY.WORK_PLAN_ID.eq(workPlanId).and(ActivityConditions.of(f));
    }

    private List<ActivityRow> rows(Condition where) {
        var records = db.select(ACTIVITY.ID, ACTIVITY.CODE, ACTIVITY.TITLE, ACTIVITY.PURPOSE_NUMBER, ACTIVITY.TYPE,
                        ACTIVITY.STATUS, ACTIVITY.LEAD_OFFICER_ID, ACTIVITY.PLANNED_START, ACTIVITY.PLANNED_END,
                        ACTIVITY.ACTUAL_START, ACTIVITY.ACTUAL_END, ACTIVITY.BUDGET_AMOUNT, ACTIVITY.BUDGET_CURRENCY,
                        ACTIVITY.EXPENDITURE, ACTIVITY.LISTED_IN_PLAN)
                .from(ACTIVITY).where(where).orderBy(ACTIVITY.PURPOSE_NUMBER, ACTIVITY.SEQUENCE, ACTIVITY.ID).fetch();
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> ids = records.map(r -> r.get(ACTIVITY.ID));
        Map<Long, List<ActivityRow.PartnerCredit>> partners = partners(ids);
        Map<Long, List<String>> countries = db.select(ACTIVITY_COUNTRY.ACTIVITY_ID, ACTIVITY_COUNTRY.COUNTRY_CODE)
                .from(ACTIVITY_COUNTRY).where(ACTIVITY_COUNTRY.ACTIVITY_ID.in(ids))
                .orderBy(ACTIVITY_COUNTRY.COUNTRY_CODE)
                .fetchGroups(ACTIVITY_COUNTRY.ACTIVITY_ID, ACTIVITY_COUNTRY.COUNTRY_CODE);
        Map<Long, String> officers = userNames(records.map(r -> r.get(ACTIVITY.LEAD_OFFICER_ID)));
        return records.map(r -> {
            long id = r.get(ACTIVITY.ID);
            Long officer = r.get(ACTIVITY.LEAD_OFFICER_ID);
            return new ActivityRow(id, r.get(ACTIVITY.CODE), r.get(ACTIVITY.TITLE), r.get(ACTIVITY.PURPOSE_NUMBER),
                    ActivityType.valueOf(r.get(ACTIVITY.TYPE)), ActivityStatus.valueOf(r.get(ACTIVITY.STATUS)),
                    officer, officer == null ? null : officers.get(officer), partners.getOrDefault(id, List.of()),
                    countries.getOrDefault(id, List.of()), r.get(ACTIVITY.PLANNED_START), r.get(ACTIVITY.PLANNED_END),
                    r.get(ACTIVITY.ACTUAL_START), r.get(ACTIVITY.ACTUAL_END), r.get(ACTIVITY.BUDGET_AMOUNT),
                    r.get(ACTIVITY.BUDGET_CURRENCY), r.get(ACTIVITY.EXPENDITURE), r.get(ACTIVITY.LISTED_IN_PLAN));
        });
    }

    private Map<Long, List<ActivityRow.PartnerCredit>> partners(List<Long> activityIds) {
        var links = db.select(ACTIVITY_PARTNER.ACTIVITY_ID, ACTIVITY_PARTNER.PARTNER_ID, ACTIVITY_PARTNER.ROLE,
                        ACTIVITY_PARTNER.SHARE_PERCENT)
                .from(ACTIVITY_PARTNER).where(ACTIVITY_PARTNER.ACTIVITY_ID.in(activityIds)).fetch();
        Map<Long, String> names = partnerNames(links.map(r -> r.get(ACTIVITY_PARTNER.PARTNER_ID)));
        Map<Long, List<ActivityRow.PartnerCredit>> out = new HashMap<>();
        links.forEach(r -> out.computeIfAbsent(r.get(ACTIVITY_PARTNER.ACTIVITY_ID), k -> new ArrayList<>())
                .add(new ActivityRow.PartnerCredit(r.get(ACTIVITY_PARTNER.PARTNER_ID),
                        names.getOrDefault(r.get(ACTIVITY_PARTNER.PARTNER_ID), "#" + r.get(ACTIVITY_PARTNER.PARTNER_ID)),
                        PartnerRole.valueOf(r.get(ACTIVITY_PARTNER.ROLE)), r.get(ACTIVITY_PARTNER.SHARE_PERCENT))));
        out.values().forEach(list -> list.sort(Comparator.comparing(ActivityRow.PartnerCredit::role)
                .thenComparing(ActivityRow.PartnerCredit::name)));
        return out;
    }

    /** Partner names: the short name when there is one (IOM), else the name. */
    private Map<Long, String> partnerNames(Collection<Long> ids) {
        Set<Long> distinct = ids.stream().collect(Collectors.toSet());
        return directory.partnersByIds(distinct).stream().collect(Collectors.toMap(Partner::id,
                p -> p.shortName() == null || p.shortName().isBlank() ? p.name() : p.shortName()));
    }

    private Map<Long, String> userNames(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        ids.stream().filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> users.find(id).map(UserAccount::displayName).ifPresent(name -> out.put(id, name)));
        return out;
    }

    /** Counts and sums per purpose, per purpose and currency, per currency and overall, in one grouping-sets query. */
    private Totals totals(Condition where) {
        Field<Integer> gPurpose = DSL.grouping(ACTIVITY.PURPOSE_NUMBER);
        Field<Integer> gCurrency = DSL.grouping(ACTIVITY.BUDGET_CURRENCY);
        Field<Integer> count = DSL.count();
        Field<BigDecimal> budget = DSL.sum(ACTIVITY.BUDGET_AMOUNT);
        Field<BigDecimal> spent = DSL.sum(ACTIVITY.EXPENDITURE);
        var result = db.select(ACTIVITY.PURPOSE_NUMBER, ACTIVITY.BUDGET_CURRENCY, gPurpose, gCurrency, count, budget, spent)
                .from(ACTIVITY).where(where)
                .groupBy(DSL.groupingSets(new Field<?>[] {ACTIVITY.PURPOSE_NUMBER},
                        new Field<?>[] {ACTIVITY.PURPOSE_NUMBER, ACTIVITY.BUDGET_CURRENCY},
                        new Field<?>[] {ACTIVITY.BUDGET_CURRENCY}, new Field<?>[] {}))
                .orderBy(ACTIVITY.PURPOSE_NUMBER, ACTIVITY.BUDGET_CURRENCY.nullsLast())
                .fetch();
        Totals t = new Totals();
        result.forEach(r -> {
            boolean byPurpose = r.get(gPurpose) == 0;
            boolean byCurrency = r.get(gCurrency) == 0;
            MoneyTotal money = new MoneyTotal(r.get(ACTIVITY.BUDGET_CURRENCY), r.get(budget), r.get(spent));
            boolean hasMoney = money.currency() != null || money.expenditure() != null;
            if (byPurpose && !byCurrency) {
                t.counts.put(r.get(ACTIVITY.PURPOSE_NUMBER), r.get(count).longValue());
            } else if (byPurpose && hasMoney) {
                t.perPurpose.computeIfAbsent(r.get(ACTIVITY.PURPOSE_NUMBER), k -> new ArrayList<>()).add(money);
            } else if (!byPurpose && !byCurrency) {
                t.count = r.get(count);
            } else if (!byPurpose && hasMoney) {
                t.overall.add(money);
            }
        });
        return t;
    }

    private static final class Totals {
        long count;
        final Map<Integer, Long> counts = new HashMap<>();
        final Map<Integer, List<MoneyTotal>> perPurpose = new HashMap<>();
        final List<MoneyTotal> overall = new ArrayList<>();
    }

    /** The plan's purposes, for the purpose filter. */
    public List<Choice> purposes(WorkPlanHeader header) {
        return plans.find(header.planCode()).map(Plan::purposes).orElse(List.of()).stream()
                .map((Purpose p) -> new Choice(String.valueOf(p.number()), p.number() + " – " + p.title())).toList();
    }

    /** The partners of the work plan's activities, by name, for the partner filter. */
    public List<Choice> partners(long workPlanId) {
        List<Long> ids = db.selectDistinct(ACTIVITY_PARTNER.PARTNER_ID).from(ACTIVITY_PARTNER).join(ACTIVITY)
                .on(ACTIVITY.ID.eq(ACTIVITY_PARTNER.ACTIVITY_ID)).where(ACTIVITY.WORK_PLAN_ID.eq(workPlanId))
                .fetch(ACTIVITY_PARTNER.PARTNER_ID);
        return sorted(partnerNames(ids));
    }

    /** The countries the work plan's activities target, by name, for the country filter. */
    public List<Choice> countries(long workPlanId) {
        return db.selectDistinct(ACTIVITY_COUNTRY.COUNTRY_CODE).from(ACTIVITY_COUNTRY).join(ACTIVITY)
                .on(ACTIVITY.ID.eq(ACTIVITY_COUNTRY.ACTIVITY_ID)).where(ACTIVITY.WORK_PLAN_ID.eq(workPlanId))
                .fetch(ACTIVITY_COUNTRY.COUNTRY_CODE).stream()
                .map(code -> new Choice(code, directory.country(code).map(Country::name).orElse(code)))
                .sorted(Comparator.comparing(Choice::label)).toList();
    }

    /** The lead officers of the work plan's activities, by name, for the lead officer filter. */
    public List<Choice> leadOfficers(long workPlanId) {
        List<Long> ids = db.selectDistinct(ACTIVITY.LEAD_OFFICER_ID).from(ACTIVITY)
                .where(ACTIVITY.WORK_PLAN_ID.eq(workPlanId)).and(ACTIVITY.LEAD_OFFICER_ID.isNotNull())
                .fetch(ACTIVITY.LEAD_OFFICER_ID);
        return sorted(userNames(ids));
    }

    private static List<Choice> sorted(Map<Long, String> names) {
        return names.entrySet().stream().map(e -> new Choice(String.valueOf(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Choice::value))
                .toList();
    }
}
