package org.kinerja.measurement;

import java.math.BigDecimal;

/**
 * One line of a figure broken down: the figure for the records with this key.
 *
 * @param key         the breakdown's value: an enum name, a member code, a purpose number, a forum id
 * @param value       the figure for these records, as in {@link Figure#value()}
 * @param numerator   as in {@link Figure#numerator()}
 * @param denominator as in {@link Figure#denominator()}
 */
public record BreakdownRow(String key, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
}
