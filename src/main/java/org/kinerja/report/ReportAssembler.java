package org.kinerja.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.kinerja.delivery.EventKind;
import org.kinerja.delivery.EventService;
import org.kinerja.delivery.Sex;
import org.kinerja.directory.BodyService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Forum;
import org.kinerja.directory.Member;
import org.kinerja.directory.Partner;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.measurement.Breakdown;
import org.kinerja.measurement.BreakdownRow;
import org.kinerja.measurement.Figure;
import org.kinerja.measurement.FigureScope;
import org.kinerja.measurement.FigureService;
import org.kinerja.measurement.IndicatorValueService;
import org.kinerja.measurement.IpttRow;
import org.kinerja.measurement.Period;
import org.kinerja.measurement.SourceDefinition;
import org.kinerja.plan.Plan;
import org.kinerja.plan.Principle;
import org.kinerja.plan.Purpose;
import org.kinerja.report.ReportData.ActivityCounts;
import org.kinerja.report.ReportData.ActivityLine;
import org.kinerja.report.ReportData.BudgetFigures;
import org.kinerja.report.ReportData.BudgetLine;
import org.kinerja.report.ReportData.CountLine;
import org.kinerja.report.ReportData.CurrencyAmount;
import org.kinerja.report.ReportData.DefinitionLine;
import org.kinerja.report.ReportData.EventLine;
import org.kinerja.report.ReportData.IndicatorLine;
import org.kinerja.report.ReportData.PartnerLine;
import org.kinerja.report.ReportData.PeopleTrained;
import org.kinerja.report.ReportData.PrincipleEvidence;
import org.kinerja.report.ReportData.PrincipleLine;
import org.kinerja.report.ReportData.PrincipleSection;
import org.kinerja.report.ReportData.ProductLine;
import org.kinerja.report.ReportData.ReportIndicator;
import org.kinerja.report.ReportData.ReportPurpose;
import org.kinerja.report.ReportData.RequestFigures;
import org.kinerja.report.ReportData.RequestSection;
import org.kinerja.report.ReportData.TrainingSection;
import org.kinerja.workplan.ActivityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every figure and table of one report: the computed figures and their breakdowns from measurement, the
 * indicators against their targets, and the lists the report prints (activities, events, products, partners,
 * principle evidence, requests) with read-only SQL over the work plan, delivery, knowledge and request schemas.
 * All of it is read in one read-only transaction, so the report is one consistent picture of the data.
 */
@Component
class ReportAssembler {

    /** Key of a gender marker line for activities without a marker (as the GENDER_MARKER breakdown keys them). */
    static final String NOT_RATED = "NOT_RATED";

    /** Start of a REQUESTER breakdown key naming a body ({@code BODY-12}); the Co-Chairs' key. */
    private static final String BODY_KEY = "BODY-";
    private static final String CO_CHAIRS_KEY = "CO_CHAIRS";

    private final DSLContext db;
    private final ObjectProvider<FigureService> figureService;
    private final ObjectProvider<IndicatorValueService> valueService;
    private final DirectoryService directory;
    private final BodyService bodies;
    private final EventService events;
    private final ActivityService activityService;
    private final NarrativeRepository narratives;
    private final Clock clock;
    private final int publicThreshold;

    ReportAssembler(DSLContext db, ObjectProvider<FigureService> figureService,
                    ObjectProvider<IndicatorValueService> valueService, DirectoryService directory,
                    BodyService bodies, EventService events, ActivityService activityService, NarrativeRepository narratives,
                    ObjectProvider<Clock> clock,
                    @Value("${kinerja.report.public-threshold:5}") int publicThreshold) {
        this.db = db;
        this.figureService = figureService;
        this.valueService = valueService;
        this.directory = directory;
        this.bodies = bodies;
        this.events = events;
        this.activityService = activityService;
        this.narratives = narratives;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.publicThreshold = publicThreshold;
    }

    int publicThreshold() {
        return publicThreshold;
    }

