package org.kinerja.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds indicator input for tests: {@code Indicators.anIndicator().inPurpose(2).forYears(2031, 2032).build()}.
 * By default a count under purpose 2 (code {@code P2.1}) with a baseline of 100 in 2020 and targets of 120
 * and 140 for 2021 and 2022.
 */
public final class Indicators {

    private String code;
    private String name = "People trained";
    private String definition = "Distinct people trained.";
    private int purpose = 2;
    private String outcome;
    private String unit = "people";
    private Measure measure = Measure.NUMBER;
    private Direction direction = Direction.INCREASE;
    private Aggregation aggregation = Aggregation.SUM;
    private List<Disaggregation> disaggregations = List.of(Disaggregation.SEX);
    private Baseline baseline = new Baseline(new BigDecimal("100"), 2020, "Estimate.");
    private List<Target> targets = List.of(target(2021, "120"), target(2022, "140"));
    private String source = "MANUAL";
    private Frequency frequency = Frequency.QUARTERLY;
    private Long responsible;
    private String meansOfVerification = "Attendance lists.";
    private boolean proposed;
    private Integer version;

    private Indicators() {
    }

    public static Indicators anIndicator() {
        return new Indicators();
    }

    public static Target target(int year, String value) {
        return new Target(year, value == null ? null : new BigDecimal(value), "");
    }

    public Indicators inPurpose(int number) {
        this.purpose = number;
        return this;
    }

    public Indicators withCode(String code) {
        this.code = code;
        return this;
    }

    public Indicators named(String name) {
        this.name = name;
        return this;
    }

    public Indicators measuring(String outcomeCode) {
        this.outcome = outcomeCode;
        return this;
    }

    public Indicators asPercentage(Aggregation aggregation) {
        this.measure = Measure.PERCENTAGE;
        this.aggregation = aggregation;
        this.unit = "%";
        this.baseline = new Baseline(new BigDecimal("40"), baseline == null ? 2020 : baseline.year(), "");
        List<Target> shares = new ArrayList<>();
        for (Target t : targets) {
            shares.add(new Target(t.year(), new BigDecimal("50"), ""));
        }
        this.targets = shares;
        return this;
    }

    public Indicators qualitative() {
        this.measure = Measure.QUALITATIVE;
        this.aggregation = Aggregation.LATEST;
        this.unit = "examples";
        this.baseline = new Baseline(null, baseline == null ? 2020 : baseline.year(), "None documented.");
        this.targets = List.of();
        return this;
    }

    public Indicators aggregatedBy(Aggregation aggregation) {
        this.aggregation = aggregation;
        return this;
    }

    /** A baseline in the year before {@code start} and targets of 120, 140 … for each year. */
    public Indicators forYears(int start, int end) {
        this.baseline = baseline == null ? null : new Baseline(baseline.value(), start - 1, baseline.note());
        List<Target> list = new ArrayList<>();
        for (int year = start; year <= end; year++) {
            list.add(new Target(year, measure == Measure.PERCENTAGE ? new BigDecimal("50")
                    : BigDecimal.valueOf(100 + 20L * (year - start + 1)), ""));
        }
        this.targets = measure == Measure.QUALITATIVE ? List.of() : list;
        return this;
    }

    public Indicators withBaseline(Baseline baseline) {
        this.baseline = baseline;
        return this;
    }

    public Indicators withTargets(Target... targets) {
        this.targets = List.of(targets);
        return this;
    }

    public Indicators withTargetList(List<Target> targets) {
        this.targets = targets;
        return this;
    }

    public Indicators withDisaggregations(Disaggregation... disaggregations) {
        this.disaggregations = List.of(disaggregations);
        return this;
    }

    public Indicators fromSource(String source) {
        this.source = source;
        return this;
    }

    public Indicators responsible(Long userId) {
        this.responsible = userId;
        return this;
    }

    public Indicators proposed() {
        this.proposed = true;
        return this;
    }

    public Indicators withMeansOfVerification(String text) {
        this.meansOfVerification = text;
        return this;
    }

    public Indicators atVersion(Integer version) {
        this.version = version;
        return this;
    }

    public IndicatorInput build() {
        return new IndicatorInput(code != null ? code : "P" + purpose + ".1", name, definition, purpose, outcome, unit,
                measure, direction, aggregation, disaggregations, baseline, targets, source, frequency, responsible,
                meansOfVerification, proposed, version);
    }
}
