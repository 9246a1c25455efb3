package org.kinerja.measurement;

import org.kinerja.indicator.ComputedSource;

import java.math.BigDecimal;

/**
 * One computed figure for a scope and period.
 *
 * @param source      what was computed
 * @param period      the period
 * @param value       the figure (a count, a percentage 0–100 with two decimals, a mean, a median), or
 *                    {@code null} when there is nothing to compute it from (a share of no answers)
 * @param numerator   for ratios and means the sum above the line (women, satisfied answers, sum of gains,
 *                    on-time deliveries, expenditure), else {@code null}
 * @param denominator for ratios, means and medians the count or sum below the line (people trained whose sex
 *                    is recorded, answers, attendances with both scores, deliveries, budget), else
 *                    {@code null}
 * @param notRecorded records left out because the needed field is not recorded (people trained whose sex is
 *                    NOT_RECORDED for WOMEN_SHARE; activities budgeted in another currency for
 *                    BUDGET_EXECUTION), 0 when none
 */
public record Figure(ComputedSource source, Period period, BigDecimal value, BigDecimal numerator,
                     BigDecimal denominator, long notRecorded) {
}
