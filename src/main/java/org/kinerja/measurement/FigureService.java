package org.kinerja.measurement;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kinerja.delivery.EventService;
import org.kinerja.indicator.ComputedSource;
import org.kinerja.measurement.internal.FigureQueries;
import org.kinerja.measurement.internal.SourceCatalogue;
import org.kinerja.measurement.internal.SourceSpec;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The computed figures of the indicator catalogue: each source is one set-based SQL query over the work plan,
 * delivery, knowledge, outreach and request records (read-only), with its definition and period rule as
 * {@code docs/indicators.md} shows them.
 */
@Service
@Transactional(readOnly = true)
public class FigureService {

    private final FigureQueries queries;
    private final PlanService plans;
    private final EventService events;
    private final ActivityService activities;
    private final MessageSource messages;

    FigureService(FigureQueries queries, PlanService plans, EventService events, ActivityService activities,
                  MessageSource messages) {
        this.queries = queries;
        this.plans = plans;
        this.events = events;
        this.activities = activities;
        this.messages = messages;
    }

    /** Every computed source's catalogue entry, in the order of {@link ComputedSource}. */
    public List<SourceDefinition> catalogue() {
        return Arrays.stream(ComputedSource.values()).map(this::definition).toList();
    }

    public SourceDefinition definition(ComputedSource source) {
        SourceSpec spec = SourceCatalogue.spec(source);
        String key = "measurement.source." + source.name();
        return new SourceDefinition(source, text(key + ".name"), text(key + ".definition"), text(key + ".periodRule"),
                text(key + ".unit"), spec.measure(), spec.aggregation(), spec.breakdownList());
    }

    /** One figure. */
    public Figure figure(ComputedSource source, FigureScope scope, Period period) {
        return queries.figure(SourceCatalogue.spec(source), binds(scope, period));
    }

    /** Every source's figure for a scope and period, in one query. */
    public Map<ComputedSource, Figure> figures(FigureScope scope, Period period) {
        return queries.figures(SourceCatalogue.all(), binds(scope, period));
    }

    /** A figure broken down; 422 (field {@code breakdown}) when the source does not support the breakdown. */
    public List<BreakdownRow> breakdown(ComputedSource source, Breakdown by, FigureScope scope, Period period) {
        SourceSpec spec = supported(source, by);
        return queries.breakdown(spec, by, binds(scope, period));
    }

    /**
     * The records behind a figure (or behind one line of its breakdown when {@code by} and {@code key} are
     * given), paged, for drill-down lists. A key needs a breakdown (422 on {@code key}).
     */
    public ListPage<FigureRecord> records(ComputedSource source, FigureScope scope, Period period, Breakdown by,
                                          String key, PageQuery page) {
        String k = key == null || key.isBlank() ? null : key.strip();
        if (k != null && by == null) {
            throw InvalidInputException.of("key", "measurement.key.withoutBreakdown");
        }
        SourceSpec spec = by == null ? SourceCatalogue.spec(source) : supported(source, by);
        return queries.records(spec, by, k, binds(scope, period), page == null ? PageQuery.of(null, null) : page);
    }

    private SourceSpec supported(ComputedSource source, Breakdown by) {
        SourceSpec spec = SourceCatalogue.spec(source);
        if (by == null) {
            throw InvalidInputException.of("breakdown", "validation.required");
        }
        if (!spec.breakdowns().containsKey(by)) {
            throw InvalidInputException.of("breakdown", "measurement.breakdown.unsupported", by.name(), source.name());
        }
        return spec;
    }

    private FigureQueries.Binds binds(FigureScope scope, Period period) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(scope != null && scope.planCode() != null && !scope.planCode().isBlank(), "plan",
                "validation.required");
        errors.check(period != null, "period", "validation.required");
        errors.throwIfAny();
        Plan plan = plans.find(scope.planCode().strip())
                .orElseThrow(() -> new NotFoundException("plan.notFound", scope.planCode().strip()));
        Integer purpose = scope.purposeNumber();
        if (purpose != null && plan.purpose(purpose).isEmpty()) {
            throw InvalidInputException.of("purpose", "measurement.purpose.unknown", String.valueOf(purpose), plan.code());
        }
        List<String> kinds = events.capacityBuildingKinds().stream().map(Enum::name).sorted().toList();
        return new FigureQueries.Binds(plan.code(), purpose, period, kinds, activities.defaultCurrency());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