    @Transactional(readOnly = true)
    ReportData assemble(ReportType type, Plan plan, Period period, ReportAudience audience) {
        // the report's statements scan a year of attendances several times: PostgreSQL's JIT compilation costs
        // more than it saves on them, and hash aggregates fit in memory (performance-floors.md); for this
        // transaction only
        db.execute("set local jit = off");
        db.execute("set local work_mem = '64MB'");
        Instant generatedAt = clock.instant();
        FigureService figures = figureService.getObject();
        FigureScope scope = FigureScope.plan(plan.code());
        Map<ComputedSource, Figure> all = figures.figures(scope, period);
        Suppression suppress = audience == ReportAudience.PUBLIC ? new Suppression(publicThreshold) : Suppression.NONE;
        int half = period.half() == null ? 0 : period.half();
        Map<Integer, String> texts = narratives.texts(plan.code(), period.year(), half);

        List<ActivityLine> activities = activities(plan.code(), period.year());
        List<IpttRow> iptt = valueService.getObject().iptt(plan.code(), period);

        List<ReportPurpose> purposes = new ArrayList<>();
        for (Purpose purpose : plan.purposes()) {
            int number = purpose.number();
            List<ActivityLine> own = activities.stream().filter(a -> a.purposeNumber() == number).toList();
            List<ReportIndicator> indicators = iptt.stream().filter(r -> r.purposeNumber() == number)
                    .map(ReportAssembler::indicator).toList();
            purposes.add(new ReportPurpose(number, purpose.title(), purpose.description(),
                    texts.getOrDefault(number, ""), counts(own), indicators, own));
        }

        Map<String, Long> bySex = new LinkedHashMap<>();
        for (Sex sex : Sex.values()) {
            bySex.put(sex.name(), 0L);
        }
        breakdown(figures, ComputedSource.PEOPLE_TRAINED, Breakdown.SEX, scope, period)
                .forEach(row -> bySex.put(row.key(), count(row.value())));
        bySex.replaceAll((k, v) -> suppress.apply(v));
        List<CountLine> sexLines = bySex.entrySet().stream().map(e -> new CountLine(e.getKey(), e.getKey(), e.getValue()))
                .toList();

        List<BreakdownRow> byMemberRows = breakdown(figures, ComputedSource.PEOPLE_TRAINED, Breakdown.MEMBER, scope, period);
        Map<String, String> memberNames = directory.membersByCodes(byMemberRows.stream().map(BreakdownRow::key).toList())
                .stream().collect(Collectors.toMap(Member::code, Member::name, (a, b) -> a));
        List<CountLine> byMember = lines(byMemberRows, k -> memberNames.getOrDefault(k, k), suppress);
        List<CountLine> byAgencyType = lines(breakdown(figures, ComputedSource.PEOPLE_TRAINED, Breakdown.AGENCY_TYPE,
                scope, period), Function.identity(), suppress);

        Map<String, String> forumNames = directory.forums().stream()
                .collect(Collectors.toMap(f -> String.valueOf(f.id()), Forum::name, (a, b) -> a));
        List<CountLine> byForum = lines(breakdown(figures, ComputedSource.ENGAGEMENTS, Breakdown.FORUM, scope, period),
                k -> forumNames.getOrDefault(k, k), suppress);
        List<CountLine> byEngagementType = lines(breakdown(figures, ComputedSource.ENGAGEMENTS,
                Breakdown.ENGAGEMENT_TYPE, scope, period), Function.identity(), suppress);

        Figure women = all.get(ComputedSource.WOMEN_SHARE);
        BigDecimal womenShare = value(women);
        Long sexNotRecorded = suppress.apply(women == null ? 0 : women.notRecorded());
        long membersEngaged = count(all, ComputedSource.MEMBERS_ENGAGED);
        BigDecimal knowledgeGain = value(all.get(ComputedSource.KNOWLEDGE_GAIN));
        BigDecimal satisfiedShare = value(all.get(ComputedSource.SATISFIED_SHARE));
        long eventsHeld = count(all, ComputedSource.CAPACITY_EVENTS_HELD);
        long participantDays = count(all, ComputedSource.PARTICIPANT_DAYS);

        TrainingSection training = new TrainingSection(eventsHeld, participantDays,
                eventLines(plan.code(), period, suppress), sexLines, byMember, byAgencyType, knowledgeGain,
                satisfiedShare);
        PrincipleSection principles = new PrincipleSection(genderMarker(activities, suppress), womenShare,
                sexNotRecorded, membersEngaged, principleLines(plan, period.year()));
        List<CountLine> members = byMember.stream().filter(l -> !"NONE".equals(l.key())).toList();

        String currency = activityService.defaultCurrency();
        return new ReportData(type, plan.code(), plan.title(), period.year(), period.half(), audience,
                audience == ReportAudience.PUBLIC ? publicThreshold : null, generatedAt, period.from(), period.to(),
                texts.getOrDefault(0, ""),
                counts(activities),
                purposes,
                new PeopleTrained(count(all, ComputedSource.PEOPLE_TRAINED), bySex),
                womenShare, sexNotRecorded, knowledgeGain, satisfiedShare,
                eventsHeld, participantDays,
                count(all, ComputedSource.PRODUCTS_PUBLISHED), count(all, ComputedSource.ENGAGEMENTS),
                count(all, ComputedSource.FORUMS_ENGAGED),
                new RequestFigures(count(all, ComputedSource.REQUESTS_RECEIVED),
                        count(all, ComputedSource.REQUESTS_DELIVERED), value(all.get(ComputedSource.REQUESTS_ON_TIME_SHARE)),
                        value(all.get(ComputedSource.REQUEST_MEDIAN_DAYS))),
                membersEngaged,
                budget(activities, currency),
                requestSection(figures, scope, period, suppress),
                training,
                products(period),
                byForum,
                byEngagementType,
                principles,
                members,
                partners(plan.code(), period.year()),
                budgetByPurpose(plan, activities, currency),
                activities,
                iptt.stream().map(r -> new IndicatorLine(r.code(), r.name(), period.label(), r.actual(), r.source(),
                        r.valueStatus())).toList(),
                figures.catalogue().stream().map(ReportAssembler::definition).toList());
    }

