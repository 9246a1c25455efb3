package org.kinerja.indicator;

import java.math.BigDecimal;

/**
 * What an indicator should reach in one year of its plan.
 *
 * @param year  a year of the plan
 * @param value the value, in the indicator's unit (0–100 for a percentage); may be empty for a qualitative
 *              indicator, whose note then says it
 * @param note  a remark, or the qualitative target
 */
public record Target(Integer year, BigDecimal value, String note) {
}
