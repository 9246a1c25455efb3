package org.kinerja.measurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Baseline;
import org.kinerja.indicator.Direction;
import org.kinerja.indicator.Disaggregation;
import org.kinerja.indicator.Frequency;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorInput;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.indicator.Measure;
import org.kinerja.indicator.Target;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.PageQuery;

/**
 * Plans of their own (2096–2097, with the purposes of SP-2021-22) and indicators on them for the value tests,
 * so that no shipped or demo data is touched.
 */
public final class ValueFixtures {

    public static final int START = 2096;
    public static final int END = 2097;

    private final PlanService plans;
    private final IndicatorService indicators;

    public ValueFixtures(PlanService plans, IndicatorService indicators) {
        this.plans = plans;
        this.indicators = indicators;
    }

    /** A new plan for 2096–2097 with SP-2021-22's purposes. */
    public Plan plan() {
        String code = "VT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return plans.create(new NewPlan(code, "A plan for value tests", START, END, "SP-2021-22"));
    }

    /** A MANUAL count (NUMBER, INCREASE) on the plan. */
    public Indicator count(Plan plan, Aggregation aggregation, Frequency frequency, String target) {
        return manual(plan, Measure.NUMBER, Direction.INCREASE, aggregation, frequency, target);
    }

    /** A MANUAL yearly NUMBER summed over periods, moving in {@code direction}. */
    public Indicator yearly(Plan plan, Direction direction, String target) {
        return manual(plan, Measure.NUMBER, direction, Aggregation.SUM, Frequency.ANNUAL, target);
    }

    /** A MANUAL percentage on the plan. */
    public Indicator share(Plan plan, Direction direction, Aggregation aggregation, Frequency frequency, String target) {
        return manual(plan, Measure.PERCENTAGE, direction, aggregation, frequency, target);
    }

    /** A MANUAL indicator on the plan under purpose 3 with the target given for each year. */
    public Indicator manual(Plan plan, Measure measure, Direction direction, Aggregation aggregation,
                            Frequency frequency, String target) {
        return create(plan, measure, direction, aggregation, frequency, target, "MANUAL");
    }

    /** An indicator on the plan under purpose 3, from {@code source}, with the target given for each year. */
    public Indicator create(Plan plan, Measure measure, Direction direction, Aggregation aggregation,
                            Frequency frequency, String target, String source) {
        int number = (int) indicators.indicators(plan.code(), null, PageQuery.of(0, 1)).total() + 1;
        boolean qualitative = measure == Measure.QUALITATIVE;
        List<Target> targets = new ArrayList<>();
        for (int y = plan.startYear(); y <= plan.endYear(); y++) {
            targets.add(new Target(y, qualitative ? null : new BigDecimal(target), qualitative ? "Two examples." : ""));
        }
        Baseline baseline = new Baseline(qualitative ? null : new BigDecimal("10"), plan.startYear() - 1,
                qualitative ? "None documented." : "Estimate.");
        return indicators.createIndicator(plan.code(), new IndicatorInput("P3." + number, "Value test " + number,
                "Counted for the value tests.", 3, null, measure == Measure.PERCENTAGE ? "%" : "items", measure,
                direction, aggregation, List.of(Disaggregation.SEX), baseline, targets, source, frequency, null,
                "Records.", false, null));
    }
}