    // ---- figures ------------------------------------------------------------------------------------------

    private static List<BreakdownRow> breakdown(FigureService figures, ComputedSource source, Breakdown by,
                                                FigureScope scope, Period period) {
        return figures.breakdown(source, by, scope, period);
    }

    private static List<CountLine> lines(List<BreakdownRow> rows, Function<String, String> label, Suppression suppress) {
        return rows.stream().map(r -> new CountLine(r.key(), label.apply(r.key()), suppress.apply(count(r.value()))))
                .toList();
    }

    private static long count(Map<ComputedSource, Figure> all, ComputedSource source) {
        return count(value(all.get(source)));
    }

    private static long count(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }

    private static BigDecimal value(Figure figure) {
        return figure == null ? null : figure.value();
    }

    private static ReportIndicator indicator(IpttRow r) {
        return new ReportIndicator(r.code(), r.name(), r.unit(), r.measure(), r.direction(), r.source(), r.baseline(),
                r.target(), r.actual(), r.percentOfTarget(), r.status() == null ? null : r.status().name(),
                r.valueStatus());
    }

    private static DefinitionLine definition(SourceDefinition d) {
        return new DefinitionLine(d.source().name(), d.name(), d.definition(), d.periodRule());
    }

    // ---- work plan ----------------------------------------------------------------------------------------

    private static final String ACTIVITIES_OF_YEAR = """
            from workplan.activity a join workplan.work_plan w on w.id = a.work_plan_id
            where w.plan_code = ? and w.year = ?""";

    /** Every activity of the plan year's work plan, by purpose and sequence. */
    private List<ActivityLine> activities(String planCode, int year) {
        return db.fetch("""
                select a.id, a.code, a.purpose_number, a.title, a.type, a.status, a.planned_start, a.planned_end,
                       a.actual_end, a.budget_amount, a.budget_currency, a.expenditure, a.gender_marker
                """ + ACTIVITIES_OF_YEAR + " order by a.purpose_number, a.sequence", planCode, year)
                .map(r -> new ActivityLine(r.get("id", Long.class), r.get("code", String.class),
                        r.get("purpose_number", Integer.class), r.get("title", String.class),
                        r.get("type", String.class), r.get("status", String.class),
                        r.get("planned_start", LocalDate.class), r.get("planned_end", LocalDate.class),
                        r.get("actual_end", LocalDate.class), r.get("budget_amount", BigDecimal.class),
                        r.get("budget_currency", String.class), r.get("expenditure", BigDecimal.class),
                        r.get("gender_marker", Integer.class)));
    }

    static ActivityCounts counts(Collection<ActivityLine> activities) {
        Map<String, Long> byStatus = activities.stream()
                .collect(Collectors.groupingBy(ActivityLine::status, Collectors.counting()));
        return new ActivityCounts(activities.size(), byStatus.getOrDefault("COMPLETED", 0L),
                byStatus.getOrDefault("IN_PROGRESS", 0L), byStatus.getOrDefault("POSTPONED", 0L),
                byStatus.getOrDefault("CANCELLED", 0L));
    }

