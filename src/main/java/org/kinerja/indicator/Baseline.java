package org.kinerja.indicator;

import java.math.BigDecimal;

/**
 * Where an indicator started: its value in a year up to the plan's first year.
 *
 * @param value the value, in the indicator's unit (0–100 for a percentage); may be empty for a qualitative
 *              indicator, whose note then says it
 * @param year  the year it was measured
 * @param note  how it was established, or the qualitative baseline
 */
public record Baseline(BigDecimal value, Integer year, String note) {
}
