package org.kinerja.measurement;

import java.math.BigDecimal;

/**
 * A value entered for an indicator and period. A NUMBER or PERCENTAGE indicator takes {@code value} (a RATIO
 * one {@code numerator} and {@code denominator}, from which the value is computed); a QUALITATIVE one takes
 * {@code text}; a computed indicator takes neither (its number comes from the records) — only the period, a
 * comment and an evidence link, to put its value through approval.
 *
 * @param period      {@code 2021}, {@code 2021-H1} or {@code 2021-Q3}, as the indicator's frequency says
 * @param value       the number
 * @param text        the qualitative value
 * @param numerator   the part above the line (RATIO)
 * @param denominator the part below the line (RATIO), above 0
 * @param comment     a remark: how the number was established
 * @param evidenceUrl an http(s) link to the evidence
 * @param version     when changing a value already entered, the version it was read at (optional)
 */
public record ValueInput(String period, BigDecimal value, String text, BigDecimal numerator, BigDecimal denominator,
                         String comment, String evidenceUrl, Integer version) {
}