    private static List<CountLine> genderMarker(List<ActivityLine> activities, Suppression suppress) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : List.of("0", "1", "2", NOT_RATED)) {
            counts.put(key, 0L);
        }
        for (ActivityLine a : activities) {
            counts.merge(a.genderMarker() == null ? NOT_RATED : String.valueOf(a.genderMarker()), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new CountLine(e.getKey(), e.getKey(), suppress.apply(e.getValue())))
                .toList();
    }

    /** Each principle of the plan with what the year's activities say they do for it (not-relevant ratings left out). */
    private List<PrincipleLine> principleLines(Plan plan, int year) {
        Map<Integer, List<PrincipleEvidence>> evidence = new TreeMap<>();
        db.fetch("""
                select p.principle_number, a.code, a.title, p.rating, p.evidence
                from workplan.activity_principle p join workplan.activity a on a.id = p.activity_id
                     join workplan.work_plan w on w.id = a.work_plan_id
                where w.plan_code = ? and w.year = ? and p.rating <> 'NOT_RELEVANT'
                order by p.principle_number, a.purpose_number, a.sequence""", plan.code(), year)
                .forEach(r -> evidence.computeIfAbsent(r.get("principle_number", Integer.class), k -> new ArrayList<>())
                        .add(new PrincipleEvidence(r.get("code", String.class), r.get("title", String.class),
                                r.get("rating", String.class), r.get("evidence", String.class))));
        List<PrincipleLine> lines = new ArrayList<>();
        for (Principle p : plan.principles()) {
            lines.add(new PrincipleLine(p.number(), p.title(), evidence.getOrDefault(p.number(), List.of())));
        }
        return lines;
    }

    /** Partners of the year's activities, the most involved first. */
    private List<PartnerLine> partners(String planCode, int year) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        db.fetch("select ap.partner_id, count(*) as activities from workplan.activity_partner ap "
                        + "join workplan.activity a on a.id = ap.activity_id "
                        + "join workplan.work_plan w on w.id = a.work_plan_id "
                        + "where w.plan_code = ? and w.year = ? group by ap.partner_id", planCode, year)
                .forEach(r -> counts.put(r.get("partner_id", Long.class), r.get("activities", Long.class)));
        Map<Long, String> names = directory.partnersByIds(counts.keySet()).stream()
                .collect(Collectors.toMap(Partner::id, Partner::name));
        return counts.entrySet().stream()
                .map(e -> new PartnerLine(e.getKey(), names.getOrDefault(e.getKey(), String.valueOf(e.getKey())), e.getValue()))
                .sorted((a, b) -> a.activities() != b.activities() ? Long.compare(b.activities(), a.activities())
                        : a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    /**
     * Budget and expenditure of the year's activities in the reporting currency (the work plan's default
     * currency); other currencies beside. As BUDGET_EXECUTION counts them: a cancelled activity's budget is what
     * it spent, and expenditure recorded without a budget currency is left out.
     */
    private static BudgetFigures budget(List<ActivityLine> activities, String currency) {
        Map<String, BigDecimal[]> sums = sums(activities, currency);
        BigDecimal[] own = sums.getOrDefault(currency, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        List<CurrencyAmount> others = sums.entrySet().stream().filter(e -> !e.getKey().equals(currency))
                .map(e -> new CurrencyAmount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new BudgetFigures(own[0], own[1], currency, share(own[1], own[0]), others);
    }

    private static List<BudgetLine> budgetByPurpose(Plan plan, List<ActivityLine> activities, String currency) {
        List<BudgetLine> lines = new ArrayList<>();
        for (Purpose purpose : plan.purposes()) {
            List<ActivityLine> own = activities.stream().filter(a -> a.purposeNumber() == purpose.number()).toList();
            sums(own, currency).forEach((cur, s) -> lines.add(new BudgetLine(purpose.number(), purpose.title(), cur,
                    s[0], s[1], share(s[1], s[0]))));
        }
        return lines;
    }

    /** Planned and spent per currency, the reporting currency first, then by code. */
    private static Map<String, BigDecimal[]> sums(List<ActivityLine> activities, String currency) {
        Map<String, BigDecimal[]> sums = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(currency) ? -1 : b.equals(currency) ? 1 : a.compareTo(b));
        for (ActivityLine a : activities) {
            if (a.currency() == null) {
                continue;
            }
            BigDecimal spent = Objects.requireNonNullElse(a.expenditure(), BigDecimal.ZERO);
            BigDecimal planned = "CANCELLED".equals(a.status()) ? spent
                    : Objects.requireNonNullElse(a.budget(), BigDecimal.ZERO);
            BigDecimal[] s = sums.computeIfAbsent(a.currency(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(planned);
            s[1] = s[1].add(spent);
        }
        return sums;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    // ---- delivery, knowledge, requests ----------------------------------------------------------------------

    /** Capacity-building events of the plan's activities held in the period (by end date), with their participants. */
    private List<EventLine> eventLines(String planCode, Period period, Suppression suppress) {
        String[] kinds = events.capacityBuildingKinds().stream().map(EventKind::name).sorted().toArray(String[]::new);
        return db.fetch("""
                select e.id, e.title, e.kind, e.end_date, e.city, e.country_code,
                       (select count(*) from delivery.attendance t
                        where t.event_id = e.id and t.role = 'PARTICIPANT') as participants
                from delivery.event e join workplan.activity a on a.id = e.activity_id
                     join workplan.work_plan w on w.id = a.work_plan_id
                where w.plan_code = ? and e.status = 'HELD' and e.kind = any(?) and e.end_date between ? and ?
                order by e.end_date, e.id""", planCode, kinds, period.from(), period.to())
                .map(r -> new EventLine(r.get("id", Long.class), r.get("title", String.class), r.get("kind", String.class),
                        r.get("end_date", LocalDate.class), place(r),
                        suppress.apply(r.get("participants", Long.class))));
    }

    private static String place(Record r) {
        String city = r.get("city", String.class);
        String country = r.get("country_code", String.class);
        String text = java.util.stream.Stream.of(city, country).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    /** Knowledge products published in the period (by publication date). */
    private List<ProductLine> products(Period period) {
        return db.fetch("""
                select id, title, type, publication_date, public_url from knowledge.product
                where stage = 'PUBLISHED' and publication_date between ? and ?
                order by publication_date, id""", period.from(), period.to())
                .map(r -> new ProductLine(r.get("id", Long.class), r.get("title", String.class), r.get("type", String.class),
                        r.get("publication_date", LocalDate.class), r.get("public_url", String.class)));
    }

    /**
     * Purpose 1's section. Open and overdue are counted as of the period's last day (or today, while the period
     * runs): requests received by then and neither delivered nor closed by then; overdue ones are past their due
     * date. Types and requesters are those of the requests received in the period: REQUESTS_RECEIVED broken down
     * by REQUEST_TYPE and REQUESTER, the most frequent first, so each line's key names its drill-down.
     */
    private RequestSection requestSection(FigureService figures, FigureScope scope, Period period, Suppression suppress) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        Record open = db.fetchOne("""
                select count(*) as open, count(*) filter (where due_date < ?) as overdue
                from request.member_request
                where received_date <= ? and (least(delivered_date, closed_date) is null
                                              or least(delivered_date, closed_date) > ?)""", asOf, asOf, asOf);
        List<CountLine> byType = mostFirst(breakdown(figures, ComputedSource.REQUESTS_RECEIVED, Breakdown.REQUEST_TYPE,
                scope, period), Function.identity(), suppress);
        List<BreakdownRow> requesters = breakdown(figures, ComputedSource.REQUESTS_RECEIVED, Breakdown.REQUESTER, scope,
                period);
        List<CountLine> byRequester = mostFirst(requesters, requesterNames(requesters), suppress);
        return new RequestSection(open.get("open", Long.class), open.get("overdue", Long.class), byType, byRequester);
    }

    /** Lines of a breakdown, the largest count first and equal counts by label. */
    private static List<CountLine> mostFirst(List<BreakdownRow> rows, Function<String, String> label, Suppression suppress) {
        return lines(rows.stream().sorted(Comparator.comparing(BreakdownRow::value, Comparator.reverseOrder())
                .thenComparing(r -> label.apply(r.key()))).toList(), label, suppress);
    }

    /**
     * The names of the requesters of a REQUESTER breakdown: the member's name for a member code, the body's name
     * for {@code BODY-<id>}; the Co-Chairs (and any name not found) keep their key.
     */
    private Function<String, String> requesterNames(List<BreakdownRow> rows) {
        Map<String, String> names = new HashMap<>();
        List<String> memberCodes = new ArrayList<>();
        boolean anyBody = false;
        for (BreakdownRow row : rows) {
            String key = row.key();
            if (key.startsWith(BODY_KEY)) {
                anyBody = true;
            } else if (!CO_CHAIRS_KEY.equals(key)) {
                memberCodes.add(key);
            }
        }
        // one read of the directory's bodies and one of the members named, whatever the number of lines
        if (anyBody) {
            bodies.refs().forEach(b -> names.put(BODY_KEY + b.id(), b.name()));
        }
        directory.membersByCodes(memberCodes).forEach(m -> names.put(m.code(), m.name()));
        return key -> names.getOrDefault(key, key);
    }

    /** PUBLIC reports store disaggregated counts from 1 to threshold − 1 as {@code null} (shown as "&lt;5"). */
    record Suppression(int threshold) {

        static final Suppression NONE = new Suppression(0);

        Long apply(long count) {
            return count >= 1 && count < threshold ? null : count;
        }

        Long apply(Long count) {
            return count == null ? null : apply(count.longValue());
        }
    }
}
