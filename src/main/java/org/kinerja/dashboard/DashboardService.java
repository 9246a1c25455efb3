package org.kinerja.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.kinerja.delivery.Sex;
import org.kinerja.measurement.ProgressStatus;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.Purpose;
import org.kinerja.request.MemberRequestService;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.workplan.ActivityStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures of a year, read from the rollups (a few small rows per year; never the attendances),
 * and the years it can show. What each figure counts is in {@code docs/dashboard.md}.
 */
@Service
public class DashboardService {

    private final RollupRepository rollups;
    private final RollupRefresher refresher;
    private final PlanService plans;
    private final MemberRequestService requests;

    DashboardService(RollupRepository rollups, RollupRefresher refresher, PlanService plans,
                     MemberRequestService requests) {
        this.rollups = rollups;
        this.refresher = refresher;
        this.plans = plans;
        this.requests = requests;
    }

    /** The year the home page opens on: the current year when the current plan covers it, else the latest plan's last year. */
    @Transactional(readOnly = true)
    public int defaultYear() {
        return RollupRefresher.defaultYear(plans);
    }

    /** The years the dashboard has figures of, and the default year, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(rollups.builtYears());
        years.add(defaultYear());
        return List.copyOf(years);
    }

    /** Whether a change is waiting to be counted, or being counted, on this node. */
    public boolean updating() {
        return refresher.busy();
    }

    /** The figures of {@code year} (2000 to 2100, else 422 on {@code year}) as of the last rebuild of its rollups. */
    @Transactional(readOnly = true)
    public Dashboard figures(int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "dashboard.year.invalid", "2000", "2100");
        }
        Optional<Plan> plan = plans.current(year).filter(p -> p.startYear() <= year && year <= p.endYear());
        String code = plan.map(Plan::code).orElse(RollupRepository.YEAR_PLAN);
        List<RollupRepository.Build> builds = rollups.builds(year);
        OffsetDateTime asOf = builds.stream().map(RollupRepository.Build::builtAt).min(Comparator.naturalOrder())
                .orElse(null);
        String indicatorsFailure = builds.stream().filter(b -> b.rollup().equals(RollupRepository.INDICATORS))
                .map(RollupRepository.Build::failure).filter(Objects::nonNull).findFirst().orElse(null);
        Counts counts = new Counts(rollups.activities(year, code), rollups.eventsHeld(year, code),
                rollups.peopleTrained(year, code), rollups.productsPublished(year, code), rollups.engagements(year, code),
                rollups.indicators(year, code));
        List<Dashboard.PurposeFigures> purposes = new ArrayList<>();
        for (Purpose p : plan.map(Plan::purposes).orElse(List.of())) {
            purposes.add(new Dashboard.PurposeFigures(p.number(), p.title(), counts.figures(p.number())));
        }
        RollupRepository.RequestCounts r = rollups.requests(year, LocalDate.now(), requests.acknowledgeDays());
        Map<String, Long> openByStatus = zeros(RollupRepository.OPEN);
        r.openByStatus().forEach(c -> openByStatus.merge(c.key(), c.count(), Long::sum));
        long open = openByStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Dashboard(year,
                plan.map(p -> new Dashboard.PlanRef(p.code(), p.title(), p.startYear(), p.endYear())).orElse(null),
                asOf, refresher.busy(), plan.map(p -> rollups.workPlanId(year, p.code())).orElse(null),
                counts.figures(null), purposes, new Dashboard.Requests(r.received(), open, openByStatus, r.overdue()),
                indicatorsFailure);
    }

    /** The rows of one year and plan, cut per scope: a purpose, or {@code null} for the whole year. */
    private record Counts(List<RollupRepository.Count> activities, List<RollupRepository.Count> events,
                          List<RollupRepository.Count> people, List<RollupRepository.Count> products,
                          List<RollupRepository.Count> engagements, List<RollupRepository.Count> indicators) {

        Dashboard.Figures figures(Integer purpose) {
            // activities and indicators have no whole-year row: every one belongs to a purpose of the plan
            Map<String, Long> byStatus = byKey(activities, purpose, names(ActivityStatus.values(), ActivityStatus::name));
            Map<String, Long> bySex = byKey(people, scope(purpose), names(Sex.values(), Sex::name));
            Map<String, Long> byProgress = byKey(indicators, purpose, names(ProgressStatus.values(), ProgressStatus::name));
            return new Dashboard.Figures(byStatus, sum(byStatus), total(events, scope(purpose)), bySex, sum(bySex),
                    total(products, scope(purpose)), total(engagements, scope(purpose)), byProgress, sum(byProgress));
        }

        private static int scope(Integer purpose) {
            return purpose == null ? RollupRepository.YEAR_PURPOSE : purpose;
        }

        private static Map<String, Long> byKey(List<RollupRepository.Count> rows, Integer purpose, List<String> keys) {
            Map<String, Long> result = zeros(keys);
            for (RollupRepository.Count c : rows) {
                if (purpose == null || c.purpose() == purpose) {
                    result.merge(c.key(), c.count(), Long::sum);
                }
            }
            return result;
        }

        private static long total(List<RollupRepository.Count> rows, int purpose) {
            return rows.stream().filter(c -> c.purpose() == purpose).mapToLong(RollupRepository.Count::count).sum();
        }

        private static long sum(Map<String, Long> counts) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        private static <E> List<String> names(E[] values, Function<E, String> name) {
            return java.util.Arrays.stream(values).map(name).toList();
        }
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, 0L));
        return result;
    }
}
