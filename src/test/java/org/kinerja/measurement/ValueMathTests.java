package org.kinerja.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Direction;
import org.kinerja.indicator.Frequency;
import org.kinerja.indicator.Measure;

/** The arithmetic of values: periods within a span, aggregation and progress against a target. */
class ValueMathTests {

    private static final ValueMath.Thresholds DEFAULTS = new ValueMath.Thresholds(new BigDecimal("100"),
            new BigDecimal("75"), new BigDecimal("5"));

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aYearHoldsFourQuartersTwoHalvesOrItselfAndAHalfHoldsTwoQuarters() {
        assertThat(ValueMath.periodsWithin(Frequency.QUARTERLY, Period.ofYear(2021))).extracting(Period::label)
                .containsExactly("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4");
        assertThat(ValueMath.periodsWithin(Frequency.QUARTERLY, Period.ofHalf(2021, 2))).extracting(Period::label)
                .containsExactly("2021-Q3", "2021-Q4");
        assertThat(ValueMath.periodsWithin(Frequency.SEMI_ANNUAL, Period.ofYear(2021))).extracting(Period::label)
                .containsExactly("2021-H1", "2021-H2");
        assertThat(ValueMath.periodsWithin(Frequency.ANNUAL, Period.ofYear(2021))).extracting(Period::label)
                .containsExactly("2021");
        assertThat(ValueMath.periodsWithin(Frequency.ANNUAL, Period.ofHalf(2021, 1))).isEmpty();
    }

    @Test
    void ratiosAreRecomputedFromTheirPartsNeverAveraged() {
        List<ValueMath.Part> quarterAndThreeQuarters = List.of(new ValueMath.Part(n("25"), n("1"), n("4")),
                new ValueMath.Part(n("75"), n("3"), n("4")));
        assertThat(ValueMath.combine(Aggregation.RATIO, Measure.PERCENTAGE, quarterAndThreeQuarters))
                .isEqualByComparingTo("50");
        List<ValueMath.Part> uneven = List.of(new ValueMath.Part(n("50"), n("1"), n("2")),
                new ValueMath.Part(n("75"), n("3"), n("4")));
        assertThat(ValueMath.combine(Aggregation.RATIO, Measure.PERCENTAGE, uneven))
                .as("4/6, not the mean 62.5").isEqualByComparingTo("66.6667");
        assertThat(ValueMath.combine(Aggregation.AVERAGE, Measure.PERCENTAGE, uneven)).isEqualByComparingTo("62.5");
        assertThat(ValueMath.combine(Aggregation.SUM, Measure.NUMBER, uneven)).isEqualByComparingTo("125");
        assertThat(ValueMath.combine(Aggregation.LATEST, Measure.NUMBER, uneven)).isEqualByComparingTo("75");
        assertThat(ValueMath.combine(Aggregation.SUM, Measure.NUMBER, List.of())).isNull();
    }

    @Test
    void progressHonoursTheDirectionAndComparesDirectlyWhenNothingCanBeDividedBy() {
        assertThat(ValueMath.status(Direction.INCREASE, n("100"), n("100"), DEFAULTS)).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(ValueMath.status(Direction.INCREASE, n("100"), n("75"), DEFAULTS)).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(ValueMath.status(Direction.INCREASE, n("100"), n("74.9"), DEFAULTS)).isEqualTo(ProgressStatus.BEHIND);
        assertThat(ValueMath.status(Direction.INCREASE, null, n("10"), DEFAULTS)).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(ValueMath.status(Direction.INCREASE, n("0"), n("3"), DEFAULTS)).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(ValueMath.status(Direction.DECREASE, n("5"), n("0"), DEFAULTS)).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(ValueMath.percentOfTarget(Direction.DECREASE, n("10"), n("20"))).isEqualByComparingTo("50.0");
        assertThat(ValueMath.status(Direction.DECREASE, n("10"), n("20"), DEFAULTS)).isEqualTo(ProgressStatus.BEHIND);
        assertThat(ValueMath.status(Direction.MAINTAIN, n("85"), n("95"), DEFAULTS)).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(ValueMath.status(Direction.MAINTAIN, n("100"), n("94.9"), DEFAULTS)).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void thresholdsOutOfOrderStopTheApplicationFromStarting() {
        assertThatThrownBy(() -> new ValueMath.Thresholds(n("75"), n("80"), n("5")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("on-track-percent");
    }
}
