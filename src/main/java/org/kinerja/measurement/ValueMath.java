package org.kinerja.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.kinerja.indicator.Aggregation;
import org.kinerja.indicator.Direction;
import org.kinerja.indicator.Frequency;
import org.kinerja.indicator.Measure;

/**
 * The arithmetic of indicator values: which periods of an indicator's frequency make up a span, how their
 * values combine into the span's value, and how an actual stands against its target. See {@code docs/values.md}.
 */
final class ValueMath {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The value of one period, for combining: a number, or the parts of a ratio. */
    record Part(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    }

    /** What counts as achieved and on track: percentages of target, and MAINTAIN's allowed shortfall. */
    record Thresholds(BigDecimal achieved, BigDecimal onTrack, BigDecimal maintainTolerance) {

        Thresholds {
            if (onTrack.signum() <= 0 || onTrack.compareTo(achieved) >= 0 || maintainTolerance.signum() < 0
                    || maintainTolerance.compareTo(HUNDRED) >= 0) {
                throw new IllegalStateException("kinerja.measurement thresholds need 0 < on-track-percent < "
                        + "achieved-percent and 0 <= maintain-tolerance-percent < 100; they are " + onTrack + ", "
                        + achieved + " and " + maintainTolerance);
            }
        }
    }

    private ValueMath() {
    }

    /**
     * The periods of {@code frequency} that lie within {@code span}, in order: the four quarters of a year, the
     * two quarters of a half; none when the span is shorter than the frequency's period (a quarter holds no
     * half).
     */
    static List<Period> periodsWithin(Frequency frequency, Period span) {
        List<Period> out = new ArrayList<>();
        int year = span.year();
        switch (frequency) {
            case ANNUAL -> {
                if (span.half() == null && span.quarter() == null) {
                    out.add(Period.ofYear(year));
                }
            }
            case SEMI_ANNUAL -> {
                if (span.half() != null) {
                    out.add(span);
                } else if (span.quarter() == null) {
                    out.add(Period.ofHalf(year, 1));
                    out.add(Period.ofHalf(year, 2));
                }
            }
            case QUARTERLY -> {
                if (span.quarter() != null) {
                    out.add(span);
                } else {
                    int first = span.half() == null ? 1 : span.half() * 2 - 1;
                    int last = span.half() == null ? 4 : span.half() * 2;
                    for (int q = first; q <= last; q++) {
                        out.add(Period.ofQuarter(year, q));
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code period} is one of {@code frequency}'s: a year, a half or a quarter. */
    static boolean fits(Frequency frequency, Period period) {
        return switch (frequency) {
            case ANNUAL -> period.half() == null && period.quarter() == null;
            case SEMI_ANNUAL -> period.half() != null;
            case QUARTERLY -> period.quarter() != null;
        };
    }

    /** A ratio's value: numerator ÷ denominator, as a percentage for PERCENTAGE indicators; 4 decimals. */
    static BigDecimal ratio(Measure measure, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal top = measure == Measure.PERCENTAGE ? numerator.multiply(HUNDRED) : numerator;
        return top.divide(denominator, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * The value of a span from the values of its periods (in period order) as the aggregation says: SUM adds
     * them, LATEST takes the last, AVERAGE their mean, RATIO adds numerators and denominators separately and
     * divides — never an average of percentages. {@code null} when no period has a value.
     */
    static BigDecimal combine(Aggregation aggregation, Measure measure, List<Part> parts) {
        List<Part> known = parts.stream().filter(p -> p.value() != null
                || (p.numerator() != null && p.denominator() != null)).toList();
        if (known.isEmpty()) {
            return null;
        }
        return switch (aggregation) {
            case SUM -> known.stream().map(Part::value).filter(v -> v != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
            case LATEST -> known.get(known.size() - 1).value();
            case AVERAGE -> {
                List<BigDecimal> values = known.stream().map(Part::value).filter(v -> v != null).toList();
                yield values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP).stripTrailingZeros();
            }
            case RATIO -> {
                List<Part> ratios = known.stream().filter(p -> p.numerator() != null && p.denominator() != null).toList();
                BigDecimal numerator = ratios.stream().map(Part::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal denominator = ratios.stream().map(Part::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield denominator.signum() == 0 ? null : ratio(measure, numerator, denominator);
            }
        };
    }

    /**
     * The actual as a percentage of the target, one decimal, with the direction honoured: INCREASE and
     * MAINTAIN actual ÷ target, DECREASE target ÷ actual (below target is better). {@code null} when either is
     * missing or the divisor is 0.
     */
    static BigDecimal percentOfTarget(Direction direction, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return null;
        }
        BigDecimal top = direction == Direction.DECREASE ? target : actual;
        BigDecimal bottom = direction == Direction.DECREASE ? actual : target;
        if (bottom.signum() == 0) {
            return null;
        }
        return top.multiply(HUNDRED).divide(bottom, 1, RoundingMode.HALF_UP);
    }

    /**
     * How the actual stands: NO_DATA without an actual or a target; ACHIEVED at the achieved threshold of the
     * percentage of target (MAINTAIN: within the tolerance below the target, or above it), ON_TRACK at the
     * on-track threshold, else BEHIND. When the percentage cannot be computed (a target or actual of 0) the
     * actual is compared with the target directly.
     */
    static ProgressStatus status(Direction direction, BigDecimal target, BigDecimal actual, Thresholds thresholds) {
        if (target == null || actual == null) {
            return ProgressStatus.NO_DATA;
        }
        BigDecimal percent = percentOfTarget(direction, target, actual);
        if (percent == null) {
            boolean reached = direction == Direction.DECREASE ? actual.compareTo(target) <= 0
                    : actual.compareTo(target) >= 0;
            return reached ? ProgressStatus.ACHIEVED : ProgressStatus.BEHIND;
        }
        BigDecimal achieved = direction == Direction.MAINTAIN
                ? HUNDRED.subtract(thresholds.maintainTolerance()) : thresholds.achieved();
        if (percent.compareTo(achieved) >= 0) {
            return ProgressStatus.ACHIEVED;
        }
        return percent.compareTo(thresholds.onTrack()) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
    }
}
